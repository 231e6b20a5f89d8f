import { describe, expect, it } from 'vitest'
import { RecentMap } from '../../../../src/core/collections/recent'

describe('RecentMap', () => {
  it('keeps the entries of the older generation while the young one fills', () => {
    const m = new RecentMap<string, number>(2)
    m.set('a', 1)
    m.set('b', 2)
    m.set('c', 3) // a and b become the old generation
    expect([m.get('a'), m.get('b'), m.get('c')]).toEqual([1, 2, 3])
  })

  it('forgets what was not used for two generations', () => {
    const m = new RecentMap<string, number>(2)
    for (const [k, v] of [
      ['a', 1],
      ['b', 2],
      ['c', 3],
      ['d', 4],
      ['e', 5]
    ] as const)
      m.set(k, v)
    expect(m.get('a')).toBeUndefined()
    expect(m.get('e')).toBe(5)
  })

  it('keeps an entry that is read, even as others come in', () => {
    const m = new RecentMap<string, number>(2)
    m.set('kept', 0)
    for (let i = 0; i < 10; i++) {
      m.set(`x${i}`, i)
      expect(m.get('kept')).toBe(0)
    }
  })

  it('turns a generation over when its entries weigh too much, whatever their number', () => {
    const m = new RecentMap<string, string>(1000, 10, (_k, v) => v.length)
    m.set('huge', 'x'.repeat(12)) // the young generation is full by weight
    m.set('a', 'a') // huge becomes old
    m.set('b', 'b')
    expect(m.get('huge')).toBe('x'.repeat(12))
    m.set('big', 'y'.repeat(10)) // full again: huge ages out with the rest of its generation
    m.set('c', 'c')
    m.set('d', 'd'.repeat(10))
    m.set('e', 'e')
    expect(m.get('huge')).toBeUndefined()
    expect(m.get('e')).toBe('e')
  })
})
