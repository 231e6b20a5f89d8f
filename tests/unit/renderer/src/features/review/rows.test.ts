import { describe, expect, it } from 'vitest'
import type { FindingView } from '../../../../../../src/core/domain/findings'
import type { DocumentReview, FindingsState } from '../../../../../../src/core/domain/review'
import { rowsSuffice, withRows } from '../../../../../../src/renderer/src/features/review/rows'

const finding = (segment: number): FindingView =>
  ({ key: `k${segment}`, segment, state: 'open', targetParagraph: segment }) as unknown as FindingView

/** A document of three rows as the screen holds it: only what `withRows` and `rowsSuffice` read. */
function shown(state: FindingsState, findings: FindingView[]): DocumentReview {
  const paragraph = (position: number, text: string) => ({ id: position, position, text, originalText: text })
  return {
    findingsState: state,
    beads: [0, 1, 2].map((position) => ({ position, source: [position], target: [position] })),
    source: [0, 1, 2].map((p) => paragraph(p, `Uno ${p}.`)),
    target: [0, 1, 2].map((p) => paragraph(p, `One ${p}.`)),
    findings,
    progress: { segments: 3, findingsOpen: findings.length, findingsIgnored: 0 }
  } as unknown as DocumentReview
}

/** The answer for row 1 after an edit: its new text, and its findings if its re-check is done. */
function row1(state: FindingsState, findings: FindingView[], open: number): DocumentReview {
  const whole = shown(state, findings)
  return {
    ...whole,
    beads: [whole.beads[1]!],
    source: [whole.source[1]!],
    target: [{ ...whole.target[1]!, text: 'One edited.' }],
    progress: { ...whole.progress, findingsOpen: open }
  }
}

describe('rows read again while the checks run', () => {
  it('show the edited row without the findings of its old text, and keep the other rows’ findings', () => {
    const before = shown('ready', [finding(0), finding(1), finding(2)])
    const rows = row1('checking', [], 0)
    expect(rowsSuffice(before, rows, [1])).toBe(true)
    const after = withRows(before, rows, [1])
    expect(after.target[1]!.text).toBe('One edited.')
    expect(after.findings.map((f) => f.segment)).toEqual([0, 2])
    expect(after.findingsState).toBe('checking')
  })

  it('are not enough once checked while the screen shows no findings: the others are read too', () => {
    const before = shown('checking', [])
    expect(rowsSuffice(before, row1('ready', [finding(1)], 3), [1])).toBe(false)
  })

  it('are enough when checked and the counts add up', () => {
    const before = shown('ready', [finding(0), finding(1), finding(2)])
    expect(rowsSuffice(before, row1('ready', [], 2), [1])).toBe(true)
    expect(rowsSuffice(before, row1('ready', [], 3), [1])).toBe(false)
  })
})
