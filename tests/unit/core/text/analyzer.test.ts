import { describe, expect, it } from 'vitest'
import { TextAnalyzer } from '../../../../src/core/text/analyzer'
import { fromTokens, tokenize } from '../../../../src/core/text/tokenize'

describe('TextAnalyzer', () => {
  it('gives the same tokens for a text it has read, and one record per spelling', () => {
    const analyzer = new TextAnalyzer()
    const first = analyzer.tokenize('El Banco Central subió la tasa. El banco no comentó.')
    expect(analyzer.tokenize('El Banco Central subió la tasa. El banco no comentó.')).toBe(first)
    const other = analyzer.tokenize('El ministro habló con el banco.')
    const el = (ts: typeof first) => ts.find((t) => t.text === 'El')?.form
    expect(el(other)).toBe(el(first))
  })

  it('tokenizes the same way with or without an analyzer', () => {
    const text = 'La inflación llegó al 3,5 % en «Covid-19», según el Dr. Pérez.'
    const plain = (ts: ReturnType<typeof tokenize>) => ts.map((t) => [t.text, t.start, t.sentenceStart, t.fold])
    expect(plain(tokenize(text, new TextAnalyzer()))).toEqual(plain(tokenize(text)))
  })

  it('keeps at most its limit of texts and spellings', () => {
    const analyzer = new TextAnalyzer({ texts: 2, spellings: 3 })
    const a = analyzer.tokenize('uno dos')
    analyzer.tokenize('tres cuatro')
    analyzer.tokenize('cinco seis')
    analyzer.tokenize('siete ocho')
    analyzer.tokenize('nueve diez')
    // Two generations of two texts: the first is gone, so it is scanned anew (equal, not the same),
    // and its spellings were dropped with the full table, so they have new records.
    const again = analyzer.tokenize('uno dos')
    expect(again).not.toBe(a)
    expect(again.map((t) => t.text)).toEqual(['uno', 'dos'])
    expect(again[0]?.form).not.toBe(a[0]?.form)
  })

  it('keeps a memo per analyzer, made once', () => {
    const key = {}
    const analyzer = new TextAnalyzer()
    const made = analyzer.memo(key, () => new Map<string, number>())
    expect(analyzer.memo(key, () => new Map<string, number>())).toBe(made)
    expect(new TextAnalyzer().memo(key, () => new Map<string, number>())).not.toBe(made)
  })
})

describe('fromTokens', () => {
  it('works a result out once per token list, never for a list cut out of one', () => {
    const tokens = tokenize('Una prueba de tres palabras')
    const key = {}
    let calls = 0
    const count = (list: readonly unknown[]) => () => (calls++, list.length)
    expect(fromTokens(tokens, key, count(tokens))).toBe(5)
    expect(fromTokens(tokens, key, count(tokens))).toBe(5)
    expect(calls).toBe(1)
    const slice = tokens.slice(1)
    expect(fromTokens(slice, key, count(slice))).toBe(4)
    expect(fromTokens([], key, () => 0)).toBe(0)
  })
})
