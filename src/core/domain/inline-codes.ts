/**
 * Inline codes (tags) of CAT files as they live in Cotejo's text: each code is one character of
 * Unicode's private use area, so a segment stays a plain string that the editor, the diff and the
 * database handle as before, and the code's markup waits in a table beside it to be written back
 * verbatim. Placeholder k stands for the same code in the source and the target of a segment (codes
 * are numbered by their identity in the unit, not by position), so a tag check compares characters.
 */

/** First placeholder; the range holds 6,400 codes per segment. */
export const PLACEHOLDER_BASE = 0xe000
export const PLACEHOLDER_LIMIT = 0xf8ff

export type InlineCodeKind = 'open' | 'close' | 'standalone'

export interface InlineCode {
  /** Its placeholder is `placeholder(k)`. */
  k: number
  kind: InlineCodeKind
  /** Pairs an opening code with its closing one (XLIFF id/rid, TMX i/x); unique among standalone codes. */
  id: string
  /** Short text for the chip: 'g1', '/g1', 'x2', 'ph3'. */
  label: string
  /** The code's markup exactly as in the file (a start tag, an end tag, or a whole element). */
  xml: string
  /** What the code stands for when the file says (a `ph`'s content, `equiv-text`, `disp`), for tooltips. */
  title?: string
  /**
   * The format lets a translator delete the code (XLIFF 2 `canDelete`, "yes" unless the file says
   * "no"): a missing one is no tag error. Unset for formats that allow no deletion (XLIFF 1.2, TMX).
   */
  deletable?: boolean
}

export function placeholder(k: number): string {
  if (!Number.isInteger(k) || k < 0 || PLACEHOLDER_BASE + k > PLACEHOLDER_LIMIT)
    throw new RangeError(`inline code index out of range: ${k}`)
  return String.fromCharCode(PLACEHOLDER_BASE + k)
}

export function isPlaceholder(ch: string): boolean {
  const c = ch.charCodeAt(0)
  return c >= PLACEHOLDER_BASE && c <= PLACEHOLDER_LIMIT
}

/** Index of the placeholder character, or -1. */
export function placeholderIndex(ch: string): number {
  return isPlaceholder(ch) ? ch.charCodeAt(0) - PLACEHOLDER_BASE : -1
}

const PLACEHOLDERS = /[\ue000-\uf8ff]/g

export function hasPlaceholders(text: string): boolean {
  return /[\ue000-\uf8ff]/.test(text)
}

/**
 * The text as the language checks read it: every code becomes a space, so "Corp<x/>3708" is two
 * words and every offset stays where it was.
 */
export function maskPlaceholders(text: string): string {
  return text.replace(PLACEHOLDERS, ' ')
}

/** The text without its codes, for people and for files that cannot carry them (plain text, CSV). */
export function stripPlaceholders(text: string): string {
  return text.replace(PLACEHOLDERS, '')
}

/** The placeholders of a text, in order, as code indexes. */
export function placeholdersOf(text: string): number[] {
  const found: number[] = []
  for (const ch of text) {
    const k = placeholderIndex(ch)
    if (k !== -1) found.push(k)
  }
  return found
}
