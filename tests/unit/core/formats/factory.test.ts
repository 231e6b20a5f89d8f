import { describe, expect, it } from 'vitest'
import {
  BILINGUAL_FORMATS,
  GLOSSARY_FORMATS,
  PARAGRAPH_FORMATS,
  readBilingualFile,
  readGlossaryFile,
  readParagraphsFile,
  writeBilingual,
  writeGlossary
} from '../../../../src/backend/formats'
import { fileSource } from '../../../../src/backend/import/decode'
import { encodeUtf8 } from '../../../../src/core/formats/encoding'
import { extensionOf, pickReader, pickWriter } from '../../../../src/core/formats/factory'
import { writeTmx } from '../../../../src/core/formats/tmx'
import { writeXliff } from '../../../../src/core/formats/xliff'
import { expectFormatError, expectFormatErrorAsync, fixture, sampleDocument } from './helpers'

describe('format factory', () => {
  const xliff12 = encodeUtf8(writeXliff(sampleDocument(), '1.2'))
  const xliff2 = encodeUtf8(writeXliff(sampleDocument(), '2.0'))
  const tmx = encodeUtf8(writeTmx(sampleDocument()))

  it('tells XLIFF 1.2 from 2.x by content when the extension is shared', () => {
    expect(pickReader(BILINGUAL_FORMATS, fileSource('nota.xlf', xliff12)).id).toBe('xliff-1.2')
    expect(pickReader(BILINGUAL_FORMATS, fileSource('nota.xliff', xliff2)).id).toBe('xliff-2.0')
    expect(
      pickReader(BILINGUAL_FORMATS, fileSource('C:\\Proyectos\\NOTA.SDLXLIFF', fixture('trados-sample.sdlxliff'))).id
    ).toBe('xliff-1.2')
  })

  it('follows the content when the extension is generic, wrong or missing', () => {
    expect(pickReader(BILINGUAL_FORMATS, fileSource('memoria.xml', tmx)).id).toBe('tmx')
    expect(pickReader(BILINGUAL_FORMATS, fileSource('memoria.xlf', tmx)).id).toBe('tmx')
    expect(pickReader(BILINGUAL_FORMATS, fileSource('memoria', fixture('cat-tool-utf16.tmx'))).id).toBe('tmx')
    expect(pickReader(GLOSSARY_FORMATS, fileSource('terminos.xml', fixture('martif-tbx2.tbx'))).id).toBe('tbx')
  })

  it('keeps kinds apart: .csv is a bilingual table or a termbase depending on what is imported', () => {
    const csv = encodeUtf8('spanish,english\nJurado Nacional de Elecciones,National Jury of Elections\n')
    expect(pickReader(BILINGUAL_FORMATS, fileSource('tabla.csv', csv)).id).toBe('csv')
    expect(pickReader(GLOSSARY_FORMATS, fileSource('terminos.csv', csv)).id).toBe('glossary-csv')
  })

  it('reads through the one-call helpers and reports the format found', async () => {
    const read = await readBilingualFile('nota.xlf', xliff2)
    expect(read.format).toBe('xliff-2.0')
    expect(read.value.units.map((u) => u.target)).toEqual(sampleDocument().units.map((u) => u.target))
    expect((await readGlossaryFile('t.tbx', fixture('tbx3-dct.tbx'))).value.entries[0]?.target).toBe('electoral roll')
    const docx = await writeBilingual('docx-target', sampleDocument())
    const paragraphs = await readParagraphsFile('traduccion.docx', docx)
    expect(paragraphs.format).toBe('docx')
    expect(paragraphs.value).toHaveLength(3)
    expect((await readParagraphsFile('nota.txt', encodeUtf8('Uno.\n\nDos.\n'))).value).toEqual(['Uno.', 'Dos.'])
  })

  it('writes each export format to bytes a reader accepts', async () => {
    for (const id of ['xliff-1.2', 'xliff-2.0', 'tmx', 'csv'] as const) {
      const bytes = await writeBilingual(id, sampleDocument())
      const back = await readBilingualFile(`export${pickWriter(BILINGUAL_FORMATS, id).extensions[0]}`, bytes)
      expect(back.format).toBe(id)
      expect(back.value.units.map((u) => [u.source, u.target, u.state])).toEqual(
        sampleDocument().units.map((u) => [u.source, u.target, u.state])
      )
    }
    const tbx = await writeGlossary('tbx', [
      { source: 'alcalde', target: 'mayor', allowed: [], forbidden: ['alcalde'] }
    ])
    expect((await readGlossaryFile('g.tbx', tbx)).value.entries[0]?.forbidden).toEqual(['alcalde'])
  })

  it('names what it cannot do', async () => {
    expectFormatError(
      () => pickReader(BILINGUAL_FORMATS, fileSource('foto.jpg', new Uint8Array([0xff, 0xd8, 0xff]))),
      'format.unknownFormat'
    )
    expectFormatError(() => pickWriter(PARAGRAPH_FORMATS, 'docx-table'), 'format.notSupported')
    await expectFormatErrorAsync(readBilingualFile('nota.xlf', encodeUtf8('<html><body/></html>')), 'format.notXliff')
  })

  it('finds extensions in paths', () => {
    expect(extensionOf('/home/ana/Nota Final.v2.XLIFF')).toBe('.xliff')
    expect(extensionOf('C:\\docs\\.hidden')).toBe('')
    expect(extensionOf('sin-extension')).toBe('')
  })
})
