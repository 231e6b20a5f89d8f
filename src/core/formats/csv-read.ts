/** RFC 4180 CSV reading: quoted fields, doubled quotes, line breaks inside quotes, CRLF or LF. */

export interface CsvRow {
  /** 1-based line where the row starts. */
  line: number
  fields: string[]
}

export interface CsvResult {
  rows: CsvRow[]
  /** Line of a quoted field that never closes, if any (the rest of the file is lost). */
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
  const text = input.replace(/^\uFEFF/, '')
  const rows: CsvRow[] = []
  let fields: string[] = []
  let field = ''
  let line = 1
  let rowLine = 1
  let quoted = false
  let quoteLine = 0
  let i = 0
  const endRow = (): void => {
    fields.push(field)
    if (!(fields.length === 1 && fields[0]?.trim() === '')) rows.push({ line: rowLine, fields })
    fields = []
    field = ''
  }
  while (i < text.length) {
    const ch = text[i] as string
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i += 2
          continue
        }
        quoted = false
      } else {
        if (ch === '\n') line++
        field += ch
      }
      i++
      continue
    }
    if (ch === '"' && field.trim() === '') {
      quoted = true
      quoteLine = line
      field = ''
    } else if (ch === delimiter) {
      fields.push(field)
      field = ''
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      endRow()
      line++
      rowLine = line
    } else field += ch
    i++
  }
  if (quoted) return { rows, unterminatedQuoteAt: quoteLine }
  if (field !== '' || fields.length > 0) endRow()
  return { rows, unterminatedQuoteAt: null }
}
