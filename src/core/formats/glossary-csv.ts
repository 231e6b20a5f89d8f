/**
 * Termbase CSV: `spanish,english,forbidden_english_variants,note` plus the optional
 * `allowed_english_variants,case_sensitive,accent_insensitive`, variants separated by `|`.
 * Reading reuses the glossary module's parser and adds the two flag columns it does not read.
 */
import type { GlossaryEntry } from '../domain/glossary'
import { readCsv, type CsvRow } from './csv-read'
import { parseGlossaryRows, type GlossaryCsvError } from './glossary-parse'
import { restoreCell, writeCsv } from './csv'
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

const YES = new Set(['true', 'yes', 'y', '1', 'x', 'si', 'sí', 'verdadero'])
/** The glossary parser does not know about writeCsv's formula neutralization: undo it here. */
function restoreEntry(entry: GlossaryEntry): GlossaryEntry {
  const out: GlossaryEntry = { ...entry, source: restoreCell(entry.source), target: restoreCell(entry.target) }
  out.allowed = entry.allowed.map(restoreCell)
  out.forbidden = entry.forbidden.map(restoreCell)
  if (entry.note !== undefined) out.note = restoreCell(entry.note)
  return out
}

/** Flags per Spanish term, from the optional case_sensitive / accent_insensitive columns. */
function readFlags(csvRows: readonly CsvRow[]): Map<string, { caseSensitive: boolean; accentInsensitive: boolean }> {
  const flags = new Map<string, { caseSensitive: boolean; accentInsensitive: boolean }>()
  const [header, ...rows] = csvRows
  if (!header) return flags
  const names = header.fields.map((h) => h.trim().toLowerCase().replace(/\s+/g, '_'))
  const source = names.findIndex((n) => n === 'spanish' || n === 'source' || n === 'español' || n === 'espanol')
  const cs = names.indexOf('case_sensitive')
  const ai = names.indexOf('accent_insensitive')
  if (source === -1 || (cs === -1 && ai === -1)) return flags
  for (const row of rows) {
    const term = restoreCell((row.fields[source] ?? '').trim())
    const yes = (i: number): boolean => i !== -1 && YES.has((row.fields[i] ?? '').trim().toLowerCase())
    flags.set(term.toLowerCase(), { caseSensitive: yes(cs), accentInsensitive: yes(ai) })
  }
  return flags
}

/**
 * Reads a termbase CSV (BOM, CRLF, ';' delimiter, quoted commas and line breaks tolerated).
 * A broken file (unterminated quote, no spanish/english columns) is refused as a whole; single
 * bad rows are skipped and listed.
 */
export function readGlossaryCsv(text: string): GlossaryImport {
  // Read once: the terms and their flags come from the same rows.
  const csv = readCsv(text)
  const parsed = parseGlossaryRows(csv)
  const fatal = parsed.errors.find(
    (e: GlossaryCsvError) => e.code === 'unterminatedQuote' || e.code === 'missingColumns'
  )
  if (fatal?.code === 'unterminatedQuote')
    throw new FormatError('format.invalidCsv', { reason: 'unterminated quote', line: fatal.line })
  if (fatal) throw new FormatError('format.missingColumn', { column: fatal.detail ?? '' })
  if (parsed.entries.length > MAX_UNITS)
    throw new FormatError('format.tooManyUnits', { count: parsed.entries.length, limit: MAX_UNITS })
  if (parsed.entries.length === 0) throw new FormatError('format.emptyDocument')
  const flags = readFlags(csv.rows)
  const entries = parsed.entries.map((raw) => {
    const entry = restoreEntry(raw)
    const f = flags.get(entry.source.toLowerCase())
    if (f?.caseSensitive) entry.caseSensitive = true
    if (f?.accentInsensitive) entry.accentInsensitive = true
    return entry
  })
  const skipped = parsed.errors
    .filter(
      (e): e is GlossaryCsvError & { code: 'emptyTerm' | 'duplicate' } =>
        e.code === 'emptyTerm' || e.code === 'duplicate'
    )
    .map((e) => ({ code: e.code, line: e.line, ...(e.detail ? { detail: e.detail } : {}) }))
  return { entries, skipped }
}
