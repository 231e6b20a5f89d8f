/**
 * The bilingual table as CSV for spreadsheet programs: UTF-8 with BOM (without it Excel reads the
 * accents as Windows-1252), RFC 4180 quoting, CRLF. Columns: source | corrected target | status |
 * comments | original target | id. Reading finds columns by header, in English or Spanish.
 */
import { readCsvRows, writeCsv, type CsvDelimiter } from './csv'
import { FormatError } from './errors'
import { foldLabel, labelsFor, parseStateLabel, type ExportLabels } from './labels'
import {
  assertUnitCount,
  assertWritable,
  uniqueIds,
  type BilingualDocument,
  type BilingualReadOptions,
  type BilingualUnit
} from './model'
import { formatNotes, parseNotes } from './notes'

export interface BilingualCsvOptions {
  labels?: ExportLabels
  delimiter?: CsvDelimiter
}

export function writeBilingualCsv(doc: BilingualDocument, options: BilingualCsvOptions = {}): string {
  assertWritable(doc)
  const l = options.labels ?? labelsFor('en')
  const header = [
    `${l.source} (${doc.sourceLang})`,
    `${l.target} (${doc.targetLang})`,
    l.status,
    l.comments,
    `${l.originalTarget} (${doc.targetLang})`,
    l.id
  ]
  const rows = doc.units.map((u) => [
    u.source,
    u.target,
    l.states[u.state],
    formatNotes(u.notes),
    u.originalTarget ?? '',
    u.id
  ])
  return writeCsv([header, ...rows], { delimiter: options.delimiter })
}

type Column = 'source' | 'target' | 'status' | 'comments' | 'originalTarget' | 'id'

/** Which column a header names. Order matters: "original target" before "target". */
function classify(header: string): Column | null {
  const h = foldLabel(header)
  const has = (...words: string[]): boolean => words.some((w) => h.includes(w))
  if (h === 'id' || h === 'tuid' || h === 'segment id') return 'id'
  if (has('original') && has('target', 'traduccion', 'destino', 'translation')) return 'originalTarget'
  if (has('source', 'origen', 'fuente') || h === 'original' || h === 'spanish' || h === 'espanol') return 'source'
  if (
    has('target', 'traduccion', 'destino', 'translation', 'corregid', 'corrected') ||
    h === 'english' ||
    h === 'ingles'
  )
    return 'target'
  if (has('status', 'state', 'estado')) return 'status'
  if (has('comment', 'note', 'comentario', 'nota', 'observacion')) return 'comments'
  return null
}

function languageIn(header: string | undefined): string {
  return /\(([A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)\)/.exec(header ?? '')?.[1] ?? ''
}

export function readBilingualCsv(
  input: string | Uint8Array,
  options: BilingualReadOptions & { labels?: ExportLabels } = {}
): BilingualDocument {
  const rows = readCsvRows(input)
  const header = rows[0]
  if (!header) throw new FormatError('format.emptyDocument')
  const columns = new Map<Column, number>()
  header.forEach((h, i) => {
    const c = classify(h)
    if (c && !columns.has(c)) columns.set(c, i)
  })
  for (const required of ['source', 'target'] as const) {
    if (!columns.has(required)) throw new FormatError('format.missingColumn', { column: required })
  }
  const cell = (row: string[], c: Column): string | undefined => {
    const i = columns.get(c)
    return i === undefined ? undefined : row[i]
  }
  const units: BilingualUnit[] = []
  rows.slice(1).forEach((row, i) => {
    const unit: BilingualUnit = {
      id: cell(row, 'id') || String(i + 1),
      source: cell(row, 'source') ?? '',
      target: cell(row, 'target') ?? '',
      state: parseStateLabel(cell(row, 'status') ?? '', options.labels),
      notes: parseNotes(cell(row, 'comments') ?? '')
    }
    const original = cell(row, 'originalTarget')
    if (original) unit.originalTarget = original
    if (unit.source !== '' || unit.target !== '') units.push(unit)
    assertUnitCount(units.length)
  })
  if (units.length === 0) throw new FormatError('format.emptyDocument')
  const sourceHeader = header[columns.get('source') as number]
  const targetHeader = header[columns.get('target') as number]
  return {
    name: options.name ?? '',
    sourceLang: languageIn(sourceHeader) || options.sourceLang || '',
    targetLang: languageIn(targetHeader) || options.targetLang || '',
    units: uniqueIds(units)
  }
}
