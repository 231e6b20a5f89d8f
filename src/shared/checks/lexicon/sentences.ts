/** Sentence boundaries that do not break at abbreviations, initials or decimals. */
import { isAbbreviation } from './abbreviations'
import type { TextRange } from './text'

const BOUNDARY = /(\S{0,40})([.!?…]+)["”»')\]]*[ \u00A0]+(?=["“«¿¡(]?\p{Lu})|\n\n/gu

export function sentences(text: string): TextRange[] {
  const out: TextRange[] = []
  let start = 0
  BOUNDARY.lastIndex = 0
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const before = m[1] ?? ''
    if (m[2] === '.' && /\p{L}/u.test(before) && isAbbreviation(before.replace(/^[("“«[¿¡]+/u, ''))) continue
    const end = m.index + m[0].length
    const piece = text.slice(start, end)
    if (piece.trim() !== '') out.push({ start, end, text: piece })
    start = end
  }
  if (text.slice(start).trim() !== '') out.push({ start, end: text.length, text: text.slice(start) })
  return out
}
