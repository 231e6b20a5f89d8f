import { describe, expect, it } from 'vitest'
import { eachCsvRow, readCsv, sniffDelimiter, type CsvRow } from '../../../../src/core/formats/csv-read'
import { parseGlossaryCsv } from '../../../../src/core/formats/glossary-parse'

const HEADER = 'spanish,english,forbidden_english_variants,note'

describe('readCsv (RFC 4180)', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const { rows, unterminatedQuoteAt } = readCsv('a,"b, c","say ""hi""","two\nlines"\r\nd,e,f,g\n')
    expect(unterminatedQuoteAt).toBeNull()
    expect(rows.map((r) => r.fields)).toEqual([
      ['a', 'b, c', 'say "hi"', 'two\nlines'],
      ['d', 'e', 'f', 'g']
    ])
    expect(rows[1]?.line).toBe(3)
  })
  it('reports a quote that never closes', () => {
    expect(readCsv('a,b\n"open,c\nd,e').unterminatedQuoteAt).toBe(2)
  })
  it('sniffs the delimiter of spreadsheets saved in Spanish locales', () => {
    expect(sniffDelimiter('español;inglés;nota\nx;y;z')).toBe(';')
    expect(sniffDelimiter('spanish,english\nx,y')).toBe(',')
  })
})

describe('parseGlossaryCsv', () => {
  it('parses the documented columns, splitting variants on |', () => {
    const { entries, errors } = parseGlossaryCsv(
      `${HEADER}\nventanilla única,single window,only window|unique window,"Trámites en un solo lugar, presencial o digital."\n`
    )
    expect(errors).toEqual([])
    expect(entries).toEqual([
      {
        source: 'ventanilla única',
        target: 'single window',
        allowed: [],
        forbidden: ['only window', 'unique window'],
        note: 'Trámites en un solo lugar, presencial o digital.'
      }
    ])
  })
  it('tolerates a byte-order mark, CRLF and blank lines', () => {
    const { entries } = parseGlossaryCsv(`\uFEFF${HEADER}\r\n\r\nDefensoría del Pueblo,Ombudsman's Office,,\r\n`)
    expect(entries.map((e) => e.source)).toEqual(['Defensoría del Pueblo'])
    expect(entries[0]?.note).toBeUndefined()
  })
  it('accepts an allowed_english_variants column in any position', () => {
    const { entries } = parseGlossaryCsv(
      'english,spanish,allowed_english_variants\nsoup kitchen,comedor popular,community kitchen | people’s kitchen\n'
    )
    expect(entries[0]).toMatchObject({
      source: 'comedor popular',
      target: 'soup kitchen',
      allowed: ['community kitchen', 'people’s kitchen'],
      forbidden: []
    })
  })
  it('drops a variant equal to the preferred term', () => {
    const { entries } = parseGlossaryCsv(
      `${HEADER}\ncanasta básica,basic food basket,Basic Food Basket|basic basket,\n`
    )
    expect(entries[0]?.forbidden).toEqual(['basic basket'])
  })
  it('reads a file without a header in the documented column order', () => {
    const { entries } = parseGlossaryCsv('padrón electoral,electoral roll,electoral pattern,\n')
    expect(entries[0]).toMatchObject({
      source: 'padrón electoral',
      target: 'electoral roll',
      forbidden: ['electoral pattern']
    })
  })
  it('reads semicolon-separated files', () => {
    const { entries } = parseGlossaryCsv('español;inglés;prohibidas\nbono familiar;family subsidy;family bond\n')
    expect(entries[0]).toMatchObject({ source: 'bono familiar', target: 'family subsidy', forbidden: ['family bond'] })
  })
  it('reports bad rows with their line and keeps the good ones', () => {
    const { entries, errors } = parseGlossaryCsv(
      `${HEADER}\nSUNAT,SUNAT,,\n,empty source,,\nSUNAT,Tax Agency,,\nGobierno Regional,Regional Government,,\n`
    )
    expect(entries.map((e) => e.source)).toEqual(['SUNAT', 'Gobierno Regional'])
    expect(errors).toEqual([
      { line: 3, code: 'emptyTerm', detail: 'empty source' },
      { line: 4, code: 'duplicate', detail: 'SUNAT' }
    ])
  })
  it('finds a term given again in other case among thousands, and only that one', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `término ${i},term ${i},,`)
    rows.splice(4000, 0, 'TÉRMINO 17,term 17 again,,', 'Término 3999,term again,,')
    const { entries, errors } = parseGlossaryCsv(`${HEADER}\n${rows.join('\n')}\n`)
    expect(entries).toHaveLength(5000)
    expect(errors).toEqual([
      { line: 4002, code: 'duplicate', detail: 'TÉRMINO 17' },
      { line: 4003, code: 'duplicate', detail: 'Término 3999' }
    ])
  })
  it('finds an ASCII term given again with capitals, either way round', () => {
    const { errors } = parseGlossaryCsv(
      `${HEADER}\nlabor union,sindicato,,\nLabor Union,x,,\nTAX OFFICE,y,,\ntax office,z,,\n`
    )
    expect(errors.map((e) => e.detail)).toEqual(['Labor Union', 'tax office'])
  })
  it('refuses a header without the required columns', () => {
    const { entries, errors } = parseGlossaryCsv('spanish,note\nalcalde,mayor\n')
    expect(entries).toEqual([])
    expect(errors).toEqual([{ line: 1, code: 'missingColumns', detail: 'english' }])
  })
  it('reports an unterminated quote', () => {
    const { errors } = parseGlossaryCsv(`${HEADER}\nalcalde,mayor,,"never closed\n`)
    expect(errors.map((e) => e.code)).toContain('unterminatedQuote')
  })
  it('returns nothing for an empty file', () => {
    expect(parseGlossaryCsv('')).toEqual({ entries: [], errors: [] })
  })
})

describe('eachCsvRow (from UTF-8 bytes, a row at a time)', () => {
  const rowsOf = (text: string, delimiter?: string): { rows: CsvRow[]; open: number | null } => {
    const rows: CsvRow[] = []
    const open = eachCsvRow(new TextEncoder().encode(text), (row) => rows.push(row), delimiter)
    return { rows, open }
  }

  it('keeps accents, typographic quotes and a U+FEFF inside a cell; skips the file BOM only', () => {
    const { rows } = rowsOf('\uFEFFpeñón,“comillas”\n\uFEFFcelda,"dos\r\nlíneas"\n')
    expect(rows.map((r) => r.fields)).toEqual([
      ['peñón', '“comillas”'],
      ['\uFEFFcelda', 'dos\r\nlíneas']
    ])
  })

  it('keeps quotes that do not enclose a whole cell as text', () => {
    const { rows } = rowsOf('a "b" c,"d"e,"f""g"\n')
    expect(rows[0]?.fields).toEqual(['a "b" c', '"d"e', 'f"g'])
  })

  it('gives each row the line it starts on, after blank lines and cells over several lines', () => {
    const { rows } = rowsOf('\n\nuno,"a\nb"\r\n\r\n  \ndos,c\rtres,d')
    expect(rows.map((r) => [r.line, r.fields[0]])).toEqual([
      [3, 'uno'],
      [7, 'dos'],
      [8, 'tres']
    ])
  })

  it('reports the line where a quote that never closes opens', () => {
    expect(rowsOf('a,b\nc,"open\nd,e\n').open).toBe(2)
  })

  it('splits on the delimiter of the first line', () => {
    expect(rowsOf('a;b;c,d\ne;f;g,h\n').rows.map((r) => r.fields)).toEqual([
      ['a', 'b', 'c,d'],
      ['e', 'f', 'g,h']
    ])
  })
})
