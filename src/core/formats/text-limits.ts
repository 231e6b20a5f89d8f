/**
 * Limits on imported text that no real document reaches (values in limits.ts), each refused with a
 * message rather than left to exhaust the analyses: regular expressions over a run of millions of
 * letters overflow the stack (V8 backtracks per character in Unicode mode).
 */
import { MAX_PARAGRAPH_CHARS, MAX_WORD_CHARS } from './limits'

/** The first paragraph over a limit: too long as a whole, or holding too long a word. */
export interface TextOverLimit {
  kind: 'paragraph' | 'word'
  paragraph: number
  length: number
  limit: number
}

export function firstOverLimit(paragraphs: readonly string[]): TextOverLimit | null {
  for (let paragraph = 0; paragraph < paragraphs.length; paragraph++) {
    const text = paragraphs[paragraph] as string
    if (text.length <= MAX_WORD_CHARS) continue
    let run = 0
    let longest = 0
    for (let k = 0; k < text.length; k++) {
      if (isSpace(text.charCodeAt(k))) {
        longest = Math.max(longest, run)
        run = 0
      } else run++
    }
    longest = Math.max(longest, run)
    // The word first: a paragraph that is one huge word is best described as that.
    if (longest > MAX_WORD_CHARS) return { kind: 'word', paragraph, length: longest, limit: MAX_WORD_CHARS }
    if (text.length > MAX_PARAGRAPH_CHARS)
      return { kind: 'paragraph', paragraph, length: text.length, limit: MAX_PARAGRAPH_CHARS }
  }
  return null
}

/** ASCII white space, NBSP and the Unicode spaces and separators (U+2000-U+200A, U+2028/9, U+3000...). */
function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  )
}
