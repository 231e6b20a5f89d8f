import type { CheckDefinition, DocumentContext, RawFinding, SegmentPair } from '../engine/types'
import { segmentFacts } from '../engine/segment-facts'

/** Sources shorter than this many words ("Yes", a heading) may rightly be translated differently in context. */
const MIN_WORDS = 3

/** The text as compared: spacing and case aside (codes are already masked to spaces). */
const normalized = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase()

/** A segment's source and target as compared, or null when it is not compared (no target, a short source). */
function comparedTexts(s: SegmentPair): { key: string; target: string } | null {
  if (s.target.trim() === '') return null
  const key = normalized(s.source)
  if (key.split(' ').filter((w) => /\p{L}/u.test(w)).length < MIN_WORDS) return null
  return { key, target: normalized(s.target) }
}

interface Rendering {
  document: DocumentContext
  segment: number
  target: string
}

/**
 * The same source paragraph translated in different ways, in this document or in another of the
 * project in the same language pair: the segments that depart from the usual translation (the most
 * frequent; the first on a tie) are reported, pointing at one that has it. Reads no language, so
 * it runs on every pair (the term-level `consistency` check needs Spanish and English).
 */
export const segmentConsistencyCheck: CheckDefinition = {
  id: 'segment-consistency',
  category: 'terminology/inconsistent-use',
  defaultSeverity: 'minor',
  enabledByDefault: true,
  languages: 'any',
  i18n: {
    en: {
      title: 'Same source, different translation',
      description: 'A paragraph repeated in the source but translated differently from its other occurrences.',
      messages: {
        differs: 'The same source is translated differently in segment {{other}}{{where}}.'
      }
    },
    es: {
      title: 'Mismo original, otra traducción',
      description: 'Un párrafo repetido en el original pero traducido de otra forma que en sus demás apariciones.',
      messages: {
        differs: 'El mismo original se traduce de otra forma en el segmento {{other}}{{where}}.'
      }
    }
  },
  run(ctx) {
    // One segment in the whole project (a line of `cotejo check --jsonl`) has nothing to differ from.
    let segments = 0
    for (const document of ctx.project.documents) segments += document.segments.length
    if (segments < 2) return []
    const groups = new Map<string, Rendering[]>()
    for (const document of ctx.project.documents) {
      for (const s of document.segments) {
        // Each segment's texts as compared, kept across jobs: only the grouping is done again.
        const compared = segmentFacts(ctx, document, s, 'segment-consistency', () => comparedTexts(s))
        if (compared === null) continue
        const { key, target } = compared
        const list = groups.get(key)
        const rendering = { document, segment: s.index, target }
        if (list) list.push(rendering)
        else groups.set(key, [rendering])
      }
    }
    const out: RawFinding[] = []
    for (const renderings of groups.values()) {
      const count = new Map<string, number>()
      for (const r of renderings) count.set(r.target, (count.get(r.target) ?? 0) + 1)
      if (count.size < 2) continue
      let usual = renderings[0] as Rendering
      for (const r of renderings) if ((count.get(r.target) ?? 0) > (count.get(usual.target) ?? 0)) usual = r
      for (const r of renderings) {
        if (r.document.id !== ctx.document.id || r.target === usual.target) continue
        const segment = ctx.document.segments.find((s) => s.index === r.segment)
        if (!segment) continue
        out.push({
          segment: r.segment,
          side: 'target',
          targetSpan: { start: 0, end: segment.target.length, text: segment.target },
          messageKey: 'differs',
          params: {
            other: usual.segment + 1,
            where: usual.document.id === ctx.document.id ? '' : ` (${usual.document.name})`
          },
          confidence: 0.8
        })
      }
    }
    return out
  }
}
