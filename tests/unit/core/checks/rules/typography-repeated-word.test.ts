import { describe, expect, it } from 'vitest'
import { repeatedWordCheck } from '../../../../../src/core/checks/rules/typography-repeated-word'
import { fails, passes } from '../helpers'

const OK_SOURCE = 'El alcalde inauguró la obra.'

describe('typography-repeated-word', () => {
  it('flags "the the" and suggests one word', () => {
    const [f] = fails(repeatedWordCheck, { source: OK_SOURCE, target: 'The mayor opened the the new bridge.' })
    expect(f?.targetSpan?.text).toBe('the the')
    expect(f?.suggestion).toBe('the')
  })
  it('flags a word repeated across a stray full stop as major', () => {
    const [f] = fails(repeatedWordCheck, {
      source: OK_SOURCE,
      target: 'Works in every province. province of the region.'
    })
    expect(f?.messageKey).toBe('repeatedAcrossStop')
    expect(f?.severity).toBe('major')
  })
  it('flags a repetition in the source as a source error', () => {
    const [f] = fails(repeatedWordCheck, { source: 'El alcalde de de Ica llegó.', target: 'The mayor of Ica arrived.' })
    expect(f?.side).toBe('source')
    expect(f?.category).toBe('source/error')
  })
  const fine: [string, string][] = [
    [OK_SOURCE, 'He said that that plan had had support.'],
    [OK_SOURCE, 'The island of Bora Bora hosted the forum.'],
    [OK_SOURCE, 'Work began in Peru. Peru now leads the region.'],
    ['Fue muy muy emotivo.', 'It was very moving.'],
    [OK_SOURCE, 'There were 10 10-year-old pupils.']
  ]
  it.each(fine)('passes %s | %s', (source, target) => passes(repeatedWordCheck, { source, target }))
})
