import { findGaps, type Gaps } from '../analyses/anchors'
import type { CheckContext, CheckDefinition, RawFinding, SegmentPair } from '../engine/types'

const cache = new WeakMap<SegmentPair, { source: string; target: string; gaps: Gaps }>()

/** The gaps of a segment, computed once for the omission and addition checks. */
export function segmentGaps(ctx: CheckContext, seg: SegmentPair): Gaps {
  const hit = cache.get(seg)
  if (hit && hit.source === seg.source && hit.target === seg.target) return hit.gaps
  const gaps = findGaps(seg.source, seg.target, ctx.document.sourceLang, ctx.document.targetLang)
  cache.set(seg, { source: seg.source, target: seg.target, gaps })
  return gaps
}

export const omissionCheck: CheckDefinition = {
  id: 'omission',
  category: 'accuracy/omission',
  defaultSeverity: 'major',
  enabledByDefault: true,
  sharedWork: 'gaps',
  i18n: {
    en: {
      title: 'Passage omitted',
      description: 'A passage of the source (several words, names or numbers) with no counterpart in the translation.',
      messages: { omitted: 'This passage of the source seems to be missing from the translation.' }
    },
    es: {
      title: 'Pasaje omitido',
      description: 'Un pasaje del original (varias palabras, nombres o números) sin equivalente en la traducción.',
      messages: { omitted: 'Este pasaje del original parece faltar en la traducción.' }
    }
  },
  run(ctx) {
    const out: RawFinding[] = []
    for (const seg of ctx.document.segments) {
      if (seg.source.trim() === '' || seg.target.trim() === '') continue
      for (const span of segmentGaps(ctx, seg).omitted) {
        out.push({ segment: seg.index, side: 'source', sourceSpan: span, messageKey: 'omitted', confidence: 0.6 })
      }
    }
    return out
  }
}
