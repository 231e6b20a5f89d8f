/**
 * RFC 4180 CSV writing: quotes when needed, CRLF, and cells that a spreadsheet would run as a
 * formula (=, +, -, @ first) get a leading apostrophe, which `restoreCell` takes off again.
 * Reading is the glossary module's `readCsv`, plus the checks in `readCsvRows`.
 */
import { readCsv } from './csv-read'
import { FormatError } from './errors'

export type CsvDelimiter = ',' | ';' | '\t'

export interface CsvWriteOptions {
  delimiter?: CsvDelimiter
  /** Neutralize formula-looking cells (CSV injection). Default true. */
  neutralizeFormulas?: boolean
}

const FORMULA_START = /^[=+\-@\t\r]/
/** A neutralized cell: the apostrophe writeCsv added before a formula-looking start. */
const NEUTRALIZED = /^'(?=[=+\-@\t\r])/

function quoteCell(cell: string, delimiter: CsvDelimiter, neutralize: boolean): string {
  const value = neutralize && FORMULA_START.test(cell) ? `'${cell}` : cell
  const needsQuotes = value.includes(delimiter) || /["\r\n]/.test(value) || /^\s|\s$/.test(value)
  return needsQuotes ? `"${value.replace(/"/g, '""')}"` : value
}

export function writeCsv(rows: readonly (readonly string[])[], options: CsvWriteOptions = {}): string {
  const delimiter = options.delimiter ?? ','
  const neutralize = options.neutralizeFormulas ?? true
  return rows.map((row) => row.map((c) => quoteCell(c, delimiter, neutralize)).join(delimiter)).join('\r\n') + '\r\n'
}

/** Undoes writeCsv's formula neutralization and normalizes quoted line breaks to \n. */
export function restoreCell(cell: string): string {
  return cell.replace(NEUTRALIZED, '').replace(/\r\n?/g, '\n')
}

/** Rows of cells, restored; a quote that never closes refuses the whole file. */
export function readCsvRows(text: string): string[][] {
  const csv = readCsv(text)
  if (csv.unterminatedQuoteAt !== null) {
    throw new FormatError('format.invalidCsv', { reason: 'unterminated quote', line: csv.unterminatedQuoteAt })
  }
  return csv.rows.map((r) => r.fields.map(restoreCell))
}
