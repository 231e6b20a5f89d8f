import { describe, expect, it } from 'vitest'
import { capitalAfterSemicolonCheck } from '../../../../../src/core/checks/rules/typography-capital-after-semicolon'
import { fails, passes } from '../helpers'

const SRC = 'Llueve en la sierra; este puente seguirá cerrado.'

describe('typography-capital-after-semicolon', () => {
  it('flags a function word capitalized after a semicolon', () => {
    const [f] = fails(capitalAfterSemicolonCheck, {
      source: SRC,
      target: 'It is raining in the highlands; This bridge will stay closed.'
    })
    expect(f?.targetSpan?.text).toBe('This')
    expect(f?.suggestion).toBe('this')
  })
  it('flags a common word the text writes in lowercase elsewhere', () => {
    fails(capitalAfterSemicolonCheck, {
      source: SRC,
      target: 'Roads were built; Schools followed, and more schools are planned.'
    })
  })
  const fine: [string, string][] = [
    [SRC, 'It borders Brazil; Peru will extend the service.'],
    [SRC, 'It borders Brazil; I will travel there.'],
    [SRC, 'Delegates came from Chile; El Salvador sent one too.'],
    [SRC, 'It borders Brazil; IDB funds the service.']
  ]
  it.each(fine)('passes %s | %s', (source, target) => passes(capitalAfterSemicolonCheck, { source, target }))
})
