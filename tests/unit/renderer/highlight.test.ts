import { describe, expect, it } from 'vitest'
import { wordDiff } from '../../../src/renderer/src/features/review/diff'
import { leadingMark, splitByMarks, type Mark } from '../../../src/renderer/src/features/review/highlight'

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

describe('wordDiff', () => {
  it('shows the replaced word as removed and added, the rest unchanged', () => {
    const parts = wordDiff('through the Ministry of Government', 'through the Secretariat of Government')
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual(['Ministry'])
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(['Secretariat'])
    expect(
      parts
        .filter((p) => p.kind !== 'removed')
        .map((p) => p.text)
        .join('')
    ).toBe('through the Secretariat of Government')
  })
})
