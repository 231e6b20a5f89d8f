/**
 * RFC 4180 CSV writing: quotes when needed, CRLF, and cells that a spreadsheet could run as a
 * formula get a leading apostrophe, which `restoreCell` takes off again. Reading is csv-read.ts's
 * `eachCsvRow`, plus the checks in `readCsvRows`.
 *
 * The neutralization rule guards what a spreadsheet would run, and nothing else, so that values
 * such as "+51 (1) 219-7000" or "-5%" reach the translator as they are. After any leading
 * whitespace (space, tab, NBSP, U+3000, line breaks, zero-width spaces…), a cell gets an apostrophe
 * when it starts with = or @ (or their fullwidth and small forms ＝ ＠ ﹦ ﹫), or with + or - (＋ －
 * ﹢ ﹣) followed by what makes a formula act: a letter (a function, a reference, a DDE command),
 * `|`, `!` or a quote, or compact arithmetic such as "-2+3" that the spreadsheet would compute. A
 * cell starting with a tab or CR always gets one, and so does a cell that already starts with an
 * apostrophe, so that `'=literal` comes back as `'=literal`. The typographic minus (−) starts no
 * formula.
 */
import { eachCsvRow } from './csv-read'
import { encodeUtf8 } from './encoding'
import { FormatError } from './errors'

export type CsvDelimiter = ',' | ';' | '\t'

export interface CsvWriteOptions {
  delimiter?: CsvDelimiter
  /** Neutralize formula-looking cells (CSV injection). Default true. */
  neutralizeFormulas?: boolean
}

const LEADING_SPACE = /^[\s\u200b-\u200d\u2060]*/
const FORMULA_SIGNS = new Set(['=', '+', '-', '@', '＝', '＋', '－', '＠', '﹦', '﹢', '﹣', '﹫'])
const ALWAYS_FORMULA = new Set(['=', '@'])
/** After a + or -: a function name, a reference, a DDE command or a string. */
const ACTIVE_AFTER_SIGN = /[\p{L}|!"]/u
/** Numbers joined by operators without spaces: the spreadsheet computes them. */
const COMPACT_ARITHMETIC = /^[+-]?\d[\d.,]*(?:[+\-*/^]\d[\d.,]*)+%?$/
/** What writeCsv neutralized before this rule (old exports): the sign right at the start. */
const LEGACY_NEUTRALIZED = /^'[=+\-@\t\r]/

function formulaLike(cell: string): boolean {
  if (cell.startsWith('\t') || cell.startsWith('\r')) return true
  const rest = cell.slice(LEADING_SPACE.exec(cell)?.[0].length ?? 0)
  if (!FORMULA_SIGNS.has(rest.charAt(0))) return false
  const body = rest.normalize('NFKC')
  if (ALWAYS_FORMULA.has(body.charAt(0)) || body.length === 1) return true
  return ACTIVE_AFTER_SIGN.test(body) || COMPACT_ARITHMETIC.test(body)
}

/** Cells writeCsv writes with an extra leading apostrophe. */
function needsApostrophe(cell: string): boolean {
  return cell.startsWith("'") || formulaLike(cell)
}

function quoteCell(cell: string, delimiter: CsvDelimiter, neutralize: boolean): string {
  const value = neutralize && needsApostrophe(cell) ? `'${cell}` : cell
  const needsQuotes = value.includes(delimiter) || /["\r\n]/.test(value) || /^\s|\s$/.test(value)
  return needsQuotes ? `"${value.replace(/"/g, '""')}"` : value
}

export function writeCsv(rows: readonly (readonly string[])[], options: CsvWriteOptions = {}): string {
  const delimiter = options.delimiter ?? ','
  const neutralize = options.neutralizeFormulas ?? true
  return rows.map((row) => row.map((c) => quoteCell(c, delimiter, neutralize)).join(delimiter)).join('\r\n') + '\r\n'
}

/** Undoes writeCsv's formula neutralization (today's and older exports') and normalizes quoted line breaks to \n. */
export function restoreCell(cell: string): string {
  const restored =
    cell.startsWith("'") && (needsApostrophe(cell.slice(1)) || LEGACY_NEUTRALIZED.test(cell)) ? cell.slice(1) : cell
  return restored.replace(/\r\n?/g, '\n')
}

/** Rows of cells, restored; a quote that never closes refuses the whole file. From text or its UTF-8 bytes. */
export function readCsvRows(input: string | Uint8Array): string[][] {
  const rows: string[][] = []
  const bytes = typeof input === 'string' ? encodeUtf8(input) : input
  const unterminated = eachCsvRow(bytes, (row) => rows.push(row.fields.map(restoreCell)))
  if (unterminated !== null)
    throw new FormatError('format.invalidCsv', { reason: 'unterminated quote', line: unterminated })
  return rows
}
