import { describe, expect, it } from 'vitest'
import { anchorWords } from '../../../../../src/core/checks/analyses/anchors'

/** Anchoring tokens as omission and addition define them: letters and digits, joined by one inner - ' ’ . or ,. */
function scanned(text: string): { start: number; end: number; text: string }[] {
  return [...text.matchAll(/[\p{L}\p{N}]+(?:[-'’.,][\p{L}\p{N}]+)*/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0]
  }))
}

describe('anchorWords', () => {
  it('finds every anchoring token of the text, numbers with their separators whole', () => {
    const cases = [
      'El BID aportó 9.000 soles (US$ 2,5 millones) a EE.UU. el 10.11.2024.',
      'Covid-19, l’État, Inter‐American (U+2010), 1-a-b, a--b y a.,b',
      'Cafe\u0301s con marca combinante, fin.',
      ''
    ]
    for (const text of cases) {
      const words = anchorWords(text, 'es')
      const found = words.facts.map((f, i) => ({ start: words.starts[i], end: words.ends[i], text: f.text }))
      expect(found, text).toEqual(scanned(text))
    }
  })
  it('keys numbers by their digits and words by their English-like spelling', () => {
    const [bid, soles, number] = anchorWords('BID soles 9.000', 'es').facts
    expect(number).toMatchObject({ key: '9000', numeric: true, content: true })
    expect(bid).toMatchObject({ numeric: false, content: true })
    expect(soles?.prefix).toBe(soles?.key.slice(0, 3))
    expect(anchorWords('de la', 'es').facts.map((t) => t.content)).toEqual([false, false])
  })
})
