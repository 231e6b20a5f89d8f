import { describe, expect, it } from 'vitest'
import { runBounded } from '../core/formats/bounded-child'
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
})
