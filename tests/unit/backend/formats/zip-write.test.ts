import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { writeZip } from '../../../../src/backend/formats/zip-write'

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text)

describe('zip of streamed parts', () => {
  it('holds every part, in order, with the bytes of all its chunks (CRC checked on reading)', async () => {
    // A part far larger than one deflate window, in uneven chunks, an empty one among them.
    const line = (i: number): string => `<w:p>línea ${i} — ${'ñ'.repeat(i % 50)}</w:p>`
    const big = Array.from({ length: 20_000 }, (_, i) => line(i))
    const chunks = [bytes(big.slice(0, 7).join('')), new Uint8Array(0), bytes(big.slice(7).join(''))]
    const zipped = await writeZip([
      { name: '[Content_Types].xml', chunks: [bytes('<Types/>')] },
      { name: 'word/document.xml', chunks },
      { name: 'empty.xml', chunks: [] }
    ])
    const zip = await JSZip.loadAsync(zipped, { checkCRC32: true })
    expect(Object.keys(zip.files)).toEqual(['[Content_Types].xml', 'word/document.xml', 'empty.xml'])
    expect(await zip.file('word/document.xml')?.async('string')).toBe(big.join(''))
    expect(await zip.file('[Content_Types].xml')?.async('string')).toBe('<Types/>')
    expect(await zip.file('empty.xml')?.async('string')).toBe('')
    // Deflated: the repetitive part takes a fraction of its size.
    expect(zipped.length).toBeLessThan(bytes(big.join('')).length / 5)
  })

  it('stamps the parts with the local time given, to the zip format’s two seconds', async () => {
    const zipped = await writeZip([{ name: 'a.xml', chunks: [bytes('<a/>')] }], new Date(2026, 11, 8, 14, 30, 43))
    // The local header's MS-DOS time and date (offsets 10 and 12), read by hand: readers differ on the zone.
    const view = new DataView(zipped.buffer, zipped.byteOffset, zipped.byteLength)
    const [time, date] = [view.getUint16(10, true), view.getUint16(12, true)]
    expect([time >> 11, (time >> 5) & 63, (time & 31) * 2]).toEqual([14, 30, 42])
    expect([(date >> 9) + 1980, (date >> 5) & 15, date & 31]).toEqual([2026, 12, 8])
  })
})
