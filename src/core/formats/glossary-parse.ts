import type { GlossaryEntry } from '../domain/glossary'
import { readCsv, type CsvResult, type CsvRow } from './csv-read'

export type GlossaryErrorCode = 'unterminatedQuote' | 'missingColumns' | 'emptyTerm' | 'duplicate'

export interface GlossaryCsvError {
  /** 1-based line in the file. */
  line: number
  code: GlossaryErrorCode
  /** The offending value, when there is one (a duplicated term, a missing column's name). */
  detail?: string
}

export interface GlossaryParseResult {
  entries: GlossaryEntry[]
  errors: GlossaryCsvError[]
}

type Column = 'source' | 'target' | 'forbidden' | 'allowed' | 'note' | 'caseSensitive' | 'accentInsensitive'

/** Header names accepted per column, lowercase (English and Spanish spreadsheets). */
const HEADERS: Record<Column, readonly string[]> = {
  source: ['spanish', 'español', 'espanol', 'source', 'es', 'término', 'termino'],
  target: ['english', 'inglés', 'ingles', 'target', 'en', 'translation', 'traducción', 'traduccion'],
  forbidden: ['forbidden_english_variants', 'forbidden', 'forbidden_variants', 'prohibidas', 'variantes_prohibidas'],
  allowed: ['allowed_english_variants', 'allowed', 'allowed_variants', 'permitidas', 'variantes_permitidas'],
  note: ['note', 'notes', 'nota', 'notas', 'comment', 'comentario'],
  caseSensitive: ['case_sensitive'],
  accentInsensitive: ['accent_insensitive']
}

/** What a flag column's cell says for yes. */
const YES = new Set(['true', 'yes', 'y', '1', 'x', 'si', 'sí', 'verdadero'])

/** Column order of a file without a header row (the documented order). */
const DEFAULT_ORDER: Column[] = ['source', 'target', 'forbidden', 'note', 'allowed']

function columnOf(header: string): Column | null {
  const name = header.trim().toLowerCase().replace(/\s+/g, '_')
  for (const [column, names] of Object.entries(HEADERS) as [Column, readonly string[]][]) {
    if (names.includes(name)) return column
  }
  return null
}

function variants(cell: string | undefined): string[] {
  return (cell ?? '')
    .split('|')
    .map((v) => v.trim())
    .filter((v) => v !== '')
}

/**
 * Parses a termbase: `spanish,english,forbidden_english_variants,note` (optionally
 * `allowed_english_variants`, `case_sensitive`, `accent_insensitive`), variants separated by `|`.
 * Bad rows are reported and skipped; the good ones are kept so one typo does not cost the reviewer
 * the whole glossary.
 */
export function parseGlossaryCsv(text: string): GlossaryParseResult {
  return parseGlossaryRows(readCsv(text))
}

/** As parseGlossaryCsv, from rows already read. */
export function parseGlossaryRows(csv: CsvResult): GlossaryParseResult {
  const reader = glossaryRowReader()
  if (csv.unterminatedQuoteAt !== null) reader.errors.push({ line: csv.unterminatedQuoteAt, code: 'unterminatedQuote' })
  for (const row of csv.rows) reader.add(row)
  return reader.result()
}

/**
 * A term in lower case: the term itself when nothing in it could change (only ASCII, no capital),
 * rather than a copy as long as the term (a 10 MB cell, refused later, was copied for this alone).
 */
function lowerCase(term: string): string {
  for (let i = 0; i < term.length; i++) {
    const c = term.charCodeAt(i)
    if (c >= 0x80 || (c >= 0x41 && c <= 0x5a)) return term.toLowerCase()
  }
  return term
}

/** FNV-1a over UTF-16 code units: a 32-bit hash of a term's lower-case form. */
function hashOf(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return h >>> 0
}

/**
 * The terms read so far, to find a term given twice (compared in lower case), holding only a hash
 * of each: a set of the lower-case forms kept a second copy of every term while the file was read.
 * A hash met before is confirmed against the terms it stands for.
 */
function termIndex(entries: readonly GlossaryEntry[]): { addIfNew: (key: string) => boolean } {
  const byHash = new Map<number, number[]>()
  return {
    /** False when a term of this lower-case form is in `entries` already; else it will be (its index is next). */
    addIfNew(key) {
      const h = hashOf(key)
      const same = byHash.get(h)
      if (same?.some((k) => lowerCase(entries[k]?.source ?? '') === key)) return false
      if (same) same.push(entries.length)
      else byHash.set(h, [entries.length])
      return true
    }
  }
}

/**
 * A termbase read a row at a time, as the CSV reader gives them, the header first: only the terms
 * are kept, never the rows.
 */
export function glossaryRowReader(): {
  add: (row: CsvRow) => void
  errors: GlossaryCsvError[]
  result: () => GlossaryParseResult
} {
  const errors: GlossaryCsvError[] = []
  const entries: GlossaryEntry[] = []
  const terms = termIndex(entries)
  let columns: (Column | null)[] | null = null
  let missingColumns = false

  const term = (row: CsvRow, at: (column: Column) => string | undefined): void => {
    const source = (at('source') ?? '').trim()
    const target = (at('target') ?? '').trim()
    if (source === '' || target === '') {
      errors.push({ line: row.line, code: 'emptyTerm', detail: source || target })
      return
    }
    if (!terms.addIfNew(lowerCase(source))) {
      errors.push({ line: row.line, code: 'duplicate', detail: source })
      return
    }
    const same = (v: string): boolean => v.toLowerCase() === target.toLowerCase()
    const note = (at('note') ?? '').trim()
    const yes = (column: Column): boolean => YES.has((at(column) ?? '').trim().toLowerCase())
    entries.push({
      source,
      target,
      allowed: variants(at('allowed')).filter((v) => !same(v)),
      forbidden: variants(at('forbidden')).filter((v) => !same(v)),
      ...(note ? { note } : {}),
      ...(yes('caseSensitive') ? { caseSensitive: true } : {}),
      ...(yes('accentInsensitive') ? { accentInsensitive: true } : {})
    })
  }

  const add = (row: CsvRow): void => {
    if (missingColumns) return
    if (columns === null) {
      const headerColumns = row.fields.map(columnOf)
      if (headerColumns.some((c) => c !== null)) {
        columns = headerColumns
        for (const required of ['source', 'target'] as const)
          if (!columns.includes(required)) {
            errors.push({ line: row.line, code: 'missingColumns', detail: HEADERS[required][0] })
            missingColumns = true
          }
        return
      }
      // No header: the documented order.
      columns = DEFAULT_ORDER
    }
    const order = columns
    term(row, (column) => {
      const i = order.indexOf(column)
      return i === -1 ? undefined : row.fields[i]
    })
  }

  return { add, errors, result: () => (missingColumns ? { entries: [], errors } : { entries, errors }) }
}
