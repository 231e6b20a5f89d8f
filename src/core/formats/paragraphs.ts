/**
 * Paragraph splitting for plain-text releases. Press releases come one paragraph a line, or as
 * blocks separated by blank lines with hard-wrapped lines inside; both must give the same paragraphs.
 */
import { ownString } from './own-string'

/** Normalizes line endings (CRLF, CR, Unicode separators) to \n. */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?|\u2028|\u2029|\u0085/g, '\n')
}

/**
 * Trims and collapses nothing inside: reviewers must see spacing errors, so only the edges go. A
 * copy of its own: a slice would keep the whole text alive (see ownString).
 */
function cleanParagraph(lines: string[]): string {
  return ownString(
    lines
      .map((l) => l.trim())
      .join(' ')
      .trim()
  )
}

/**
 * Splits text into paragraphs. When the text has blank lines, blank lines separate paragraphs and
 * single newlines inside a block are soft wraps; otherwise every non-empty line is a paragraph.
 * Markdown headings and list items always stand alone.
 */
export function splitParagraphs(text: string): string[] {
  const lines = normalizeNewlines(text.replace(/^\uFEFF/, '')).split('\n')
  const hasBlankSeparators = lines.some((l, i) => l.trim() === '' && i > 0 && i < lines.length - 1)
  const blocks: string[] = []
  let current: string[] = []
  const flush = (): void => {
    const p = cleanParagraph(current)
    if (p !== '') blocks.push(p)
    current = []
  }
  for (const line of lines) {
    const trimmed = line.trim()
    if (trimmed === '') {
      flush()
      continue
    }
    const standsAlone = /^(#{1,6}\s|[-*+]\s|\d+[.)]\s)/.test(trimmed)
    if (!hasBlankSeparators || standsAlone) {
      flush()
      current.push(line)
      if (standsAlone) flush()
      continue
    }
    current.push(line)
  }
  flush()
  return blocks
}
