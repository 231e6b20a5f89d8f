/** Words each side of a document writes in lowercase somewhere: common words, not names. */
import type { Side } from '../../domain/language'
import { words } from '../../text/lexicon/text'
import { segmentFacts } from '../engine/segment-facts'
import type { Analysis } from '../engine/types'

export interface LowercaseVocabulary {
  /** The side's words that start with a lowercase letter somewhere in the document, made on first use. */
  of(side: Side): ReadonlySet<string>
}

/** Read by the capital-after-semicolon and mid-sentence capital checks; each segment's words kept across jobs. */
export const lowercaseVocabularyAnalysis: Analysis<LowercaseVocabulary> = {
  id: 'lowercase-vocabulary',
  scope: 'document',
  compute(ctx) {
    const doc = ctx.document
    const made: Partial<Record<Side, Set<string>>> = {}
    return {
      of(side) {
        let seen = made[side]
        if (seen) return seen
        seen = made[side] = new Set<string>()
        for (const seg of doc.segments) {
          const text = side === 'source' ? seg.source : seg.target
          const lowercase = segmentFacts(ctx, doc, seg, `lowercase-words:${side}`, () => {
            const list: string[] = []
            for (const w of words(text)) if (/^\p{Ll}/u.test(w.text)) list.push(w.text)
            return list
          })
          for (const w of lowercase) seen.add(w)
        }
        return seen
      }
    }
  }
}
