import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { decodeHead, decodeText, fileSource, utf8Text } from '../../../../src/backend/import/decode'
import { AppError } from '../../../../src/core/api/result'
import { FormatError } from '../../../../src/core/formats/errors'

const SPANISH = 'La Secretaría anunció que el año próximo habrá 9.000 puestos más, según el señor Muñoz: “¡sí!”'

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn()
  } catch (err) {
    return err instanceof AppError || err instanceof FormatError ? err.code : 'not-app-error'
  }
  return undefined
}

describe('decodeText', () => {
  it.each([
    ['utf-8', Buffer.from(SPANISH, 'utf8'), 'utf-8'],
    ['utf-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SPANISH, 'utf8')]), 'utf-8-bom'],
    ['utf-16le with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(SPANISH, 'utf-16le')]), 'utf-16le'],
    ['utf-16be with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(SPANISH, 'utf-16be')]), 'utf-16be'],
    ['utf-16le without BOM', iconv.encode(SPANISH, 'utf-16le'), 'utf-16le'],
    ['windows-1252', iconv.encode(SPANISH, 'windows-1252'), 'windows-1252']
  ])('reads %s with accents, ñ and typographic quotes intact', (_label, bytes, encoding) => {
    const decoded = decodeText(new Uint8Array(bytes), 'nota.txt')
    expect(decoded.text).toBe(SPANISH)
    expect(decoded.encoding).toBe(encoding)
  })

  it('refuses binary files: office documents, PDFs, images, random bytes with NULs', () => {
    expect(codeOf(() => decodeText(Buffer.from('%PDF-1.7\n...'), 'a.pdf'))).toBe('import.binary')
    expect(codeOf(() => decodeText(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'a.docx'))).toBe('import.binary')
    expect(codeOf(() => decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]), 'a.png'))).toBe('import.binary')
    const noise = Buffer.alloc(4096)
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919) % 256
    expect(codeOf(() => decodeText(noise, 'noise.bin'))).toBe('import.binary')
  })

  it('refuses text full of control characters', () => {
    const bytes = Buffer.from('texto\u0001\u0002\u0003\u0004\u0005 normal'.repeat(10), 'utf8')
    expect(codeOf(() => decodeText(bytes, 'x.txt'))).toBe('import.binary')
  })

  it('refuses empty files and files over the limit, naming the limit', () => {
    expect(codeOf(() => decodeText(new Uint8Array(0), 'x.txt'))).toBe('import.emptyFile')
    try {
      decodeText(new Uint8Array(2048), 'big.txt', { maxBytes: 1024 })
      expect.unreachable()
    } catch (err) {
      expect((err as AppError).code).toBe('import.tooLarge')
      expect((err as AppError).params).toMatchObject({ file: 'big.txt' })
    }
  })

  it('reads an XML file in the encoding its declaration names, and refuses undeclared non-UTF-8 XML', () => {
    const xml = (decl: string): string =>
      `<?xml version="1.0" encoding="${decl}"?><tmx version="1.4"><body><tu><tuv xml:lang="es"><seg>${SPANISH}</seg></tuv></tu></body></tmx>`
    const latin1 = iconv.encode(xml('ISO-8859-1'), 'windows-1252')
    expect(decodeText(latin1, 'memoria.tmx', { xml: true }).text).toBe(xml('ISO-8859-1'))
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(xml('UTF-16'), 'utf-16le')])
    expect(decodeText(utf16, 'memoria.tmx', { xml: true }).text).toBe(xml('UTF-16'))
    const undeclared = iconv.encode(xml('UTF-8').replace(' encoding="UTF-8"', ''), 'windows-1252')
    expect(codeOf(() => decodeText(undeclared, 'memoria.tmx', { xml: true }))).toBe('format.encoding')
    expect(codeOf(() => decodeText(iconv.encode(xml('klingon-8'), 'utf8'), 'm.tmx', { xml: true }))).toBe(
      'format.encoding'
    )
    // A plain text file in the same bytes is read as Windows-1252, the Spanish-Windows default.
    expect(decodeText(undeclared, 'nota.txt').encoding).toBe('windows-1252')
  })

  it('gives the formats factory a head to sniff even from UTF-16 or binary bytes, never throwing', () => {
    expect(decodeHead(iconv.encode('<tmx version="1.4">', 'utf-16le'))).toBe('<tmx version="1.4">')
    expect(decodeHead(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode('<xliff>', 'utf-16be')]))).toBe('<xliff>')
    expect(() => decodeHead(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]))).not.toThrow()
  })

  it('decodes a file source once, and only when its text is asked for', () => {
    const png = fileSource('foto.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]))
    expect(png.bytes.length).toBe(8)
    expect(codeOf(() => png.text())).toBe('import.binary')
    const source = fileSource('nota.txt', iconv.encode(SPANISH, 'windows-1252'))
    expect(source.text()).toBe(SPANISH)
    expect(source.text()).toBe(source.text())
  })
})

describe('utf8Text (the file as UTF-8 bytes, for readers that go through it once)', () => {
  it.each([
    ['utf-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SPANISH, 'utf8')])],
    ['utf-16le with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(SPANISH, 'utf-16le')])],
    ['utf-16be without BOM', iconv.encode(SPANISH, 'utf-16be')],
    ['windows-1252', iconv.encode(SPANISH, 'windows-1252')]
  ])('gives the same text as decodeText for %s, without the BOM', (_label, bytes) => {
    const out = utf8Text(new Uint8Array(bytes), 'nota.csv')
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(out)).toBe(
      decodeText(new Uint8Array(bytes), 'nota.csv').text
    )
  })

  it('hands back the bytes of the file when they are UTF-8 already, not a copy', () => {
    const bytes = new Uint8Array(Buffer.from(SPANISH, 'utf8'))
    expect(utf8Text(bytes, 'nota.csv')).toBe(bytes)
  })

  it('refuses what decodeText refuses: binary files, control characters, empty files', () => {
    expect(codeOf(() => utf8Text(Buffer.from('%PDF-1.7\n...'), 'a.csv'))).toBe('import.binary')
    expect(codeOf(() => utf8Text(Buffer.from('a,b\n\u0001\u0002\u0003\u0004,c\n'), 'a.csv'))).toBe('import.binary')
    expect(codeOf(() => utf8Text(new Uint8Array(), 'a.csv'))).toBe('import.emptyFile')
  })
})
