import { describe, expect, it } from 'vitest'
import { doubleSpaceCheck } from '../../../../../src/core/checks/rules/typography-double-space'
import { fails, passes } from '../helpers'

describe('typography-double-space', () => {
  it('flags two spaces between words with the exact span', () => {
    const [f] = fails(doubleSpaceCheck, { source: 'Llegó el ministro.', target: 'The minister  arrived.' })
    expect(f?.targetSpan).toMatchObject({ start: 12, end: 14, text: '  ' })
    expect(f?.suggestion).toBe(' ')
  })
  it('flags the source too', () => {
    const [f] = fails(doubleSpaceCheck, { source: 'Llegó  el ministro.', target: 'The minister arrived.' })
    expect(f?.side).toBe('source')
  })
  it('passes single spaces and the paragraph joiner', () => {
    passes(doubleSpaceCheck, {
      source: 'Llegó el ministro.\n\nHubo acuerdo.',
      target: 'The minister arrived.\n\nThere was agreement.'
    })
  })
})
