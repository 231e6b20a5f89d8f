import type { Span } from '../checks/engine/types'

/** Abbreviations whose full stop does not end a sentence (lowercase, without the stop). */
const ABBREVIATIONS = new Set([
  'dr',
  'dra',
  'sr',
  'sra',
  'srta',
  'lic',
  'ing',
  'mr',
  'mrs',
  'ms',
  'st',
  'no',
  'núm',
  'art',
  'av',
  'prof',
  'etc',
  'vs',
  'ee',
  'uu',
  'p',
  'ej',
  'approx',
  'fig',
  'e.g',
  'i.e'
])

/**
 * Splits a paragraph into sentences with their offsets. A stop ends a sentence when a space and an
 * uppercase letter, digit, quote or bracket follow, and the word before it is not an abbreviation
 * or an initial.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = []
  let start = 0
  const re = /[.!?…]+["”’»)]*(?=\s+["“‘«(¿¡]?[\p{Lu}\p{N}])/gu
  for (const m of text.matchAll(re)) {
    const end = m.index + m[0].length
    const before = /([\p{L}.]+)$/u.exec(text.slice(start, m.index))?.[1] ?? ''
    if (m[0].startsWith('.') && (ABBREVIATIONS.has(before.toLowerCase()) || /^\p{Lu}$/u.test(before))) continue
    push(spans, text, start, end)
    start = end
  }
  push(spans, text, start, text.length)
  return spans
}

function push(spans: Span[], text: string, from: number, to: number): void {
  let s = from
  let e = to
  while (s < e && /\s/.test(text[s] as string)) s++
  while (e > s && /\s/.test(text[e - 1] as string)) e--
  if (e > s) spans.push({ start: s, end: e, text: text.slice(s, e) })
}
