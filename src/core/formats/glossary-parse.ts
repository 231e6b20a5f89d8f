import type { GlossaryEntry } from '../domain/glossary'
import { readCsv, type CsvResult } from './csv-read'

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

type Column = 'source' | 'target' | 'forbidden' | 'allowed' | 'note'

/** Header names accepted per column, lowercase (English and Spanish spreadsheets). */
const HEADERS: Record<Column, readonly string[]> = {
  source: ['spanish', 'español', 'espanol', 'source', 'es', 'término', 'termino'],
  target: ['english', 'inglés', 'ingles', 'target', 'en', 'translation', 'traducción', 'traduccion'],
  forbidden: ['forbidden_english_variants', 'forbidden', 'forbidden_variants', 'prohibidas', 'variantes_prohibidas'],
  allowed: ['allowed_english_variants', 'allowed', 'allowed_variants', 'permitidas', 'variantes_permitidas'],
  note: ['note', 'notes', 'nota', 'notas', 'comment', 'comentario']
}

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
 * `allowed_english_variants`), variants separated by `|`. Bad rows are reported and skipped; the
 * good ones are kept so one typo does not cost the reviewer the whole glossary.
 */
export function parseGlossaryCsv(text: string): GlossaryParseResult {
  return parseGlossaryRows(readCsv(text))
}

/** As parseGlossaryCsv, from rows already read (so a caller that needs them too reads the file once). */
export function parseGlossaryRows(csv: CsvResult): GlossaryParseResult {
  const errors: GlossaryCsvError[] = []
  if (csv.unterminatedQuoteAt !== null) errors.push({ line: csv.unterminatedQuoteAt, code: 'unterminatedQuote' })
  const [first, ...others] = csv.rows
  if (!first) return { entries: [], errors }

  const headerColumns = first.fields.map(columnOf)
  const hasHeader = headerColumns.some((c) => c !== null)
  let columns: (Column | null)[] = DEFAULT_ORDER
  let dataRows = csv.rows
  if (hasHeader) {
    columns = headerColumns
    dataRows = others
    for (const required of ['source', 'target'] as const) {
      if (!columns.includes(required))
        errors.push({ line: first.line, code: 'missingColumns', detail: HEADERS[required][0] })
    }
    if (errors.some((e) => e.code === 'missingColumns')) return { entries: [], errors }
  }

  const entries: GlossaryEntry[] = []
  const seen = new Set<string>()
  for (const row of dataRows) {
    const cell = (column: Column): string | undefined => {
      const i = columns.indexOf(column)
      return i === -1 ? undefined : row.fields[i]
    }
    const source = (cell('source') ?? '').trim()
    const target = (cell('target') ?? '').trim()
    if (source === '' || target === '') {
      errors.push({ line: row.line, code: 'emptyTerm', detail: source || target })
      continue
    }
    const key = source.toLowerCase()
    if (seen.has(key)) {
      errors.push({ line: row.line, code: 'duplicate', detail: source })
      continue
    }
    seen.add(key)
    const same = (v: string): boolean => v.toLowerCase() === target.toLowerCase()
    const note = (cell('note') ?? '').trim()
    entries.push({
      source,
      target,
      allowed: variants(cell('allowed')).filter((v) => !same(v)),
      forbidden: variants(cell('forbidden')).filter((v) => !same(v)),
      ...(note ? { note } : {})
    })
  }
  return { entries, errors }
}
