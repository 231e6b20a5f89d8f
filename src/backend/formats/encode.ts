/**
 * Text back to the bytes of the encoding it was read in (decode.ts names it), so a file written
 * back is in its own encoding. A character the encoding cannot hold (a reviewer typed "€" into a
 * windows-1254 file) is written as an XML character reference, which every XML reader resolves;
 * only text the reviewer added can hold one, since the rest was decoded from that encoding.
 */
import iconv from 'iconv-lite'

const UTF8_BOM = [0xef, 0xbb, 0xbf]

function withBom(bom: number[], body: Buffer): Uint8Array {
  const out = new Uint8Array(bom.length + body.length)
  out.set(bom, 0)
  out.set(body, bom.length)
  return out
}

/** Characters the single-byte encoding lacks, as `&#x…;`. */
function escapeUnencodable(text: string, encoding: string): string {
  const fits = new Map<string, boolean>()
  let out = ''
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) {
      out += ch
      continue
    }
    let ok = fits.get(ch)
    if (ok === undefined) {
      ok = iconv.decode(iconv.encode(ch, encoding), encoding) === ch
      fits.set(ch, ok)
    }
    out += ok ? ch : `&#x${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase()};`
  }
  return out
}

/** XML text in the encoding `decodeText` reported for the file it came from. */
export function encodeXmlLike(text: string, encoding: string): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return new TextEncoder().encode(text)
    case 'utf-8-bom':
      return withBom(UTF8_BOM, Buffer.from(text, 'utf-8'))
    case 'utf-16le':
      return withBom([0xff, 0xfe], iconv.encode(text, 'utf-16le'))
    case 'utf-16be':
      return withBom([0xfe, 0xff], iconv.encode(text, 'utf-16be'))
    default:
      return new Uint8Array(iconv.encode(escapeUnencodable(text, encoding), encoding))
  }
}
