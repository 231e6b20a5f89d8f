/** Words each side of a document writes in lowercase somewhere: common words, not names. */
import type { Side } from '../../domain/language'
import { words } from '../../text/lexicon/text'
import { segmentFacts } from '../engine/segment-facts'
import type { Analysis } from '../engine/types'

export interface LowercaseVocabulary {
  /** The side's words that start with a lowercase letter somewhere in the document, made on first use. */
  of(side: Side): { has(word: string): boolean }
}

/** Each segment's lowercase words, and in how many segments each word is: what the last job counted. */
interface Counted {
  lists: readonly (readonly string[])[]
  counts: Map<string, number>
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
        let seen = made[side]
        if (seen) return seen
        const lists = doc.segments.map((seg) => {
          const text = side === 'source' ? seg.source : seg.target
          return segmentFacts(ctx, doc, seg, `lowercase-words:${side}`, () => {
            const list: string[] = []
            for (const w of words(text)) if (/^\p{Ll}/u.test(w.text)) list.push(w.text)
            return list
          })
        })
        // The last job's counts, updated where a segment's list is not the one counted (an edit).
        const slot = ctx.cache.memo?.lastRun<Counted>(`lowercase-words:${doc.id}:${side}`)
        const kept = slot?.get()
        slot?.set({ lists: [], counts: new Map() })
        seen = made[side] = recount(kept ?? { lists: [], counts: new Map() }, lists)
        slot?.set({ lists, counts: seen })
        return seen
      }
    }
  }
}

/** `kept.counts` (changed in place) for `lists`: the lists that differ from `kept.lists` taken out, the new put in. */
function recount(kept: Counted, lists: readonly (readonly string[])[]): Map<string, number> {
  const { counts } = kept
  for (let i = 0; i < Math.max(lists.length, kept.lists.length); i++) {
    const before = kept.lists[i]
    const now = lists[i]
    if (before === now) continue
    for (const w of before ?? []) {
      const n = (counts.get(w) ?? 0) - 1
      if (n > 0) counts.set(w, n)
      else counts.delete(w)
    }
    for (const w of now ?? []) counts.set(w, (counts.get(w) ?? 0) + 1)
  }
  return counts
}
