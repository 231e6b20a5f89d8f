/** Words each side of a document writes in lowercase somewhere: common words, not names. */
import type { Side } from '../../domain/language'
import { words } from '../../text/lexicon/text'
import { recount, type Counted } from '../engine/counted'
import { segmentFacts } from '../engine/segment-facts'
import type { Analysis } from '../engine/types'

export interface LowercaseVocabulary {
  /** The side's words that start with a lowercase letter somewhere in the document, made on first use. */
  of(side: Side): { has(word: string): boolean }
}

/** Read by the capital-after-semicolon and mid-sentence capital checks; each segment's words kept across jobs. */
export const lowercaseVocabularyAnalysis: Analysis<LowercaseVocabulary> = {
  id: 'lowercase-vocabulary',
  scope: 'document',
  compute(ctx) {
    const doc = ctx.document
    const made: Partial<Record<Side, Map<string, number>>> = {}
    return {
      of(side) {
        const seen = made[side]
        if (seen) return seen
        const lists = doc.segments.map((seg) => {
          const text = side === 'source' ? seg.source : seg.target
          return segmentFacts(ctx, doc, seg, `lowercase-words:${side}`, () => {
            const list: string[] = []
            for (const w of words(text, ctx.cache.text)) if (/^\p{Ll}/u.test(w.text)) list.push(w.text)
            return list
          })
        })
        // The last job's counts, updated where a segment's list is not the one counted (an edit).
        const slot = ctx.cache.memo?.lastRun<Counted<string>>(`lowercase-words:${doc.id}:${side}`)
        const kept = slot?.get()
        // Emptied while recounting: a job that fails half way leaves nothing half counted.
        slot?.set(undefined)
        const counted = recount(kept, lists)
        slot?.set(counted)
        return (made[side] = counted.counts)
      }
    }
  }
}
