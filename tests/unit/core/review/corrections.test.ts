import { describe, expect, it } from 'vitest'
import { correctionRuns, gapBefore, type CorrectionRun } from '../../../../src/core/review/corrections'

const join = (runs: CorrectionRun[], skip: CorrectionRun['kind']): string =>
  runs
    .filter((r) => r.kind !== skip)
    .map((r) => r.text)
    .join('')

describe('correction runs', () => {
  it('a replaced phrase is one deleted run and one inserted run, not interleaved word by word', () => {
    const runs = correctionRuns(
      'The Regional Water Board opened the dam.',
      'The Provincial Irrigation Council opened the dam.'
    )
    expect(runs).toEqual([
      { text: 'The ', kind: 'same' },
      { text: 'Regional Water Board', kind: 'deleted' },
      { text: 'Provincial Irrigation Council', kind: 'inserted' },
      { text: ' opened the dam.', kind: 'same' }
    ])
  })

  it('keeps one replaced word as a word, and unchanged words between two changes apart', () => {
    const runs = correctionRuns(
      'The mayor of Tarragona spoke on Monday.',
      'The mayoress of Tarragona spoke on Tuesday.'
    )
    expect(runs.filter((r) => r.kind !== 'same').map((r) => [r.kind, r.text])).toEqual([
      ['deleted', 'mayor'],
      ['inserted', 'mayoress'],
      ['deleted', 'Monday'],
      ['inserted', 'Tuesday']
    ])
  })

  it('always joins back to the original and to the corrected text', () => {
    const pairs: Array<[string, string]> = [
      ['A b c d e.', 'A x y d z.'],
      ['Keep  two spaces', 'Keep two spaces'],
      ['One two three four', 'One four'],
      ['Start', 'Start and more words'],
      ['Old words here', 'Completely different sentence now']
    ]
    for (const [before, after] of pairs) {
      const runs = correctionRuns(before, after)
      expect(join(runs, 'inserted'), before).toBe(before)
      expect(join(runs, 'deleted'), after).toBe(after)
    }
  })

  it('marks where a space separates deleted from inserted text', () => {
    const runs = correctionRuns('The Ministry said.', 'The Secretariat said.')
    expect(runs.map((_, i) => gapBefore(runs, i))).toEqual([false, false, true, false])
  })
})
