import { describe, expect, it } from 'vitest'
import { runBounded } from '../core/formats/bounded-child'
import { codePointCount, Utf8Text } from '../../../src/core/api/utf8-text'
import { parseJsonBody } from '../../../src/server/json-body'

const body = (value: unknown): Buffer => Buffer.from(JSON.stringify(value))
/** Bytes of every value, so that a slip of one byte anywhere shows. */
const fileBytes = (n: number): Buffer => Buffer.from(Array.from({ length: n }, (_, i) => (i * 7 + (i >> 8)) % 256))

describe('browser-mode request bodies', () => {
  it('decodes a large base64 file into its bytes, whatever its length modulo 3, keeping the rest of the call', () => {
    for (const size of [300_000, 300_001, 300_002]) {
      const bytes = fileBytes(size)
      const input = { projectId: 7, file: { name: 'nota.xlf', path: null, base64: bytes.toString('base64') } }
      const parsed = parseJsonBody(body(input)) as { projectId: number; file: Record<string, unknown> }
      expect(parsed.projectId).toBe(7)
      expect(parsed.file).toMatchObject({ name: 'nota.xlf', path: null, base64: '' })
      expect(Buffer.from(parsed.file['bytes'] as Uint8Array).equals(bytes)).toBe(true)
    }
  })

  it('decodes a file over its characters in the body: no second buffer of it', () => {
    const bytes = fileBytes(300_000)
    const raw = body({ file: { name: 'nota.xlf', base64: bytes.toString('base64') } })
    const parsed = parseJsonBody(raw) as { file: { bytes: Uint8Array } }
    expect(parsed.file.bytes.buffer).toBe(raw.buffer)
    expect(Buffer.from(parsed.file.bytes).equals(bytes)).toBe(true)
  })

  it('decodes every file of a call (a pair) in place, and leaves small files as base64', () => {
    const [a, b] = [fileBytes(200_000), fileBytes(150_000).reverse()]
    const small = Buffer.from('Hola.').toString('base64')
    const input = {
      source: { name: 'a.txt', base64: a.toString('base64') },
      target: { name: 'b.txt', base64: b.toString('base64') },
      extra: { name: 'c.txt', base64: small }
    }
    const parsed = parseJsonBody(body(input)) as Record<string, { base64: string; bytes?: Uint8Array }>
    expect(Buffer.from(parsed['source']?.bytes ?? []).equals(a)).toBe(true)
    expect(Buffer.from(parsed['target']?.bytes ?? []).equals(b)).toBe(true)
    expect(parsed['extra']).toEqual({ name: 'c.txt', base64: small })
  })

  it('leaves to JSON.parse a value with escapes or with characters base64 does not have', () => {
    const plain = fileBytes(100_000).toString('base64')
    const escaped = Buffer.from(`{"file":{"name":"x","base64":"${plain.replace(/\//g, '\\/')}"}}`)
    expect(parseJsonBody(escaped)).toEqual({ file: { name: 'x', base64: plain } })
    const notBase64 = `${'A'.repeat(70_000)}*`
    expect(parseJsonBody(body({ file: { name: 'x', base64: notBase64 } }))).toEqual({
      file: { name: 'x', base64: notBase64 }
    })
  })

  it('reads an empty body as no input, and throws on malformed JSON as JSON.parse does', () => {
    expect(parseJsonBody(Buffer.alloc(0))).toEqual({})
    expect(() => parseJsonBody(Buffer.from('{"file":{"base64":"'))).toThrow(SyntaxError)
    const cut = Buffer.from(`{"file":{"name":"x","base64":"${'QUJD'.repeat(20_000)}"}`)
    expect(() => parseJsonBody(cut)).toThrow(SyntaxError)
  })

  it('parses a 10 MB upload within a heap far smaller than copies of it would need', async () => {
    // The body and the file live outside the JS heap (buffers); a walk into the decoded bytes, or
    // the base64 turned into strings, would not fit in 48 MB.
    const outcome = await runBounded('tests/unit/server/parse-upload-child.ts', [], 48)
    expect(outcome.stderr).toBe('')
    expect(outcome.stdout).toBe(String(10 * 1024 * 1024))
  })

  describe('long pasted texts', () => {
    const PASTE = { textKeys: ['source', 'target'] }
    /** A paste over the 64 KiB from which texts are taken out, with every kind of escape JSON has. */
    const paste = (line: string): string =>
      Array.from({ length: 5_000 }, (_, k) => `${line} ${k}`).join('\n\n') + '\t"\\/\b\f\r\u0001'
    const decoded = (text: unknown): string => {
      expect(text).toBeInstanceOf(Utf8Text)
      return new TextDecoder('utf-8', { ignoreBOM: true }).decode((text as Utf8Text).bytes)
    }

    it('hands over the texts of the named keys as UTF-8 bytes, the same text JSON.parse reads', () => {
      const input = {
        projectId: 3,
        name: 'Nota',
        source: paste('\uFEFFPárrafo «uno» con ñ, 😀 y “comillas”'),
        target: paste('Paragraph “one” — with 😀')
      }
      const raw = body(input)
      const parsed = parseJsonBody(raw, PASTE) as Record<string, unknown>
      expect(parsed['projectId']).toBe(3)
      expect(parsed['name']).toBe('Nota')
      for (const key of ['source', 'target'] as const) {
        expect(decoded(parsed[key])).toBe(input[key])
        // The length the paste limit counts, in code points, as for the string.
        expect(codePointCount((parsed[key] as Utf8Text).bytes)).toBe([...input[key]].length)
        // Unescaped over its own characters: a view of the body, not a copy.
        expect((parsed[key] as Utf8Text).bytes.buffer).toBe(raw.buffer)
      }
    })

    it('reads escaped non-ASCII characters and surrogate pairs as the characters they stand for', () => {
      const text = 'a'.repeat(70_000) + String.raw`\u00e9\u201C\ud83d\ude00\u0041\/\"\\`
      const parsed = parseJsonBody(Buffer.from(`{"source":"${text}"}`), PASTE) as { source: Utf8Text }
      expect(decoded(parsed.source)).toBe(`${'a'.repeat(70_000)}é“😀A/"\\`)
      expect(codePointCount(parsed.source.bytes)).toBe(70_000 + 7)
    })

    it("leaves short texts, other keys and other methods' bodies as strings", () => {
      const long = 'x'.repeat(100_000)
      expect(parseJsonBody(body({ source: 'Hola.', target: long }), PASTE)).toMatchObject({ source: 'Hola.' })
      expect(parseJsonBody(body({ name: long }), PASTE)).toEqual({ name: long })
      expect(parseJsonBody(body({ source: long }))).toEqual({ source: long })
    })

    it('leaves to JSON.parse, read as before, a text with a lone surrogate or with bytes that are not UTF-8', () => {
      const lone = 'a'.repeat(70_000) + String.raw`\ud800` + 'b'.repeat(10)
      const parsed = parseJsonBody(Buffer.from(`{"source":"${lone}"}`), PASTE) as { source: string }
      expect(parsed.source).toBe(JSON.parse(`"${lone}"`))
      expect(parsed.source.charCodeAt(70_000)).toBe(0xd800)
      const notUtf8 = Buffer.concat([
        Buffer.from(`{"source":"${'a'.repeat(70_000)}`),
        Buffer.from([0xff, 0xc3]),
        Buffer.from('"}')
      ])
      const asBefore: unknown = JSON.parse(notUtf8.toString('utf8'))
      expect(parseJsonBody(notUtf8, PASTE)).toEqual(asBefore)
      expect((asBefore as { source: string }).source.endsWith('\ufffd\ufffd')).toBe(true)
    })

    it('refuses as malformed what JSON.parse refuses: a raw control character, an unknown escape, no closing quote', () => {
      const long = 'a'.repeat(70_000)
      for (const broken of [`{"source":"${long}\n"}`, `{"source":"${long}\\x"}`, `{"source":"${long}`]) {
        expect(() => JSON.parse(broken)).toThrow(SyntaxError)
        expect(() => parseJsonBody(Buffer.from(broken), PASTE)).toThrow(SyntaxError)
      }
    })

    it('takes out files and texts of one body alike', () => {
      const bytes = fileBytes(100_000)
      const text = paste('Texto de la nota')
      const parsed = parseJsonBody(body({ source: text, file: { name: 'a.bin', base64: bytes.toString('base64') } }), {
        textKeys: ['source']
      }) as { source: Utf8Text; file: { bytes: Uint8Array; base64: string } }
      expect(decoded(parsed.source)).toBe(text)
      expect(parsed.file.base64).toBe('')
      expect(Buffer.from(parsed.file.bytes).equals(bytes)).toBe(true)
    })
  })
})
