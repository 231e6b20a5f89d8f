import { describe, expect, it } from 'vitest'
import { lowercaseVocabularyAnalysis } from '../../../../../src/core/checks/analyses/lowercase-words'
import { contextFor, documentFromPairs, type PairInput } from '../../../../../src/core/checks/engine/context'
import { JobCache, read } from '../../../../../src/core/checks/engine/job-cache'
import { SegmentMemo } from '../../../../../src/core/checks/engine/segment-memo'

/** The target words a job over `pairs` knows as written in lowercase, sharing `memo` with the jobs before. */
function lowercaseTarget(memo: SegmentMemo, pairs: PairInput[], words: string[]): string[] {
  const ctx = contextFor(
    documentFromPairs('d', pairs),
    [],
    undefined,
    undefined,
    new JobCache(undefined, undefined, memo)
  )
  const vocabulary = read(ctx, lowercaseVocabularyAnalysis).of('target')
  return words.filter((w) => vocabulary.has(w))
}

describe('lowercase vocabulary across jobs', () => {
  it('forgets a word once the last segment writing it in lowercase is edited, and keeps one another segment still writes', () => {
    const memo = new SegmentMemo()
    const pairs: PairInput[] = [
      { source: 'El gobierno habló.', target: 'The government spoke.' },
      { source: 'La reforma del gobierno.', target: 'The reform of the government.' },
      { source: 'La reforma llegó.', target: 'The reform arrived.' }
    ]
    const words = ['government', 'reform', 'arrived', 'spoke']
    expect(lowercaseTarget(memo, pairs, words)).toEqual(['government', 'reform', 'arrived', 'spoke'])
    // "reform" and "government" still written in lowercase elsewhere; "arrived" no longer.
    const edited = [pairs[0]!, pairs[1]!, { ...pairs[2]!, target: 'The Reform Arrived.' }]
    expect(lowercaseTarget(memo, edited, words)).toEqual(['government', 'reform', 'spoke'])
    const again = [{ ...pairs[0]!, target: 'The Government Spoke.' }, pairs[1]!, edited[2]!]
    expect(lowercaseTarget(memo, again, words)).toEqual(['government', 'reform'])
    // A segment removed and the first restored: as a job from scratch.
    const restored = [pairs[0]!, pairs[2]!]
    expect(lowercaseTarget(memo, restored, words)).toEqual(lowercaseTarget(new SegmentMemo(), restored, words))
  })
})
