import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { readBilingualFile, readGlossaryFile, readParagraphsFile } from '../../../../src/backend/formats'
import { readGlossaryInput } from '../../../../src/backend/import/read'
import { openServices } from '../../../../src/backend/services/open'
import { AppError } from '../../../../src/core/api/result'
import { MAX_IMPORT_BYTES } from '../../../../src/core/formats/limits'
import { tempDir } from '../../support/fs'

// Made-up release sentences with every character a bad decoder loses: á é í ó ú ñ ü ¿ ¡ “ ” – €.
const ES = 'El Ministerio de Economía destinará 5 millones de € a la campaña “Año del niño” – ¿y la cigüeña?'
const EN = 'The Ministry of Economy will allocate €5 million to the “Year of the Child” campaign.'

const tmx = (decl: string): string =>
  `<?xml version="1.0" encoding="${decl}"?>\n<tmx version="1.4"><header srclang="es" datatype="plaintext" ` +
  `segtype="paragraph" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/><body><tu>` +
  `<tuv xml:lang="es"><seg>${ES}</seg></tuv><tuv xml:lang="en"><seg>${EN}</seg></tuv></tu></body></tmx>\n`

const withBom = (bom: number[], bytes: Buffer): Uint8Array => new Uint8Array(Buffer.concat([Buffer.from(bom), bytes]))

describe('every import path reads text through the one decoder', () => {
  it.each([
    ['UTF-8', new Uint8Array(Buffer.from(tmx('UTF-8'), 'utf8'))],
    ['UTF-8 with BOM', withBom([0xef, 0xbb, 0xbf], Buffer.from(tmx('UTF-8'), 'utf8'))],
    ['UTF-16 LE with BOM', withBom([0xff, 0xfe], iconv.encode(tmx('UTF-16'), 'utf-16le'))],
    ['UTF-16 BE with BOM', withBom([0xfe, 0xff], iconv.encode(tmx('UTF-16'), 'utf-16be'))],
    ['windows-1252 (declared)', new Uint8Array(iconv.encode(tmx('windows-1252'), 'windows-1252'))],
    ['Latin-1 (declared, read as windows-1252)', new Uint8Array(iconv.encode(tmx('ISO-8859-1'), 'windows-1252'))]
  ])('a TMX in %s keeps ñ, €, accents and typographic quotes', async (_label, bytes) => {
    const { format, value } = await readBilingualFile('memoria.tmx', bytes)
    expect(format).toBe('tmx')
    expect(value.units.map((u) => [u.source, u.target])).toEqual([[ES, EN]])
  })

  it('reads a termbase CSV saved by Spanish Excel (windows-1252, semicolons)', async () => {
    const csv = iconv.encode(`español;inglés\r\nAño Nacional de la Niñez;National Year of Children\r\n`, 'windows-1252')
    const { value } = await readGlossaryFile('términos.csv', new Uint8Array(csv))
    expect(value.entries.map((e) => [e.source, e.target])).toEqual([
      ['Año Nacional de la Niñez', 'National Year of Children']
    ])
  })

  it('reads a UTF-16 text file as paragraphs', async () => {
    const bytes = withBom([0xff, 0xfe], iconv.encode(`${ES}\r\n\r\nSegundo párrafo.`, 'utf-16le'))
    expect((await readParagraphsFile('nota.txt', bytes)).value).toEqual([ES, 'Segundo párrafo.'])
  })

  it('refuses a binary file named as text or XML with import.binary', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
    await expect(readParagraphsFile('nota.txt', png)).rejects.toMatchObject({ code: 'import.binary' })
    await expect(readBilingualFile('memoria.tmx', png)).rejects.toMatchObject({ code: 'import.binary' })
    await expect(readGlossaryFile('terminos.csv', png)).rejects.toMatchObject({ code: 'import.binary' })
  })

  it('refuses every kind of file over the one import limit, naming the limit', async () => {
    const big = new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x20)
    for (const read of [
      () => readBilingualFile('memoria.tmx', big),
      () => readGlossaryFile('terminos.tbx', big),
      () => readParagraphsFile('nota.txt', big)
    ])
      await expect(read()).rejects.toMatchObject({ code: 'import.tooLarge', params: { limitMb: 10 } })
  })

  it.each([
    ['a combined release', 'importCombined'],
    ['a bilingual file', 'importBilingual']
  ] as const)('refuses %s over the limit with import.tooLarge and stores nothing', async (_label, method) => {
    const services = openServices(tempDir())
    const project = await services.handlers.createProject({ name: 'Notas' })
    const big = Buffer.alloc(MAX_IMPORT_BYTES + 1, 0x61)
    const file = { name: method === 'importCombined' ? 'nota.txt' : 'memoria.tmx', base64: big.toString('base64') }
    // Called without the schema (which refuses the payload as 'validation' first) to reach the service.
    const input = { projectId: project.id, file, sourceLang: 'es', targetLang: 'en' } as const
    const error = await Promise.resolve()
      .then(() => services.handlers[method](input))
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).code).toBe('import.tooLarge')
    const count = (t: string): number =>
      (services.db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n
    expect([count('document'), count('paragraph'), count('recent_file')]).toEqual([0, 0, 0])
    services.close()
  })
})

describe('an imported glossary obeys the limits of a typed term', () => {
  const file = (csv: string): { name: string; base64: string } => ({
    name: 'terminos.csv',
    base64: Buffer.from(csv, 'utf8').toString('base64')
  })

  it('skips and lists a term over 500 characters, and keeps the others', async () => {
    const long = `Dirección ${'general '.repeat(70)}`
    const value = await readGlossaryInput(
      file(`source,target\nSecretaría de Comunicación,Communications Secretariat\n${long},Directorate\n`)
    )
    expect(value.entries.map((e) => e.source)).toEqual(['Secretaría de Comunicación'])
    expect(value.skipped).toEqual([expect.objectContaining({ code: 'invalidTerm' })])
  })

  it('refuses a file none of whose terms can be kept', async () => {
    await expect(readGlossaryInput(file(`source,target\n${'x'.repeat(600)},y\n`))).rejects.toMatchObject({
      code: 'glossary.invalid'
    })
  })
})
