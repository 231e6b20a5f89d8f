import { describe, expect, it } from 'vitest'
import { cognateForm, isCognate, words } from '../../../../../src/core/text/lexicon/text'

/** What `words` promises: every run of letters joined by inner hyphens or apostrophes, found in the text itself. */
function scanned(text: string): { start: number; end: number; text: string }[] {
  return [...text.matchAll(/\p{L}+(?:['’-]\p{L}+)*/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0]
  }))
}

const plain = (ranges: readonly { start: number; end: number; text: string }[]) =>
  ranges.map(({ start, end, text }) => ({ start, end, text }))

describe('words', () => {
  it('reads letter words with their offsets, joined by inner hyphens and apostrophes', () => {
    expect(plain(words("El Inter-American people's fund"))).toEqual(scanned("El Inter-American people's fund"))
    expect(words('La OEA, hoy.').map((w) => w.text)).toEqual(['La', 'OEA', 'hoy'])
  })
  it('leaves digits out and splits where the tokenizer joins more than letters', () => {
    const cases = [
      'Covid-19 y COVID-19, 3er lugar, 2,5 millones',
      'Inter‐American (U+2010) y non‑breaking (U+2011)',
      'Cafe\u0301s con marca combinante y 1-a-b',
      'a--b, -abc- y l’État',
      ''
    ]
    for (const text of cases) expect(plain(words(text)), text).toEqual(scanned(text))
    expect(words('Covid-19').map((w) => w.text)).toEqual(['Covid'])
  })
})

describe('cognateForm', () => {
  it('spells Spanish words the English way', () => {
    expect(cognateForm('Filosofía')).toBe('filosofia')
    expect(cognateForm('teoría')).toBe('teoria')
    expect(cognateForm('Philosophy')).toBe('filosofi')
    expect(cognateForm('nación')).toBe('nation')
    expect(cognateForm('comunidad')).toBe('comunity')
    expect(cognateForm('rápidamente')).toBe('rapidaly')
    expect(cognateForm('específico')).toBe('specific')
    expect(cognateForm('interesante')).toBe('interesante')
    expect(cognateForm('centro')).toBe('centro')
  })

  it('leaves English words that match no rule as they are, lowercased', () => {
    expect(cognateForm('Budget')).toBe('budget')
    expect(cognateForm('plan')).toBe('plan')
  })

  it('tells cognates from unrelated words', () => {
    expect(isCognate('Filosofía', 'philosophy')).toBe(true)
    expect(isCognate('naciones', 'nations')).toBe(true)
    expect(isCognate('impacto', 'impact')).toBe(true)
    expect(isCognate('impacto', 'import')).toBe(false)
  })
})
