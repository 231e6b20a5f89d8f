import { describe, expect, it } from 'vitest'
import { parseBilingualLexicon } from '../../../../src/core/text/bilingual-lexicon'

const lexicon = parseBilingualLexicon(
  [
    '# test lexicon',
    'cercano\tclose near',
    'anunciar\tannounce',
    'gratuito\tfree',
    'vivienda\thousing',
    'reportar\treport',
    'pagar\tpay',
    'millón\tmillion',
    'interés\tinterest'
  ].join('\n')
)

describe('bilingual lexicon', () => {
  it('pairs inflected Spanish and English words through their dictionary forms', () => {
    expect(lexicon.pairs('cercanas', 'nearest')).toBe(true)
    expect(lexicon.pairs('cercanas', 'near')).toBe(true)
    expect(lexicon.pairs('anunciaron', 'announced')).toBe(true)
    expect(lexicon.pairs('anunció', 'announces')).toBe(true)
    expect(lexicon.pairs('gratuita', 'free')).toBe(true)
    expect(lexicon.pairs('viviendas', 'housing')).toBe(true)
    expect(lexicon.pairs('reportarlos', 'report')).toBe(true)
  })

  it('pairs a plural that moves the stress mark and an irregular English past', () => {
    expect(lexicon.pairs('millones', 'millions')).toBe(true)
    expect(lexicon.pairs('intereses', 'interest')).toBe(true)
    expect(lexicon.pairs('pagaron', 'paid')).toBe(true)
    expect(lexicon.pairs('pagaron', 'paved')).toBe(false)
  })

  it('does not pair words it has no entry for', () => {
    expect(lexicon.pairs('gratuita', 'housing')).toBe(false)
    expect(lexicon.pairs('carretera', 'road')).toBe(false)
  })

  it('translates both ways', () => {
    expect(lexicon.translations('Cercana', 'es')).toEqual(['close', 'near'])
    expect(lexicon.translations('announcing', 'en')).toEqual(['anunciar'])
  })
})

describe('bilingual lexicon memo', () => {
  it('answers a common word the same after many other words have been asked for', () => {
    const before = lexicon.translations('anunciaron', 'es')
    // More distinct words than the memo keeps: its generations turn over several times.
    for (let i = 0; i < 30_000; i++) lexicon.translations(`palabra${i}`, 'es')
    expect(lexicon.translations('anunciaron', 'es')).toEqual(before)
    expect(before).toEqual(['announce'])
    expect(lexicon.pairs('cercanas', 'nearest')).toBe(true)
  })
})
