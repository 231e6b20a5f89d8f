import { describe, expect, it } from 'vitest'
import { MAX_IMPORT_BYTES, type ApiHandlers } from '../../../../src/core/api/contract'
import { dispatch } from '../../../../src/core/api/dispatch'
import { codePointCount, Utf8Text } from '../../../../src/core/api/utf8-text'

const utf8 = (text: string): Utf8Text => new Utf8Text(new TextEncoder().encode(text))

/** importPasted through the one entry, its handler echoing the length it was given. */
function importPasted(source: string | Utf8Text, target: string | Utf8Text = 'Hello.') {
  const handlers = {
    importPasted: (input: { source: string | Utf8Text }) => ({
      codePoints: typeof input.source === 'string' ? [...input.source].length : codePointCount(input.source.bytes)
    })
  } as unknown as ApiHandlers
  return dispatch(handlers, 'importPasted', { projectId: 1, name: 'Nota', source, target })
}

describe('a paste given as UTF-8 bytes', () => {
  it('counts its length in code points, as the limit counts a string', () => {
    for (const text of ['', 'Hola', 'Secretaría «ñ»', '“quoted” — 😀 𝄞', '\uFEFFa\r\nb\u2028c']) {
      expect(codePointCount(utf8(text).bytes)).toBe([...text].length)
    }
  })

  it('is accepted and refused at the same limit as the string, with the same answer', async () => {
    // The limit counts code points: a character beyond the BMP (two UTF-16 units) counts once.
    const fits = 'a'.repeat(MAX_IMPORT_BYTES - 1) + '😀'
    expect(await importPasted(utf8(fits))).toEqual(await importPasted(fits))
    expect(await importPasted(utf8(fits))).toEqual({ ok: true, value: { codePoints: MAX_IMPORT_BYTES } })
    const over = `${fits}a`
    const refused = await importPasted(utf8(over))
    expect(refused).toEqual(await importPasted(over))
    expect(refused).toMatchObject({ ok: false, error: { code: 'import.tooLarge', params: { file: 'Nota' } } })
    expect(await importPasted('Hola.', utf8(over))).toEqual(await importPasted('Hola.', over))
  })

  it('is refused like a string when it is neither: bytes alone are not a paste', async () => {
    const bytes = new TextEncoder().encode('Hola.')
    const refused = await importPasted(bytes as unknown as Utf8Text)
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation' } })
  })
})
