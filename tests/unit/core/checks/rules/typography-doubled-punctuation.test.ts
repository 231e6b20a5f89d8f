import { describe, expect, it } from 'vitest'
import { doubledPunctuationCheck } from '../../../../../src/core/checks/rules/typography-doubled-punctuation'
import { fails, passes } from '../helpers'

describe('typography-doubled-punctuation: a mark written twice is flagged', () => {
  it('flags a doubled comma with its span and a fix', () => {
    const [f, ...rest] = fails(doubledPunctuationCheck, {
      source: 'Puede pagar en línea, en efectivo o con tarjeta.',
      target: 'You can pay online,, in cash or by card.'
    })
    expect(rest).toEqual([])
    expect(f?.targetSpan).toMatchObject({ text: ',,', start: 18, end: 20 })
    expect(f?.suggestion).toBe(',')
  })
  it.each([
    ['The works will end in October 2027..', '.'],
    ['The office opens at nine, , closes at five.', ','],
    ['Bring your ID;; the form is free.', ';']
  ])('%s', (target, mark) => {
    const [f] = fails(doubledPunctuationCheck, { source: 'Texto correcto.', target })
    expect(f?.params?.mark).toBe(mark)
  })
  it('flags the source as a source error', () => {
    const [f] = fails(doubledPunctuationCheck, {
      source: 'La feria abrirá en Arequipa..',
      target: 'The fair will open in Arequipa.'
    })
    expect(f?.category).toBe('source/error')
  })
})

describe('typography-doubled-punctuation: look-alikes pass', () => {
  const fine: string[] = [
    'And then... nothing happened.',
    'Wait.... what?',
    'We are free. . . and we stay so.',
    'Copy the file to ../reports/2026 and ./out.',
    'The rate was 1,5 % at 10:30 on 3.4.2021, as planned.'
  ]
  it.each(fine)('%s', (target) => passes(doubledPunctuationCheck, { source: 'Texto correcto.', target }))
})
