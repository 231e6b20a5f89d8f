import { describe, expect, it } from 'vitest'
import { foldKey, inflectionKey, lowerKey } from '../../../../src/core/text/inflection'
import { fold, isAllCaps, isCapitalized, similarity } from '../../../../src/core/text/normalize'
import { tokenize, WORD, type Token } from '../../../../src/core/text/tokenize'

describe('normalize', () => {
  it('folds accents and case', () => {
    expect(fold('Aníbal ÑAÑEZ')).toBe('anibal nanez')
  })
  it('tells capitals and acronyms', () => {
    expect(isCapitalized('Ética')).toBe(true)
    expect(isCapitalized('9 de julio')).toBe(false)
    expect(['BID', 'COVID-19', 'EE.UU'].map(isAllCaps)).toEqual([true, true, true])
    expect(['A', 'Bid', '2024'].map(isAllCaps)).toEqual([false, false, false])
  })
  it('scores string similarity', () => {
    expect(similarity('quispe', 'quispe')).toBe(1)
    expect(similarity('quispe', 'quispee')).toBeCloseTo(6 / 7)
  })
})

describe('tokenize', () => {
  it('keeps hyphenated words and marks sentence openers', () => {
    const t = tokenize('Dijo: “Inter-American es clave”. Luego, el Dr. Pérez firmó.')
    expect(t.map((x) => x.text)).toEqual([
      'Dijo',
      'Inter-American',
      'es',
      'clave',
      'Luego',
      'el',
      'Dr',
      'Pérez',
      'firmó'
    ])
    expect(t.filter((x) => x.sentenceStart).map((x) => x.text)).toEqual(['Dijo', 'Inter-American', 'Luego'])
  })
  it('reads exactly the words the WORD pattern matches, on awkward text', () => {
    const awkward = [
      "Inter-American l'État people's -lead trail- a--b o'' ’90s x’y",
      'Covid‐19 ‑non‑breaking 9,000 3.5 1/2 10:30 año 2021-2026.',
      'Ñandú, São Paulo, Øresund, Đorđe, İstanbul, ﬁnance, ½ ² Ⅻ',
      'देवनागरी 中文 한국어 العربية עברית ελληνικά кириллица',
      'combining: Jose\u0301 man\u0303ana; emoji 😀x 𝐀𝐁𝐂 𝟙𝟚 lone \ud800 and \udc00 halves',
      '',
      '---',
      "'quoted' ‘single’ “double” «angle»"
    ]
    // Random strings over a mix of word characters, joiners, spaces and punctuation.
    const alphabet = ['a', 'Z', '9', 'é', 'ñ', '\u0301', '-', "'", '’', '‐', '‑', ' ', '.', ',', '𝐀', '中', '\ud800']
    let seed = 7
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
    for (let n = 0; n < 300; n++)
      awkward.push(
        Array.from({ length: 1 + Math.floor(next() * 25) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(
          ''
        )
      )
    for (const text of awkward) {
      const expected = [...text.matchAll(WORD)].map((m) => [m.index, m.index + m[0].length, m[0]])
      expect(tokenize(text).map((t) => [t.start, t.end, t.text])).toEqual(expected)
    }
  })
  it('gives offsets into the text', () => {
    const text = 'El BID y la OEA.'
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text)
  })
  it('shares one record per spelling, whose facts stay apart per language', () => {
    const [a, , b, c] = tokenize('Nación y nación, Nación.')
    expect(a?.form).toBe(c?.form)
    expect(a?.form).not.toBe(b?.form)
    expect([a?.lower, a?.fold, b?.fold]).toEqual(['nación', 'nacion', 'nacion'])
    expect(lowerKey(a as Token, 'es')).toBe(inflectionKey('nación', 'es'))
    expect(foldKey(a as Token, 'en')).toBe(inflectionKey('nacion', 'en'))
    expect(a?.form.es?.lowerKey).toBe(inflectionKey('nación', 'es'))
    expect(a?.form.en?.lowerKey).toBeUndefined()
  })
})

describe('inflectionKey', () => {
  const same = (a: string, b: string, lang: 'es' | 'en'): boolean => inflectionKey(a, lang) === inflectionKey(b, lang)
  it('merges Spanish number and gender', () => {
    expect(same('ventanillas', 'ventanilla', 'es')).toBe(true)
    expect(same('únicas', 'única', 'es')).toBe(true)
    expect(same('regionales', 'regional', 'es')).toBe(true)
    expect(same('naciones', 'nación', 'es')).toBe(true)
    expect(same('países', 'país', 'es')).toBe(true)
    expect(same('luces', 'luz', 'es')).toBe(true)
    expect(same('nuevos', 'nueva', 'es')).toBe(true)
  })
  it('keeps accents that change the word', () => {
    expect(same('secretaria', 'secretaría', 'es')).toBe(false)
  })
  it('merges English plurals and possessives', () => {
    expect(same('policies', 'policy', 'en')).toBe(true)
    expect(same('boxes', 'box', 'en')).toBe(true)
    expect(same('windows', 'window', 'en')).toBe(true)
    expect(same("council's", 'council', 'en')).toBe(true)
    expect(same('status', 'statu', 'en')).toBe(false)
  })
})
