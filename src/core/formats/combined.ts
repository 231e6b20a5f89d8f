import { normalizeNewlines, splitParagraphs } from './paragraphs'

/**
 * A combined release: the Spanish text, a line that says "English translation" (or its Spanish
 * equivalent), then the English text.
 */
export interface CombinedRelease {
  source: string[]
  target: string[]
}

/** The separator line, alone on its line, case-insensitive, optional trailing colon. */
const SEPARATOR =
  /^[ \t]*(?:#{1,6}[ \t]*)?(?:english translation|traducci[oó]n al ingl[eé]s|spanish translation|traducci[oó]n al espa[nñ]ol)[ \t]*:?[ \t]*$/im

export type CombinedParseError = 'noSeparator' | 'emptySource' | 'emptyTarget'

export type CombinedParseResult = { ok: true; value: CombinedRelease } | { ok: false; error: CombinedParseError }

export function parseCombined(text: string): CombinedParseResult {
  const normalized = normalizeNewlines(text.replace(/^\uFEFF/, ''))
  const match = SEPARATOR.exec(normalized)
  if (!match) return { ok: false, error: 'noSeparator' }
  const source = splitParagraphs(normalized.slice(0, match.index))
  const target = splitParagraphs(normalized.slice(match.index + match[0].length))
  if (source.length === 0) return { ok: false, error: 'emptySource' }
  if (target.length === 0) return { ok: false, error: 'emptyTarget' }
  return { ok: true, value: { source, target } }
}
