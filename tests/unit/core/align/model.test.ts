import { describe, expect, it } from 'vitest'
import { UnitTableBuilder } from '../../../../src/core/align/model'

describe('UnitTableBuilder', () => {
  it('keeps every unit and key when more come than it was sized for', () => {
    const builder = new UnitTableBuilder(0, 1)
    for (let u = 0; u < 20; u++) {
      for (let k = 0; k < u % 4; k++) builder.key(u * 10 + k, k + 1)
      builder.end(100 + u)
    }
    const table = builder.build()
    expect(Array.from(table.length)).toEqual(Array.from({ length: 20 }, (_, u) => 100 + u))
    expect(table.start).toHaveLength(21)
    for (let u = 0; u < 20; u++) {
      const from = table.start[u] ?? 0
      const to = table.start[u + 1] ?? 0
      expect(Array.from(table.ids.subarray(from, to))).toEqual(Array.from({ length: u % 4 }, (_, k) => u * 10 + k))
      expect(Array.from(table.counts.subarray(from, to))).toEqual(Array.from({ length: u % 4 }, (_, k) => k + 1))
    }
  })

  it('makes an empty table when no unit comes', () => {
    const table = new UnitTableBuilder(3).build()
    expect(table.length).toHaveLength(0)
    expect(Array.from(table.start)).toEqual([0])
  })
})
