import { describe, expect, it } from 'vitest'
import { carryOver, compareVersions, correctionTaken } from '../../../../src/core/versions/carry-over'

const A = 'The Ministry of Health reported 42 new cases on Monday.'
const B = 'Vaccination centres will open from 9 am to 8 pm.'
const C = 'The campaign runs until the end of March in every region.'
const D = 'For more information, call the helpline on 012 345 678.'
const E = 'Press office of the Government of Aragón.'

const oneToOne = (n: number) => Array.from({ length: n }, (_, k) => ({ source: [k], target: [k] }))

describe('comparing two versions of a side', () => {
  it('links equal paragraphs as unchanged and an edited one as changed', () => {
    const edited = 'Vaccination centres will open from 9 am to 9 pm.'
    expect(compareVersions([A, B, C], [A, edited, C])).toEqual([
      { kind: 'unchanged', old: [0], new: [0] },
      { kind: 'changed', old: [1], new: [1] },
      { kind: 'unchanged', old: [2], new: [2] }
    ])
  })

  it('pairs a paragraph that differs only in spacing or case as changed, not removed and added', () => {
    expect(compareVersions([A, B], [A, '  vaccination centres WILL open from 9 am to 8 pm. '])).toEqual([
      { kind: 'unchanged', old: [0], new: [0] },
      { kind: 'changed', old: [1], new: [1] }
    ])
  })

  it('reports a rewritten paragraph as removed and its replacement as added', () => {
    expect(compareVersions([A, B, C], [A, D, C])).toEqual([
      { kind: 'unchanged', old: [0], new: [0] },
      { kind: 'removed', old: [1], new: [] },
      { kind: 'added', old: [], new: [1] },
      { kind: 'unchanged', old: [2], new: [2] }
    ])
  })

  it('finds inserted and deleted paragraphs around unchanged ones', () => {
    expect(compareVersions([A, B, C, D], [A, E, C, D])).toEqual([
      { kind: 'unchanged', old: [0], new: [0] },
      { kind: 'removed', old: [1], new: [] },
      { kind: 'added', old: [], new: [1] },
      { kind: 'unchanged', old: [2], new: [2] },
      { kind: 'unchanged', old: [3], new: [3] }
    ])
    expect(compareVersions([A, C], [A, B, C])).toEqual([
      { kind: 'unchanged', old: [0], new: [0] },
      { kind: 'added', old: [], new: [1] },
      { kind: 'unchanged', old: [1], new: [2] }
    ])
  })

  it('links two paragraphs merged into one, and one split into two', () => {
    expect(compareVersions([A, B, C, D], [A, `${B} ${C}`, D])).toEqual([
      { kind: 'unchanged', old: [0], new: [0] },
      { kind: 'changed', old: [1, 2], new: [1] },
      { kind: 'unchanged', old: [3], new: [2] }
    ])
    expect(compareVersions([A, `${B} ${C}`, D], [A, B, C, D])).toEqual([
      { kind: 'unchanged', old: [0], new: [0] },
      { kind: 'changed', old: [1], new: [1, 2] },
      { kind: 'unchanged', old: [2], new: [3] }
    ])
  })
})

describe('carrying beads over to a new version', () => {
  it('keeps unchanged beads unchanged and marks the edited one', () => {
    const links = compareVersions([A, B, C], [A, 'Vaccination centres will open from 9 am to 9 pm.', C])
    expect(carryOver(oneToOne(3), 'target', links)).toEqual({
      beads: [
        { source: [0], target: [0], from: 0, changed: false },
        { source: [1], target: [1], from: 1, changed: true },
        { source: [2], target: [2], from: 2, changed: false }
      ],
      removed: []
    })
  })

  it('gives a merged paragraph to the first bead and marks both beads it came from', () => {
    const links = compareVersions([A, B, C, D], [A, `${B} ${C}`, D])
    expect(carryOver(oneToOne(4), 'target', links).beads).toEqual([
      { source: [0], target: [0], from: 0, changed: false },
      { source: [1], target: [1], from: 1, changed: true },
      { source: [2], target: [], from: 2, changed: true },
      { source: [3], target: [2], from: 3, changed: false }
    ])
  })

  it('puts a rewritten paragraph in the place of the one it replaces', () => {
    const links = compareVersions([A, B, C], [A, D, C])
    expect(carryOver(oneToOne(3), 'target', links)).toEqual({
      beads: [
        { source: [0], target: [0], from: 0, changed: false },
        { source: [1], target: [1], from: 1, changed: true },
        { source: [2], target: [2], from: 2, changed: false }
      ],
      removed: []
    })
  })

  it('keeps a split paragraph in its bead', () => {
    const links = compareVersions([A, `${B} ${C}`, D], [A, B, C, D])
    expect(carryOver(oneToOne(3), 'target', links).beads).toEqual([
      { source: [0], target: [0], from: 0, changed: false },
      { source: [1], target: [1, 2], from: 1, changed: true },
      { source: [2], target: [3], from: 2, changed: false }
    ])
  })

  it('makes a new bead of an added paragraph, in place, and drops a bead left with nothing', () => {
    const beads = [
      { source: [0], target: [0] },
      { source: [], target: [1] },
      { source: [1], target: [2] }
    ]
    const links = compareVersions([A, E, C], [A, C, D])
    expect(carryOver(beads, 'target', links)).toEqual({
      beads: [
        { source: [0], target: [0], from: 0, changed: false },
        { source: [1], target: [1], from: 2, changed: false },
        { source: [], target: [2], from: null, changed: true }
      ],
      removed: [1]
    })
  })

  it('carries a new source version over beads of one source and several target paragraphs', () => {
    const beads = [
      { source: [0], target: [0, 1] },
      { source: [1], target: [2] }
    ]
    const links = compareVersions([A, B], [E, A, 'Vaccination centres will open from 10 am to 8 pm.'])
    expect(carryOver(beads, 'source', links).beads).toEqual([
      { source: [0], target: [], from: null, changed: true },
      { source: [1], target: [0, 1], from: 0, changed: false },
      { source: [2], target: [2], from: 1, changed: true }
    ])
  })
})

describe('whether a correction was taken', () => {
  const before = 'The minister visited the new hospital on Monday.'
  const after = 'The minister visited the new health centre on Monday.'

  it('is taken when the corrected words re-appear, even with other edits around them', () => {
    expect(correctionTaken(before, after, after)).toBe(true)
    expect(correctionTaken(before, after, 'On Monday the minister visited the new health centre on Monday.')).toBe(true)
  })

  it('is not taken when the new text keeps the old words or says something else', () => {
    expect(correctionTaken(before, after, before)).toBe(false)
    expect(correctionTaken(before, after, 'The minister visited the new clinic on Monday.')).toBe(false)
    // The corrected words alone, somewhere else, are not the correction.
    expect(correctionTaken(before, after, 'A health centre opened. The minister visited the new hospital.')).toBe(false)
  })

  it('reads a deletion as taken when the words are gone', () => {
    const wordy = 'The minister visited the very new hospital.'
    expect(
      correctionTaken(wordy, 'The minister visited the new hospital.', 'The minister visited the new hospital.')
    ).toBe(true)
    expect(correctionTaken(wordy, 'The minister visited the new hospital.', wordy)).toBe(false)
  })
})
