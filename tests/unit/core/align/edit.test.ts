import { describe, expect, it } from 'vitest'
import { applyAlignmentEdit, realignAround, type BeadShape } from '../../../../src/core/align/edit'

const b = (source: number[], target: number[]): BeadShape => ({ source, target })
const oneToOne = [b([0], [0]), b([1], [1]), b([2], [2])]

describe('alignment edits', () => {
  it('merges a row with the next one (a paragraph the translator split or merged)', () => {
    expect(applyAlignmentEdit(oneToOne, { kind: 'mergeNext', bead: 0 })).toEqual({
      beads: [b([0, 1], [0, 1]), b([2], [2])],
      touched: [0]
    })
  })

  it('splits a merged row back into pairs, the leftover one-sided', () => {
    expect(applyAlignmentEdit([b([0, 1, 2], [0, 1])], { kind: 'split', bead: 0 }).beads).toEqual([
      b([0], [0]),
      b([1], [1]),
      b([2], [])
    ])
  })

  it('moves a paragraph to the neighbouring row, dropping a row left empty', () => {
    expect(applyAlignmentEdit(oneToOne, { kind: 'moveUp', bead: 1, side: 'target' }).beads).toEqual([
      b([0], [0, 1]),
      b([1], []),
      b([2], [2])
    ])
    expect(applyAlignmentEdit([b([0], [0]), b([], [1])], { kind: 'moveUp', bead: 1, side: 'target' })).toEqual({
      beads: [b([0], [0, 1])],
      touched: [0]
    })
    expect(applyAlignmentEdit(oneToOne, { kind: 'moveDown', bead: 0, side: 'source' }).beads).toEqual([
      b([], [0]),
      b([0, 1], [1]),
      b([2], [2])
    ])
    expect(applyAlignmentEdit(oneToOne, { kind: 'moveDown', bead: 2, side: 'target' }).beads).toEqual([
      b([0], [0]),
      b([1], [1]),
      b([2], []),
      b([], [2])
    ])
  })

  it('marks a row as unaligned: the source omitted, the target added', () => {
    expect(applyAlignmentEdit(oneToOne, { kind: 'unalign', bead: 1 }).beads).toEqual([
      b([0], [0]),
      b([1], []),
      b([], [1]),
      b([2], [2])
    ])
  })

  it('refuses edits that make no sense where they are asked', () => {
    expect(() => applyAlignmentEdit(oneToOne, { kind: 'mergeNext', bead: 2 })).toThrow(/last row/)
    expect(() => applyAlignmentEdit(oneToOne, { kind: 'moveUp', bead: 0, side: 'source' })).toThrow()
    expect(() => applyAlignmentEdit([b([0], [])], { kind: 'unalign', bead: 0 })).toThrow(/one-sided/)
    expect(() => applyAlignmentEdit(oneToOne, { kind: 'split', bead: 0 })).toThrow()
    expect(() => applyAlignmentEdit(oneToOne, { kind: 'split', bead: 7 })).toThrow(/No row/)
  })
})

describe('re-alignment around manual beads', () => {
  it('keeps locked beads exactly and aligns only the stretches between them', () => {
    const beads = [
      { ...b([0], [0]), locked: false },
      { ...b([1, 2], [1]), locked: true },
      { ...b([3], [2]), locked: false },
      { ...b([4], [3]), locked: false }
    ]
    const seen: Array<[number[], number[]]> = []
    const byPosition = (source: number[], target: number[]): BeadShape[] => {
      seen.push([source, target])
      return Array.from({ length: Math.max(source.length, target.length) }, (_, k) =>
        b(k < source.length ? [k] : [], k < target.length ? [k] : [])
      )
    }
    const out = realignAround(beads, 6, 4, byPosition)
    expect(out).toEqual([
      { ...b([0], [0]), locked: false, confidence: null },
      { ...b([1, 2], [1]), locked: true, confidence: 1 },
      { ...b([3], [2]), locked: false, confidence: null },
      { ...b([4], [3]), locked: false, confidence: null },
      { ...b([5], []), locked: false, confidence: null }
    ])
    expect(seen).toEqual([
      [[0], [0]],
      [
        [3, 4, 5],
        [2, 3]
      ]
    ])
  })
})
