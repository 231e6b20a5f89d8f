import { describe, expect, it } from 'vitest'
import { spaceBeforePunctuationCheck } from '../../../../../src/core/checks/rules/typography-space-before-punctuation'
import { fails, passes } from '../helpers'

const SRC = 'Se entregaron bonos, kits y alimentos.'

describe('typography-space-before-punctuation', () => {
  it('flags a space before a comma', () => {
    const [f] = fails(spaceBeforePunctuationCheck, { source: SRC, target: 'Vouchers , kits and food were delivered.' })
    expect(f?.targetSpan?.text).toBe(' ,')
    expect(f?.suggestion).toBe(',')
  })
  it('flags spaces inside brackets', () => {
    const f = fails(spaceBeforePunctuationCheck, { source: SRC, target: 'Food was delivered ( 300 kits ).' })
    expect(f.map((x) => x.messageKey).sort()).toEqual(['after', 'before'])
  })
  it('flags a space before a colon when the text otherwise writes it tight', () => {
    fails(spaceBeforePunctuationCheck, { source: SRC, target: 'Results : food arrived. Note: kits too.' })
  })
  it('flags a tokenised English possessive', () => {
    fails(spaceBeforePunctuationCheck, { source: SRC, target: "The region 's farmers received food." })
  })
  const fine: [string, string][] = [
    ['Subió 15 % en un año.', 'It rose 15% in one year.'],
    ['Y luego ... nada.', 'And then... nothing.'],
    ['Visite www.gob.pe hoy.', 'Visit the site .pe domains list today.'],
    // French typography, used consistently, is not an error here.
    ['Résultats : bons ; suite : demain !', 'Results: good; next: tomorrow!']
  ]
  it.each(fine)('passes %s | %s', (source, target) => passes(spaceBeforePunctuationCheck, { source, target }))

  it('leaves the space French puts before ! ? ; : in a French translation, even once', () => {
    const pair = { source: 'Welcome to the new office!', target: 'Bienvenue au nouveau bureau !' }
    passes(spaceBeforePunctuationCheck, pair, { sourceLang: 'en-US', targetLang: 'fr-CA' })
    // The same spacing in an English or German translation is still a slip.
    fails(
      spaceBeforePunctuationCheck,
      { source: 'Bienvenue !', target: 'Welcome to the office !' },
      { sourceLang: 'fr', targetLang: 'en' }
    )
    fails(
      spaceBeforePunctuationCheck,
      { source: 'Welcome!', target: 'Willkommen im Büro !' },
      { sourceLang: 'en', targetLang: 'de' }
    )
  })
})
