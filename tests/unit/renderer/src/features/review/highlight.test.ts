import { describe, expect, it } from 'vitest'
import { correctionRuns } from '../../../../../../src/core/review/corrections'
import { leadingMark, splitByMarks, type Mark } from '../../../../../../src/renderer/src/features/review/highlight'

const mark = (
  start: number,
  end: number,
  key: string,
  severity: Mark['severity'] = 'minor',
  state: Mark['state'] = 'open'
): Mark => ({
  start,
  end,
  key,
  severity,
  state
})

describe('splitByMarks', () => {
  it('keeps the whole text, in order, with overlapping findings on the shared piece', () => {
    const text = 'the Ministry of Government said'
    const pieces = splitByMarks(text, [mark(4, 12, 'a'), mark(4, 26, 'b', 'major')])
    expect(pieces.map((p) => p.text).join('')).toBe(text)
    expect(pieces.map((p) => [p.text, p.marks.map((m) => m.key)])).toEqual([
      ['the ', []],
      ['Ministry', ['a', 'b']],
      [' of Government', ['b']],
      [' said', []]
    ])
  })

  it('drops marks outside the text or empty', () => {
    expect(splitByMarks('abc', [mark(2, 9, 'x'), mark(1, 1, 'y')])).toEqual([{ text: 'abc', start: 0, marks: [] }])
  })

  it('colours a piece by its most severe open finding', () => {
    expect(
      leadingMark([mark(0, 1, 'a', 'critical', 'ignored'), mark(0, 1, 'b', 'minor'), mark(0, 1, 'c', 'major')])?.key
    ).toBe('c')
  })
})

describe('correction diff', () => {
  it('shows the replaced word as deleted and inserted, the rest unchanged', () => {
    const runs = correctionRuns('through the Ministry of Government', 'through the Secretariat of Government')
    expect(runs.filter((p) => p.kind === 'deleted').map((p) => p.text)).toEqual(['Ministry'])
    expect(runs.filter((p) => p.kind === 'inserted').map((p) => p.text)).toEqual(['Secretariat'])
    expect(
      runs
        .filter((p) => p.kind !== 'deleted')
        .map((p) => p.text)
        .join('')
    ).toBe('through the Secretariat of Government')
  })
})
