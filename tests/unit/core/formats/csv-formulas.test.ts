import { describe, expect, it } from 'vitest'
import { readCsvRows, writeCsv } from '../../../../src/core/formats/csv'
import { readGlossaryCsv, writeGlossaryCsv } from '../../../../src/core/formats/glossary-csv'

const written = (cell: string): string => writeCsv([[cell]], { delimiter: ';' }).slice(0, -2)
const roundTrip = (cell: string): string | undefined => readCsvRows(writeCsv([[cell, 'x']]))[0]?.[0]

describe('CSV formula neutralization', () => {
  const formulas = [
    '=1+1',
    '+cmd|" /C calc"!A0',
    '-2+3',
    '@SUM(A1:A9)',
    ' =1+1',
    '\t=1+1',
    '\u00a0=HYPERLINK("http://example.com")',
    '\u3000+1+1',
    '\n-2+3',
    '\r\n@SUM(A1)',
    '\u200b=1',
    '＝１＋１',
    '＋cmd',
    '－1+1',
    '＠SUM(A1)',
    '=',
    '-'
  ]

  it('puts an apostrophe before anything a spreadsheet could run, also after leading whitespace and in fullwidth', () => {
    for (const cell of formulas) {
      expect(written(cell).replace(/^"/, ''), JSON.stringify(cell)).toMatch(/^'/)
      // Reading turns CRLF and CR into LF, as it always has.
      expect(roundTrip(cell)).toBe(cell.replace(/\r\n?/g, '\n'))
    }
  })

  it('leaves negative numbers and other ordinary values alone', () => {
    for (const cell of [
      '-5',
      '-3.5',
      '-3,5 %',
      '−3,5 %',
      '-1 234,56',
      '-5%',
      '+51 (1) 219-7000',
      '+34 91 123 45 67',
      '-(2)',
      '12 %',
      'Ministerio de Salud',
      'e-mail',
      'a = b'
    ]) {
      expect(written(cell).replace(/^"|"$/g, ''), JSON.stringify(cell)).toBe(cell)
      expect(roundTrip(cell)).toBe(cell)
    }
  })

  it('keeps a leading apostrophe that is part of the text', () => {
    for (const cell of ["'=literal", "'90s", "'hola", "''", "'-5"]) expect(roundTrip(cell)).toBe(cell)
  })

  it('still reads back files written by the older rule (apostrophe only before the sign)', () => {
    expect(readCsvRows("'-5,'=1+1,'@x,'hola\r\n")[0]).toEqual(['-5', '=1+1', '@x', "'hola"])
  })

  it('a glossary term starting with an apostrophe survives export and import', () => {
    const entries = [{ source: "'=literal", target: "'=literal", allowed: [], forbidden: [] }]
    const back = readGlossaryCsv(writeGlossaryCsv(entries)).entries
    expect(back.map((e) => [e.source, e.target])).toEqual([["'=literal", "'=literal"]])
  })
})
