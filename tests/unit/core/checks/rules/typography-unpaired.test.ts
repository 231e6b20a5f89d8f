import { describe, expect, it } from 'vitest'
import { unpairedCheck } from '../../../../../src/core/checks/rules/typography-unpaired'
import { fails, passes } from '../helpers'

const SRC = 'El ministro habló (en Lima).'

describe('typography-unpaired', () => {
  it('flags an unclosed bracket', () => {
    const [f] = fails(unpairedCheck, { source: SRC, target: 'The minister spoke (in Lima.' })
    expect(f?.messageKey).toBe('unclosed')
    expect(f?.targetSpan?.text).toBe('(')
  })
  it('flags a closing quote never opened, and an odd straight quote', () => {
    fails(unpairedCheck, { source: SRC, target: 'The minister said it was fine” and left.' })
    fails(unpairedCheck, { source: SRC, target: 'The keywords were "health", "water and "roads".' })
  })
  it('flags source-side problems as source errors', () => {
    const [f] = fails(unpairedCheck, { source: 'El ministro habló «en Lima.', target: 'The minister spoke in Lima.' })
    expect(f?.side).toBe('source')
  })
  const fine: [string, string][] = [
    [SRC, 'The minister spoke (in Lima).'],
    [SRC, 'The priorities are: a) water; b) roads.'],
    [SRC, 'He said: “We will «finish» the road” (soon).'],
    [SRC, 'The board measured 5" wide.']
  ]
  it.each(fine)('passes %s | %s', (source, target) => passes(unpairedCheck, { source, target }))

  it('reads spaced straight quotes by what follows them: a word opens, punctuation closes', () => {
    passes(unpairedCheck, {
      source: 'Dijo: " Vamos a ganar ", según la nota.',
      target: 'He said: "We will win," the note says.'
    })
    passes(
      unpairedCheck,
      { source: 'Tiene buenos instintos ", previno Clinton.', target: 'She has good instincts," Clinton warned.' },
      {
        context: [{ source: '" Sería un error subestimarla.', target: '"It would be a mistake to underestimate her.' }]
      }
    )
    const [f] = fails(unpairedCheck, { source: SRC, target: 'The minister said it ", in Lima.' })
    expect(f?.messageKey).toBe('unopened')
  })
  it('pairs quotes spaced on both sides, as French spacing puts them inside a sentence', () => {
    passes(unpairedCheck, {
      source: 'Prometieron acogerlo " con un espíritu constructivo " y esperan que " venga con propuestas ".',
      target: 'They promised to receive him "constructively" and hope he "will bring proposals".'
    })
    passes(unpairedCheck, {
      source: '" La huelga proseguirá " porque " los pescadores no abandonaron ", anunció Cariou.',
      target: '"The strike will continue" because "the fishermen did not give up", Cariou announced.'
    })
    // One too many is still one too many.
    const [f, ...rest] = fails(unpairedCheck, {
      source: 'Prometieron acogerlo " con un espíritu constructivo " y esperan que " venga con propuestas.',
      target: 'They promised to receive him "constructively" and hope he "will bring proposals".'
    })
    expect(rest).toEqual([])
    expect([f?.side, f?.messageKey]).toEqual(['source', 'unclosed'])
  })
  it('accepts a quotation that goes on into the next paragraph', () => {
    passes(
      unpairedCheck,
      { source: '«Y seguiremos.»', target: '“And we will go on.”' },
      { context: [{ source: '«Vamos a trabajar.', target: '“We will work.' }] }
    )
  })
})
