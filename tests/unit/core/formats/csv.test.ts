import { describe, expect, it } from 'vitest'
import { readBilingualCsv, writeBilingualCsv } from '../../../../src/core/formats/bilingual-csv'
import { readCsvRows, writeCsv } from '../../../../src/core/formats/csv'
import { fileSource } from '../../../../src/backend/import/decode'
import { encodeUtf8 } from '../../../../src/core/formats/encoding'
import { labelsFor } from '../../../../src/core/formats/labels'
import { bilingualCsvFormat } from '../../../../src/core/formats/registry'
import { expectFormatError, fixture, fixtureText, sampleDocument } from './helpers'

describe('bilingual CSV export', () => {
  it('starts with a UTF-8 BOM and decodes as UTF-8 with accents and typographic quotes intact', async () => {
    const bytes = await bilingualCsvFormat.write!(sampleDocument())
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    expect(text).toContain('vacunación')
    expect(text).toContain('“Our commitment is to the most vulnerable families,”')
    expect(text).toContain('Lucía Ñahui')
  })

  it('ends every record with CRLF and quotes per RFC 4180', () => {
    const text = writeBilingualCsv(sampleDocument())
    const lines = text.split('\r\n')
    expect(lines[0]).toBe('Source (es-PE),Corrected target (en),Status,Comments,Original target (en),ID')
    expect(text.endsWith('\r\n')).toBe(true)
    // The first unit's comments hold a newline and quotes: quoted, quotes doubled.
    expect(text).toContain(
      '"[finding; major; terminology/inconsistent-with-termbase] Termbase: ""Ministerio de Salud"" is ""Ministry of Health"".\n[comment; ; ; Lucía Ñahui] Reworded for a natural headline."'
    )
    // A comma inside a cell forces quotes; a plain cell stays bare.
    expect(text).toContain(
      '"“Our commitment is to the most vulnerable families,” the minister said during the ceremony."'
    )
    expect(text).toContain(',Reviewed,')
  })

  it('reads back the same pairs, states and notes', () => {
    const doc = sampleDocument()
    const back = readBilingualCsv(fileSource('tabla.csv', encodeUtf8(writeBilingualCsv(doc), { bom: true })).text(), {
      name: doc.name
    })
    expect(back.sourceLang).toBe('es-PE')
    expect(back.units).toEqual(doc.units.map(({ createdAt: _c, changedAt: _d, reviewer: _r, ...u }) => u))
  })

  it('reads back a table exported with Spanish headers', () => {
    const doc = sampleDocument()
    const back = readBilingualCsv(writeBilingualCsv(doc, { labels: labelsFor('es') }))
    expect(back.units.map((u) => u.state)).toEqual(['reviewed', 'final', 'translated'])
    expect(back.units[0]?.originalTarget).toBe(doc.units[0]?.originalTarget)
  })

  it('reads a file from its bytes as from its decoded text, Windows-1252 and BOM included', async () => {
    for (const [name, bytes] of [
      ['excel-es-semicolon-cp1252.csv', fixture('excel-es-semicolon-cp1252.csv')],
      ['tabla.csv', encodeUtf8(writeBilingualCsv(sampleDocument()), { bom: true })]
    ] as const) {
      const source = fileSource(name, bytes)
      expect(await bilingualCsvFormat.read!(source)).toEqual(readBilingualCsv(source.text()))
    }
  })

  it('reads a Spanish Excel save: semicolons, Windows-1252, Spanish headers', () => {
    const doc = readBilingualCsv(fixtureText('excel-es-semicolon-cp1252.csv'))
    expect(doc.sourceLang).toBe('es')
    expect(doc.units[0]?.source).toBe('La Sunat amplió el plazo; los contribuyentes tendrán hasta el 30 de junio.')
    expect(doc.units[0]?.state).toBe('reviewed')
    expect(doc.units[0]?.notes).toEqual([{ from: 'comment', text: 'Revisar la fecha', author: 'Óscar' }])
    expect(doc.units[1]?.target).toBe('The procedure is free of charge and done online.')
  })

  it('requires source and target columns', () => {
    expectFormatError(() => readBilingualCsv('Número,Texto\n1,Hola a todos\n'), 'format.missingColumn')
  })
})

describe('CSV primitives', () => {
  it('round-trips commas, quotes, CR/LF inside cells and leading spaces', () => {
    const rows = [
      ['a,b', 'dijo "sí"', 'línea 1\nlínea 2', '  sangría'],
      ['', 'ñandú 🦤', 'x', 'y']
    ]
    expect(readCsvRows(writeCsv(rows))).toEqual(rows)
  })

  it('neutralizes formula-looking cells for spreadsheets and restores them on read', () => {
    const rows = [['=HYPERLINK("http://x","y")', '+51 1 315 6600', '-5 %', '@SUM(A1)', 'normal']]
    const text = writeCsv(rows)
    expect(text.startsWith('"\'=HYPERLINK')).toBe(true)
    expect(text).toContain("'@SUM(A1)")
    // A phone number is not a formula: it reaches the spreadsheet as it is.
    expect(text).toContain(',+51 1 315 6600,')
    expect(readCsvRows(text)).toEqual(rows)
  })

  it('refuses an unterminated quote with its line', () => {
    const error = expectFormatError(() => readCsvRows('a,b\n"sin cerrar,c\n'), 'format.invalidCsv')
    expect(error.params.line).toBe(2)
  })
})
