import { describe, expect, it } from 'vitest'
import { recount } from '../../../../../src/core/checks/engine/counted'
import { random } from '../../../support/random'

const sorted = (counts: Map<string, number>): [string, number][] => [...counts].sort(([a], [b]) => a.localeCompare(b))

describe('counts kept from one job to the next', () => {
  it('equal a count from scratch after random edits, insertions and removals of segments', () => {
    const next = random(33)
    const pick = (n: number): number => Math.floor(next() * n)
    const WORDS = ['ministry', 'council', 'forum', 'office', 'minister', 'fair']
    const list = (): string[] => Array.from({ length: pick(4) }, () => WORDS[pick(WORDS.length)] as string)
    let lists: string[][] = Array.from({ length: 8 }, list)
    let kept = recount(undefined, lists)
    for (let round = 0; round < 200; round++) {
      // Unchanged segments keep their array (as the memo gives them back); a changed one is new.
      lists = [...lists]
      const at = pick(lists.length + 1)
      const change = pick(3)
      if (change === 0 || lists.length === 0) lists.splice(at, 0, list())
      else if (change === 1) lists.splice(Math.min(at, lists.length - 1), 1)
      else lists[Math.min(at, lists.length - 1)] = list()
      kept = recount(kept, lists)
      expect({ round, counts: sorted(kept.counts) }).toEqual({
        round,
        counts: sorted(recount(undefined, lists).counts)
      })
    }
  })

  it('forgets an item once no list holds it', () => {
    const a = ['forum']
    const first = recount(undefined, [a, ['forum', 'fair']])
    expect(first.counts.get('forum')).toBe(2)
    const second = recount(first, [a, ['office']])
    expect(second.counts.has('fair')).toBe(false)
    expect(second.counts.get('forum')).toBe(1)
  })
})
