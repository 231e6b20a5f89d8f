/**
 * Termbase CSV: `spanish,english,forbidden_english_variants,note` plus the optional
 * `allowed_english_variants,case_sensitive,accent_insensitive`, variants separated by `|`.
 * Reading goes through the glossary module's row reader, row by row from the file's UTF-8 bytes.
 */
import type { GlossaryEntry } from '../domain/glossary'
import { eachCsvRow } from './csv-read'
import { glossaryRowReader, type GlossaryCsvError } from './glossary-parse'
import { restoreCell, writeCsv } from './csv'
import { encodeUtf8 } from './encoding'
import { FormatError } from './errors'
import { MAX_UNITS } from './limits'

export const GLOSSARY_CSV_COLUMNS = [
  'spanish',
  'english',
  'forbidden_english_variants',
  'note',
  'allowed_english_variants',
  'case_sensitive',
  'accent_insensitive'
] as const

/** Entries read from a termbase, and the rows or concepts left out (empty term, duplicate). */
export interface GlossaryImport {
  entries: GlossaryEntry[]
  skipped: Array<{ code: 'emptyTerm' | 'duplicate' | 'invalidTerm'; line?: number; detail?: string }>
}

function joinVariants(values: readonly string[], term: string): string {
  for (const v of values) {
    if (v.includes('|')) throw new FormatError('format.invalidDocument', { reason: 'variant contains |', term })
  }
  return values.join('|')
}

export function writeGlossaryCsv(entries: readonly GlossaryEntry[]): string {
  if (entries.length === 0) throw new FormatError('format.emptyDocument')
  const rows = entries.map((e) => [
    e.source,
    e.target,
    joinVariants(e.forbidden, e.source),
    e.note ?? '',
    joinVariants(e.allowed, e.source),
    e.caseSensitive ? 'true' : 'false',
    e.accentInsensitive ? 'true' : 'false'
  ])
  return writeCsv([[...GLOSSARY_CSV_COLUMNS], ...rows])
}

/**
 * The glossary parser does not know about writeCsv's formula neutralization: undone here, in the
 * entry just read (a copy of every entry was a second glossary at the peak of a large import).
 */
function restoreEntry(entry: GlossaryEntry): void {
  entry.source = restoreCell(entry.source)
  entry.target = restoreCell(entry.target)
  if (entry.allowed.length > 0) entry.allowed = entry.allowed.map(restoreCell)
  if (entry.forbidden.length > 0) entry.forbidden = entry.forbidden.map(restoreCell)
  if (entry.note !== undefined) entry.note = restoreCell(entry.note)
}

/**
 * Reads a termbase CSV (BOM, CRLF, ';' delimiter, quoted commas and line breaks tolerated).
 * A broken file (unterminated quote, no spanish/english columns) is refused as a whole; single
 * bad rows are skipped and listed.
 */
export function readGlossaryCsv(input: string | Uint8Array): GlossaryImport {
  // Row by row from the bytes: the terms are kept, never the text or its rows.
  const reader = glossaryRowReader()
  const unterminated = eachCsvRow(typeof input === 'string' ? encodeUtf8(input) : input, reader.add)
  if (unterminated !== null)
    throw new FormatError('format.invalidCsv', { reason: 'unterminated quote', line: unterminated })
  const parsed = reader.result()
  const missing = parsed.errors.find((e: GlossaryCsvError) => e.code === 'missingColumns')
  if (missing) throw new FormatError('format.missingColumn', { column: missing.detail ?? '' })
  if (parsed.entries.length > MAX_UNITS)
    throw new FormatError('format.tooManyUnits', { count: parsed.entries.length, limit: MAX_UNITS })
  if (parsed.entries.length === 0) throw new FormatError('format.emptyDocument')
  const entries = parsed.entries
  for (const entry of entries) restoreEntry(entry)
  const skipped = parsed.errors
    .filter(
      (e): e is GlossaryCsvError & { code: 'emptyTerm' | 'duplicate' } =>
        e.code === 'emptyTerm' || e.code === 'duplicate'
    )
    .map((e) => ({ code: e.code, line: e.line, ...(e.detail ? { detail: e.detail } : {}) }))
  return { entries, skipped }
}
