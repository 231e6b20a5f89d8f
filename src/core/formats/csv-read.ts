/**
 * CSV reading (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes, CRLF, LF or CR)
 * over UTF-8 bytes, one row at a time, so a termbase near the import limit is read without its text
 * ever being one string, and each cell is decoded on its own (one byte a character where it can).
 * Lenient where spreadsheets need it: rows may have any number of cells; a quote inside an unquoted
 * cell is kept; a quote that closes a cell before its end is kept with the one that opened it
 * (`"a"b` reads as `"a"b`); lines that hold nothing or only spaces are skipped. A quote that never
 * closes is reported by the line it opens on, and the file cannot be read then. Only ASCII bytes
 * (quote, delimiter, CR, LF) cut a cell, and none occurs inside a multi-byte character.
 */
import { encodeUtf8, utf8Decoder } from './encoding'

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

const QUOTE = 0x22
const CR = 0x0d
const LF = 0x0a
const DELIMITERS = [',', ';', '\t'] as const

const hasBom = (bytes: Uint8Array): boolean => bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf

/** Picks the delimiter of the first line: spreadsheets in Spanish locales save with ";". */
export function sniffDelimiter(input: string | Uint8Array): string {
  const bytes = typeof input === 'string' ? encodeUtf8(input) : input
  const counts = DELIMITERS.map((d) => ({ d, n: 0, code: d.charCodeAt(0) }))
  for (let i = 0; i < bytes.length && bytes[i] !== LF; i++) for (const c of counts) if (bytes[i] === c.code) c.n++
  const best = counts.reduce((a, b) => (b.n > a.n ? b : a))
  return best.n > 0 ? best.d : ','
}

/**
 * Calls `onRow` with each row of a CSV file's UTF-8 bytes (a leading BOM is skipped), in order.
 * Returns the line of a quote that never closes, or null; the rows before it have been given then.
 */
export function eachCsvRow(
  bytes: Uint8Array,
  onRow: (row: CsvRow) => void,
  delimiter: string = sniffDelimiter(bytes)
): number | null {
  const d = delimiter.charCodeAt(0)
  const decoder = utf8Decoder()
  const decode = (from: number, to: number): string => (from < to ? decoder.decode(bytes.subarray(from, to)) : '')
  const n = bytes.length
  let pos = hasBom(bytes) ? 3 : 0
  let line = 1
  let rowLine = 1
  let fields: string[] = []
  // The current cell: what was decoded of it, and where its undecoded run starts.
  let cell = ''
  let from = pos
  let quoting = false
  let wasQuoted = false
  let quoteLine = 0

  const endCell = (to: number): void => {
    fields.push(cell + decode(from, to))
    cell = ''
    wasQuoted = false
  }
  const endRow = (): void => {
    if (fields.length > 1 || (fields[0] ?? '').trim() !== '') onRow({ line: rowLine, fields })
    fields = []
  }
  /** Length of the line break at `at` (CRLF counts as one), 0 when there is none. */
  const lineBreak = (at: number): number => {
    const c = bytes[at]
    if (c === CR) return bytes[at + 1] === LF ? 2 : 1
    return c === LF ? 1 : 0
  }

  while (pos < n) {
    const c = bytes[pos] as number
    if (quoting) {
      if (c === QUOTE) {
        const next = bytes[pos + 1]
        if (next === QUOTE) {
          // A doubled quote: one quote of the text.
          cell += decode(from, pos + 1)
          pos += 2
        } else if (next === undefined || next === d || next === CR || next === LF) {
          cell += decode(from, pos)
          quoting = false
          wasQuoted = true
          pos += 1
        } else {
          // Text after a closing quote: the cell was not quoted after all; its quotes are text.
          cell = `"${cell}${decode(from, pos + 1)}`
          quoting = false
          wasQuoted = true
          pos += 1
        }
        from = pos
        continue
      }
      const br = lineBreak(pos)
      if (br > 0) line++
      pos += Math.max(br, 1)
      continue
    }
    if (c === QUOTE && cell === '' && from === pos) {
      quoting = true
      quoteLine = line
      pos += 1
      from = pos
      continue
    }
    if (c === d) {
      endCell(pos)
      pos += 1
      from = pos
      continue
    }
    const br = lineBreak(pos)
    if (br > 0) {
      const emptyLine = !wasQuoted && fields.length === 0 && cell === '' && from === pos
      if (!emptyLine) {
        endCell(pos)
        endRow()
      }
      line++
      pos += br
      from = pos
      rowLine = line
      continue
    }
    pos += 1
  }
  if (quoting) return quoteLine
  if (wasQuoted || fields.length > 0 || cell !== '' || from < n) {
    endCell(n)
    endRow()
  }
  return null
}

/** Every row of a CSV text; none when a quote never closes. */
export function readCsv(input: string, delimiter = sniffDelimiter(input)): CsvResult {
  const rows: CsvRow[] = []
  const unterminatedQuoteAt = eachCsvRow(encodeUtf8(input), (row) => rows.push(row), delimiter)
  return unterminatedQuoteAt === null ? { rows, unterminatedQuoteAt } : { rows: [], unterminatedQuoteAt }
}
