import { describe, expect, it } from 'vitest'
import { fitSuggestion } from '../../../../../src/core/checks/engine/fit-suggestion'

/** Accepts the fitted suggestion: the text a reviewer gets after one key. */
function accept(text: string, word: string, suggestion: string): string {
  const start = text.indexOf(word)
  const fitted = fitSuggestion(text, { span: { start, end: start + word.length, text: word }, suggestion }, 'en')
  return text.slice(0, fitted.span.start) + fitted.suggestion + text.slice(fitted.span.end)
}

describe('suggestions that fit the sentence', () => {
  it('takes the capital of a sentence start', () => {
    expect(accept('Bureau staff met on Monday. bureau staff left.', 'Bureau', 'office')).toBe(
      'Office staff met on Monday. bureau staff left.'
    )
    expect(accept('Staff met. Bureau staff left.', 'Bureau', 'office')).toBe('Staff met. Office staff left.')
  })
  it('keeps a lowercase term lowercase mid-sentence', () => {
    expect(accept('The new bureau opens today.', 'bureau', 'office')).toBe('The new office opens today.')
  })
  it('puts a term in the plural where the replaced word was plural', () => {
    expect(accept('Both Agencies signed.', 'Agencies', 'Secretariat')).toBe('Both Secretariats signed.')
    expect(accept('Three bodies took part.', 'bodies', 'entity')).toBe('Three entities took part.')
  })
  it('leaves spelling fixes and words that only end in s alone', () => {
    expect(accept('They walked acros the road.', 'acros', 'across')).toBe('They walked across the road.')
    expect(accept('The census status changed.', 'status', 'state')).toBe('The census state changed.')
  })
  it('takes the article along when the new word needs the other one', () => {
    expect(accept('It is a agency of the State.', 'agency', 'office')).toBe('It is an office of the State.')
    expect(accept('They opened an office in Lima.', 'office', 'bureau')).toBe('They opened a bureau in Lima.')
    expect(accept('A office was opened.', 'office', 'unit')).toBe('A unit was opened.')
    expect(accept('An agency was opened.', 'agency', 'bureau')).toBe('A bureau was opened.')
  })
  it('reads "an" and "a" only as words, not as the end of "than" or "a" in "Panama"', () => {
    expect(accept('More than defence spending.', 'defence', 'defense')).toBe('More than defense spending.')
    expect(accept('Visit Panama office today.', 'office', 'bureau')).toBe('Visit Panama bureau today.')
  })
  it('changes nothing that already fits', () => {
    const text = 'They opened an office in Lima.'
    const span = { start: 15, end: 21, text: 'office' }
    expect(fitSuggestion(text, { span, suggestion: 'annex' }, 'en')).toEqual({ span, suggestion: 'annex' })
  })
})
