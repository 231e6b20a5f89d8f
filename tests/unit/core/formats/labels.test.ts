import { describe, expect, it } from 'vitest'
import { EXPORT_LABELS, reviewStatusOfLabel } from '../../../../src/core/formats/labels'

describe('review status of a status cell', () => {
  it('reads Cotejo’s own table labels in both languages (approved segments show as final)', () => {
    for (const labels of Object.values(EXPORT_LABELS)) {
      expect(reviewStatusOfLabel(labels.states.translated)).toBe('untouched')
      expect(reviewStatusOfLabel(labels.states.reviewed)).toBe('reviewed')
      expect(reviewStatusOfLabel(labels.states.final)).toBe('approved')
      expect(reviewStatusOfLabel(labels.states.rejected)).toBe('rejected')
    }
  })

  it.each([
    ['Sin revisar', 'untouched'],
    ['APROBADO', 'approved'],
    ['Not reviewed', 'untouched'],
    ['Translation Approved', 'reviewed'],
    ['Signed Off', 'approved'],
    ['Sign-off Rejected', 'rejected'],
    ['Translated (100%)', 'untouched'],
    ['Draft', 'untouched'],
    ['Reviewer 1 Confirmed', 'reviewed'],
    ['Reviewer 2 confirmed', 'approved'],
    ['Pre-translated', 'untouched'],
    ['  rechazado. ', 'rejected']
  ])('%s → %s', (cell, status) => {
    expect(reviewStatusOfLabel(cell)).toBe(status)
  })

  it.each(['Checked twice', 'OK', '100%', 'Locked', 'reviewed?!maybe', ''])('names no status: %s', (cell) => {
    expect(reviewStatusOfLabel(cell)).toBeNull()
  })
})
