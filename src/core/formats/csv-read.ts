/**
 * CSV reading (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes, CRLF, LF or CR)
 * through csv-parse, which is maintained for exactly this and handles the corners a hand-written
 * reader gets wrong. This module adds what Cotejo's files need: the delimiter Spanish spreadsheets
 * save with, the line each row starts on, and a quote that never closes reported by its line.
 */
import { CsvError, parse } from 'csv-parse/sync'

export interface CsvRow {
  /** 1-based line where the row starts. */
  line: number
  fields: string[]
}

export interface CsvResult {
  rows: CsvRow[]
  /** Line of a quoted field that never closes, if any (the file cannot be read then). */
  unterminatedQuoteAt: number | null
}

/** Picks the delimiter of the first line: spreadsheets in Spanish locales save with ";". */
export function sniffDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? ''
  const counts = [',', ';', '\t'].map((d) => ({ d, n: firstLine.split(d).length - 1 }))
  const best = counts.reduce((a, b) => (b.n > a.n ? b : a))
  return best.n > 0 ? best.d : ','
}

export function readCsv(input: string, delimiter = sniffDelimiter(input)): CsvResult {
  try {
    const records = parse(input, {
      delimiter,
      bom: true,
      info: true,
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true
    }) as unknown as Array<{ record: string[]; info: { lines: number; records: number } }>
    let next = 1
    const rows: CsvRow[] = []
    for (const { record, info } of records) {
      // `info.lines` is the line the record ends on; a record starts on the line after the last one.
      const line = next
      next = info.lines + 1
      if (record.length === 1 && record[0]?.trim() === '') continue
      rows.push({ line: Math.min(line, info.lines), fields: record })
    }
    return { rows, unterminatedQuoteAt: null }
  } catch (err) {
    if (err instanceof CsvError && err.code === 'CSV_QUOTE_NOT_CLOSED')
      return { rows: [], unterminatedQuoteAt: quoteLine(input, delimiter) }
    throw err
  }
}

/** The line of the quote that opens the field left open (the parser reports where it gave up). */
function quoteLine(text: string, delimiter: string): number {
  let line = 1
  let open = 0
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (ch === '\n') line++
    if (ch !== '"') continue
    if (quoted && text[i + 1] === '"') i++
    else if (quoted) quoted = false
    else if (i === 0 || text[i - 1] === delimiter || text[i - 1] === '\n' || text[i - 1] === '\r') {
      quoted = true
      open = line
    }
  }
  return open
}
