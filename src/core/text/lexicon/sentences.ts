/** Sentence boundaries that do not break at abbreviations, initials or decimals. */
import { isAbbreviation } from './abbreviations'
import type { TextRange } from './text'

// The word before the mark is found by scanning back from it: a leading \S{0,40} group in the
// pattern would be retried at every character of the text.
const BOUNDARY = /([.!?…]+)["”»')\]]*[ \u00A0]+(?=["“«¿¡(]?\p{Lu})|\n\n/gu

/** The run of non-space characters (at most 40) right before `at`: the word a full stop ends. */
export function tokenBefore(text: string, at: number): string {
  let i = at
  while (i > 0 && at - i < 40 && !/\s/.test(text.charAt(i - 1))) i--
  return text.slice(i, at)
}

const cache = new Map<string, readonly TextRange[]>()
const CACHE_LIMIT = 20_000

/** Sentences of a text with their offsets. Shared result: do not mutate. */
export function sentences(text: string): readonly TextRange[] {
  const hit = cache.get(text)
  if (hit) return hit
  const out: TextRange[] = []
  let start = 0
  BOUNDARY.lastIndex = 0
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const before = m[1] === undefined ? '' : tokenBefore(text, m.index)
    if (m[1] === '.' && /\p{L}/u.test(before) && isAbbreviation(before.replace(/^[("“«[¿¡]+/u, ''))) continue
    const end = m.index + m[0].length
    const piece = text.slice(start, end)
    if (piece.trim() !== '') out.push({ start, end, text: piece })
    start = end
  }
  if (text.slice(start).trim() !== '') out.push({ start, end: text.length, text: text.slice(start) })
  if (cache.size >= CACHE_LIMIT) cache.clear()
  cache.set(text, out)
  return out
}
