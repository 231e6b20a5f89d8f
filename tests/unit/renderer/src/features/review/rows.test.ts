import { describe, expect, it } from 'vitest'
import type { ReviewHeaderView, RowPage } from '../../../../../../src/core/api/contract'
import type { Bead, Paragraph } from '../../../../../../src/core/domain/document'
import type { FindingView } from '../../../../../../src/core/domain/findings'
import type { DocumentReview, FindingsState } from '../../../../../../src/core/domain/review'
import { rowsSuffice, withRowsHeader } from '../../../../../../src/core/api/rows-read'
import {
  cacheOfPages,
  NO_ROWS,
  PAGE_ROWS,
  pagesOf,
  rowText,
  withRowsRead
} from '../../../../../../src/renderer/src/features/review/rows'

const finding = (segment: number): FindingView =>
  ({ key: `k${segment}`, segment, state: 'open', targetParagraph: segment }) as unknown as FindingView

const paragraph = (position: number, text: string): Paragraph =>
  ({ id: position, position, text, originalText: text }) as Paragraph
const bead = (position: number, status: Bead['status'] = 'untouched'): Bead =>
  ({ id: 100 + position, position, source: [position], target: [position], status }) as unknown as Bead

/** A header of three rows as the screen holds it: only what `withRowsHeader` and `rowsSuffice` read. */
function header(state: FindingsState, findings: FindingView[]): ReviewHeaderView {
  return {
    findingsState: state,
    findings,
    progress: { segments: 3, findingsOpen: findings.length, findingsIgnored: 0 },
    segments: { statuses: 'uuu', changed: [] }
  } as unknown as ReviewHeaderView
}

/** The answer for row 1 after an edit: its new text and status, and its findings if its re-check is done. */
function row1(state: FindingsState, findings: FindingView[], open: number): DocumentReview {
  return {
    findingsState: state,
    findings,
    beads: [bead(1, 'reviewed')],
    source: [paragraph(1, 'Uno 1.')],
    target: [paragraph(1, 'One edited.')],
    corrections: [],
    progress: { segments: 3, findingsOpen: open, findingsIgnored: 0 }
  } as unknown as DocumentReview
}

describe('rows read again while the checks run', () => {
  it('take the edited row’s findings and status, and keep the other rows’ findings', () => {
    const before = header('ready', [finding(0), finding(1), finding(2)])
    const rows = row1('checking', [], 0)
    expect(rowsSuffice(before, rows, [1])).toBe(true)
    const after = withRowsHeader(before, rows, [1])
    expect(after.findings.map((f) => f.segment)).toEqual([0, 2])
    expect(after.findingsState).toBe('checking')
    expect(after.segments.statuses).toBe('uvu')
    expect(after).not.toHaveProperty('beads')
  })

  it('are not enough once checked while the screen shows no findings: the header is read again', () => {
    const before = header('checking', [])
    expect(rowsSuffice(before, row1('ready', [finding(1)], 3), [1])).toBe(false)
  })

  it('are enough when checked and the counts add up', () => {
    const before = header('ready', [finding(0), finding(1), finding(2)])
    expect(rowsSuffice(before, row1('ready', [], 2), [1])).toBe(true)
    expect(rowsSuffice(before, row1('ready', [], 3), [1])).toBe(false)
  })
})

describe('the rows the screen has read', () => {
  const page = (start: number, texts: string[]): RowPage => ({
    start,
    segmentCount: 1000,
    beads: texts.map((_, k) => bead(start + k)),
    source: texts.map((text, k) => paragraph(start + k, `Fuente ${text}`)),
    target: texts.map((text, k) => paragraph(start + k, text))
  })

  it('are the pages read, a row read again replacing its old text', () => {
    const cache = cacheOfPages([page(0, ['A', 'B']), page(PAGE_ROWS, ['C'])])
    expect(rowText(cache, 1, 'target')).toBe('B')
    expect(rowText(cache, PAGE_ROWS, 'source')).toBe('Fuente C')
    const after = withRowsRead(cache, row1('ready', [], 0))
    expect(rowText(after, 1, 'target')).toBe('One edited.')
    expect(rowText(after, 0, 'target')).toBe('A')
    // The cache it came from is left as it was (React state).
    expect(rowText(cache, 1, 'target')).toBe('B')
  })

  it('say nothing of a row not read yet', () => {
    expect(rowText(NO_ROWS, 5, 'target')).toBe('')
    expect(rowText(cacheOfPages([page(0, ['A'])]), 5, 'target')).toBe('')
  })

  it('are asked for by page, each page once', () => {
    expect(pagesOf([PAGE_ROWS * 3 + 1, 0, 2, PAGE_ROWS * 3, PAGE_ROWS - 1])).toEqual([0, 3])
    expect(pagesOf([])).toEqual([])
  })
})
