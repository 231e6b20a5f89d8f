import { findGaps, type Gaps } from './anchors'
import type { Analysis, SegmentPair } from '../engine/types'

/** The gaps of each segment of a document (passages with no counterpart), read by omission and addition. */
export const gapsAnalysis: Analysis<(seg: SegmentPair) => Gaps> = {
  id: 'gaps',
  scope: 'document',
  compute(ctx) {
    const known = new Map<SegmentPair, Gaps>()
    const { sourceLang, targetLang } = ctx.document
    return (seg) => {
      let gaps = known.get(seg)
      if (!gaps) known.set(seg, (gaps = findGaps(seg.source, seg.target, sourceLang, targetLang, ctx.cache.text)))
      return gaps
    }
  }
}
