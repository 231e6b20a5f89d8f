/**
 * Bytes to text and back without Node: BOM detection, strict UTF-8, UTF-16 and the Windows code
 * page Spanish-locale Excel still saves CSV in. Output is always UTF-8.
 */
import { FormatError } from './errors'
import { MAX_TEXT_FILE_BYTES } from './limits'

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'

export interface DecodedText {
  text: string
  encoding: TextEncodingName
}

// TextEncoder/TextDecoder exist in every runtime Cotejo runs in (Node, renderer, workers), but the
// pure tsconfig has no DOM or Node types, so they are reached through a minimal typed view.
interface WebEncoding {
  TextDecoder: new (
    label: string,
    options?: { fatal?: boolean; ignoreBOM?: boolean }
  ) => {
    decode(input: Uint8Array): string
  }
  TextEncoder: new () => { encode(input: string): Uint8Array }
}
const web = globalThis as unknown as WebEncoding

const BOM = '\uFEFF'

/** Code points for bytes 0x80-0x9F in Windows-1252 (the rest of the page equals Latin-1). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178
]

export function encodeUtf8(text: string, options: { bom?: boolean } = {}): Uint8Array {
  return new web.TextEncoder().encode(options.bom ? BOM + text : text)
}

export function assertSize(bytes: Uint8Array, limit = MAX_TEXT_FILE_BYTES): void {
  if (bytes.length > limit) throw new FormatError('format.tooLarge', { size: bytes.length, limit })
}

function decodeUtf8Strict(bytes: Uint8Array): string | null {
  try {
    return new web.TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return null
  }
}

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  const units: number[] = []
  let out = ''
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    const a = bytes[i] as number
    const b = bytes[i + 1] as number
    units.push(littleEndian ? a | (b << 8) : (a << 8) | b)
    // Flush in chunks: String.fromCharCode with a huge argument list overflows the stack.
    if (units.length === 8192) {
      out += String.fromCharCode(...units)
      units.length = 0
    }
  }
  return out + String.fromCharCode(...units)
}

function decodeCp1252(bytes: Uint8Array): string {
  let out = ''
  const chunk: number[] = []
  for (const byte of bytes) {
    chunk.push(byte >= 0x80 && byte <= 0x9f ? (CP1252_HIGH[byte - 0x80] as number) : byte)
    if (chunk.length === 8192) {
      out += String.fromCharCode(...chunk)
      chunk.length = 0
    }
  }
  return out + String.fromCharCode(...chunk)
}

function bomEncoding(bytes: Uint8Array): { encoding: TextEncodingName; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 }
  // UTF-16 without BOM: XML starts with '<' so one byte of each pair is zero.
  if (bytes[0] === 0x3c && bytes[1] === 0x00 && bytes[2] !== 0x00) return { encoding: 'utf-16le', skip: 0 }
  if (bytes[0] === 0x00 && bytes[1] === 0x3c) return { encoding: 'utf-16be', skip: 0 }
  return null
}

function decodeAs(bytes: Uint8Array, encoding: TextEncodingName): string | null {
  switch (encoding) {
    case 'utf-8':
      return decodeUtf8Strict(bytes)
    case 'utf-16le':
      return decodeUtf16(bytes, true)
    case 'utf-16be':
      return decodeUtf16(bytes, false)
    case 'windows-1252':
      return decodeCp1252(bytes)
  }
}

/** Maps an encoding label (an XML declaration's, say) to one we decode, or null. */
export function encodingFromLabel(label: string): TextEncodingName | null {
  const l = label.trim().toLowerCase().replace(/_/g, '-')
  if (l === 'utf-8' || l === 'utf8' || l === 'us-ascii' || l === 'ascii') return 'utf-8'
  if (l === 'utf-16' || l === 'utf-16le' || l === 'ucs-2') return 'utf-16le'
  if (l === 'utf-16be') return 'utf-16be'
  // Latin-1 files are decoded as its superset Windows-1252, as browsers do.
  if (['iso-8859-1', 'latin1', 'latin-1', 'l1', 'windows-1252', 'cp1252', 'iso-8859-15'].includes(l))
    return 'windows-1252'
  return null
}

/**
 * Decodes a file: a BOM wins; then the declared encoding (from an XML declaration); then strict
 * UTF-8; then, when allowed, Windows-1252 (a spreadsheet saved as "CSV" on Spanish Windows).
 */
export function decodeText(
  bytes: Uint8Array,
  options: { declared?: string; fallback?: 'windows-1252' | 'none'; limit?: number } = {}
): DecodedText {
  assertSize(bytes, options.limit)
  const bom = bomEncoding(bytes)
  if (bom) {
    const text = decodeAs(bytes.subarray(bom.skip), bom.encoding)
    if (text === null) throw new FormatError('format.encoding', { encoding: bom.encoding })
    return { text: text.replace(/^\uFEFF/, ''), encoding: bom.encoding }
  }
  if (options.declared) {
    const declared = encodingFromLabel(options.declared)
    if (!declared) throw new FormatError('format.encoding', { encoding: options.declared })
    const text = decodeAs(bytes, declared)
    if (text === null) throw new FormatError('format.encoding', { encoding: declared })
    return { text, encoding: declared }
  }
  const utf8 = decodeUtf8Strict(bytes)
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' }
  if (options.fallback === 'windows-1252') return { text: decodeCp1252(bytes), encoding: 'windows-1252' }
  throw new FormatError('format.encoding', { encoding: 'utf-8' })
}

/** Decodes an XML file, honouring its BOM or the encoding named in its XML declaration. */
export function decodeXml(bytes: Uint8Array): string {
  assertSize(bytes)
  if (bomEncoding(bytes)) return decodeText(bytes).text
  // The declaration is ASCII in every ASCII-compatible encoding, so peek at it byte-wise.
  const head = decodeCp1252(bytes.subarray(0, 200))
  const declared = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/.exec(head)?.[1]
  return decodeText(bytes, { declared }).text
}

/** Decodes the first few kilobytes for format sniffing; never throws. */
export function decodeHead(bytes: Uint8Array, length = 4096): string {
  const head = bytes.subarray(0, length)
  const bom = bomEncoding(head)
  if (bom) return decodeAs(head.subarray(bom.skip), bom.encoding === 'utf-8' ? 'windows-1252' : bom.encoding) ?? ''
  return decodeCp1252(head)
}

// XML 1.0 allows tab, LF, CR and everything from U+0020 except U+FFFE/U+FFFF and unpaired surrogates.
const XML_ILLEGAL =
  // eslint-disable-next-line no-control-regex -- WONTFIX: matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Removes characters XML cannot carry and normalizes line ends to \n (what an XML parser returns). */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(XML_ILLEGAL, '')
}

/** For attribute values: also folds line breaks and tabs, which XML parsers turn into spaces anyway. */
export function cleanAttribute(text: string): string {
  return cleanText(text).replace(/[\t\n]/g, ' ')
}
