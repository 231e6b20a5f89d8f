import type { ApprovedRendering } from '../../domain/memory'
import type { Span } from '../../domain/findings'
import type { CheckDefinition, RawFinding, SegmentPair } from '../engine/types'
import { pushTo } from '../../collections/multimap'
import { sentenceSpans } from './unaligned-sentence'

/** Sources shorter than this many words ("Yes", a heading) may rightly be translated differently in context. */
const MIN_WORDS = 3

/** The text as compared: spacing aside (codes are already masked to spaces). */
const normalized = (text: string): string => text.replace(/\s+/g, ' ').trim()

const wordCount = (text: string): number => text.match(/\p{L}+/gu)?.length ?? 0

/** A stretch of a segment that may have been approved before: the whole segment, or one sentence bead of it. */
export interface Unit {
  source: string
  target: Span
}

/** The span from the first to the last of some sentences of a segment's side. */
function joined(spans: readonly Span[], indexes: readonly number[], text: string): Span | null {
  const first = spans[indexes[0] ?? -1]
  const last = spans[indexes[indexes.length - 1] ?? -1]
  return first && last ? { start: first.start, end: last.end, text: text.slice(first.start, last.end) } : null
}

/**
 * What of a segment is compared with the memory: the whole segment first, then its sentence beads
 * when it has more than one (a sentence approved alone). The caller looks these sources up.
 */
export function comparedUnits(seg: SegmentPair): Unit[] {
  const whole: Unit = { source: seg.source, target: { start: 0, end: seg.target.length, text: seg.target } }
  if (seg.sentences.links.length < 2) return [whole]
  const sources = sentenceSpans(seg.source, seg.sentences.source)
  const targets = sentenceSpans(seg.target, seg.sentences.target)
  const units = [whole]
  for (const link of seg.sentences.links) {
    const source = joined(sources, link.source, seg.source)
    const target = joined(targets, link.target, seg.target)
    if (source && target) units.push({ source: source.text, target })
  }
  return units
}

/**
 * A translation that differs from an approved translation of the same source (a segment or a
 * sentence) in the approved memory: another release of the project, or of every project when the
 * scope setting says so. The document's own pairs are left out: a document is not checked against
 * itself. Reads no language, so it runs on every pair.
 */
export const memoryConsistencyCheck: CheckDefinition = {
  id: 'memory-consistency',
  category: 'terminology/inconsistent-use',
  defaultSeverity: 'minor',
  enabledByDefault: true,
  languages: 'any',
  i18n: {
    en: {
      title: 'Differs from the approved memory',
      description: 'A source approved before with another translation, in an earlier release.',
      messages: {
        differs: 'This source was approved with another translation in {{origin}} ({{date}}).'
      }
    },
    es: {
      title: 'Distinta de la memoria aprobada',
      description: 'Un original aprobado antes con otra traducción, en un comunicado anterior.',
      messages: {
        differs: 'Este original se aprobó con otra traducción en {{origin}} ({{date}}).'
      }
    }
  },
  run(ctx) {
    const approved = new Map<string, ApprovedRendering[]>()
    for (const a of ctx.memory) {
      if (a.documentId === ctx.document.id || wordCount(a.source) < MIN_WORDS) continue
      pushTo(approved, normalized(a.source), a)
    }
    const out: RawFinding[] = []
    if (approved.size === 0) return out
    for (const seg of ctx.document.segments) {
      if (seg.target.trim() === '') continue
      for (const unit of comparedUnits(seg)) {
        const earlier = approved.get(normalized(unit.source))
        if (!earlier) continue
        // Whatever the segment as a whole was compared with settles its sentences too.
        const target = normalized(unit.target.text)
        if (!earlier.some((a) => normalized(a.target) === target)) {
          const latest = earlier.reduce((a, b) => (b.changedAt > a.changedAt ? b : a))
          out.push({
            segment: seg.index,
            side: 'target',
            targetSpan: unit.target,
            messageKey: 'differs',
            params: { origin: latest.origin, date: latest.changedAt.slice(0, 10) },
            suggestion: latest.target,
            confidence: 0.8
          })
        }
        if (unit.target.start === 0 && unit.target.end === seg.target.length) break
      }
    }
    return out
  }
}
