/**
 * The one text decoder: every imported file (a side of a pair, a combined release, XLIFF, TMX,
 * TBX, CSV, a termbase) becomes text here, in the backend, with iconv-lite. The pure core only
 * ever sees decoded strings. (Node 20's WHATWG TextDecoder reads 'windows-1252' as Latin-1 here:
 * bytes 0x80-0x9F, where “ ” – — € live, come out as control characters.)
 */
import { isUtf8 } from 'node:buffer'
import iconv from 'iconv-lite'
import { AppError } from '../../core/api/result'
import { importTooLargeError } from '../../core/api/limits'
import type { FormatSource } from '../../core/formats/adapter'
import { FormatError } from '../../core/formats/errors'
import { MAX_IMPORT_BYTES } from '../../core/formats/limits'

export interface DecodedText {
  text: string
  /** What was detected, as shown to the user: utf-8, utf-8-bom, utf-16le, windows-1252... */
  encoding: string
}

const MAGIC: Array<[string, number[]]> = [
  ['PDF', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP/DOCX', [0x50, 0x4b, 0x03, 0x04]],
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['OLE/DOC', [0xd0, 0xcf, 0x11, 0xe0]],
  ['ELF', [0x7f, 0x45, 0x4c, 0x46]]
]

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b)
}

/** Share of NUL bytes at even and odd offsets: UTF-16 text without a BOM has one of them near 0.5. */
function nulProfile(bytes: Uint8Array): { even: number; odd: number; any: boolean } {
  let even = 0
  let odd = 0
  const n = Math.min(bytes.length, 64 * 1024)
  for (let i = 0; i < n; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even++
      else odd++
    }
  }
  const half = Math.max(1, n / 2)
  return { even: even / half, odd: odd / half, any: even + odd > 0 }
}

/** How many characters from the start of a text `controlShare` looks at. */
const CONTROL_SAMPLE = 64 * 1024

/** Control characters other than tab, newline, carriage return and form feed: a sign of binary data. */
function controlShare(text: string): number {
  if (text.length === 0) return 0
  let count = 0
  const n = Math.min(text.length, CONTROL_SAMPLE)
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd) count++
  }
  return count / n
}

function refuseBinary(fileName: string, kind: string): never {
  throw new AppError('import.binary', `${fileName} is not a text file (${kind}).`, { file: fileName, kind })
}

/** Refuses a file over the import limit, naming the limit. */
export function assertImportSize(bytes: Uint8Array, fileName: string, maxBytes = MAX_IMPORT_BYTES): void {
  if (bytes.length > maxBytes) {
    const { code, message, params } = importTooLargeError(fileName, maxBytes)
    throw new AppError(code, message, params)
  }
}

export interface DecodeOptions {
  maxBytes?: number
  /**
   * XML rules: an encoding named in the XML declaration is honoured, and a file that names none
   * must be UTF-8 (no single-byte guess), as the XML specification says.
   */
  xml?: boolean
}

/** What a file's bytes hold: the encoding found, the text's UTF-8 bytes when they are the file's own, and the text. */
interface Detected {
  encoding: string
  /** The file's bytes after any BOM, when they are valid UTF-8: no decoding needed to read them as such. */
  utf8: Uint8Array | null
  decode: () => string
}

/**
 * How to read the bytes of an imported file as text: BOMs first (UTF-8, UTF-16 LE/BE), then UTF-16
 * without BOM by its NUL pattern, then (XML) the declared encoding, then strict UTF-8, then a
 * single-byte guess. Spanish files saved by older Windows programs are Windows-1252; decoding them
 * as Latin-1 or UTF-8 would lose ñ, á and the typographic quotes. Binary files are refused
 * (`import.binary`), as are empty files and files over the import limit.
 */
function detect(bytes: Uint8Array, fileName: string, options: DecodeOptions): Detected {
  assertImportSize(bytes, fileName, options.maxBytes)
  if (bytes.length === 0) throw new AppError('import.emptyFile', `${fileName} is empty.`, { file: fileName })
  for (const [kind, magic] of MAGIC) if (startsWith(bytes, magic)) refuseBinary(fileName, kind)

  const utf16 = (encoding: 'utf-16le' | 'utf-16be', from: number): Detected => ({
    encoding,
    utf8: null,
    decode: () => iconv.decode(Buffer.from(bytes.subarray(from)), encoding)
  })
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const body = bytes.subarray(3)
    return {
      encoding: 'utf-8-bom',
      utf8: isUtf8(body) ? body : null,
      decode: () => new TextDecoder('utf-8').decode(body)
    }
  }
  if (startsWith(bytes, [0xff, 0xfe])) return utf16('utf-16le', 2)
  if (startsWith(bytes, [0xfe, 0xff])) return utf16('utf-16be', 2)
  const nul = nulProfile(bytes)
  if (nul.any) {
    if (nul.odd > 0.3 && nul.even < 0.05) return utf16('utf-16le', 0)
    if (nul.even > 0.3 && nul.odd < 0.05) return utf16('utf-16be', 0)
    refuseBinary(fileName, 'NUL bytes')
  }
  const declared = options.xml ? declaredXmlEncoding(bytes) : null
  if (declared !== null && declared !== 'utf-8') return declaredDecoding(bytes, declared)
  if (isUtf8(bytes)) return { encoding: 'utf-8', utf8: bytes, decode: () => new TextDecoder('utf-8').decode(bytes) }
  if (options.xml) throw new FormatError('format.encoding', { encoding: declared ?? 'utf-8' })
  // Non-UTF-8 text in a Spanish/English workflow is, in practice, Windows-1252 (Word, Notepad, older
  // CMS exports): a superset of ISO-8859-1's printable range with “ ” ‘ ’ – — € too, so the safe
  // single-byte reading. Statistical guessers confuse it with Central European pages (0xF1 is ñ
  // here but ń in Windows-1250).
  return { encoding: 'windows-1252', utf8: null, decode: () => iconv.decode(Buffer.from(bytes), 'windows-1252') }
}

/** Refuses text that is mostly control characters: binary data that happened to decode. */
function refuseControlCharacters(text: string, fileName: string): void {
  if (controlShare(text) > 0.01) refuseBinary(fileName, 'control characters')
}

/** Turns the bytes of an imported file into text (see `detect`). */
export function decodeText(bytes: Uint8Array, fileName: string, options: DecodeOptions = {}): DecodedText {
  const { encoding, decode } = detect(bytes, fileName, options)
  const text = decode()
  refuseControlCharacters(text, fileName)
  return { text, encoding }
}

/**
 * The text of an imported file as UTF-8 bytes, without its BOM, checked as `decodeText` checks it:
 * the file's own bytes when they are UTF-8 (nothing decoded but the start, where control characters
 * are looked for), else the decoded text encoded again.
 */
export function utf8Text(bytes: Uint8Array, fileName: string, options: DecodeOptions = {}): Uint8Array {
  const detected = detect(bytes, fileName, options)
  if (detected.utf8 === null) {
    const text = detected.decode()
    refuseControlCharacters(text, fileName)
    return Buffer.from(text, 'utf8')
  }
  // `controlShare` looks at the first CONTROL_SAMPLE characters: four bytes each at most.
  const head = new TextDecoder('utf-8').decode(detected.utf8.subarray(0, 4 * CONTROL_SAMPLE), { stream: true })
  refuseControlCharacters(head, fileName)
  return detected.utf8
}

/** The encoding named in an XML declaration, lower case ('utf-8', 'iso-8859-1'...), or null. */
function declaredXmlEncoding(bytes: Uint8Array): string | null {
  // The declaration is ASCII in every ASCII-compatible encoding, so a Latin-1 peek reads it.
  const head = Buffer.from(bytes.subarray(0, 200)).toString('latin1')
  const label = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/.exec(head)?.[1]
  if (!label) return null
  const l = label.trim().toLowerCase()
  return l === 'utf8' || l === 'us-ascii' || l === 'ascii' ? 'utf-8' : l
}

function declaredDecoding(bytes: Uint8Array, label: string): Detected {
  // Latin-1 files are read as its superset Windows-1252, as browsers do.
  const encoding = /^(iso-?8859-1|latin-?1|l1|cp1252|windows-1252)$/.test(label) ? 'windows-1252' : label
  if (!iconv.encodingExists(encoding)) throw new FormatError('format.encoding', { encoding: label })
  return { encoding, utf8: null, decode: () => iconv.decode(Buffer.from(bytes), encoding) }
}

/**
 * The start of a file as text, for recognising its format (`<xliff`, `<tmx`...); never throws.
 * Bytes that are not text come out as whatever Latin-1 makes of them, which no sniffer matches.
 */
export function decodeHead(bytes: Uint8Array, length = 4096): string {
  const head = Buffer.from(bytes.subarray(0, length))
  if (startsWith(head, [0xef, 0xbb, 0xbf])) return new TextDecoder('utf-8').decode(head.subarray(3))
  if (startsWith(head, [0xff, 0xfe])) return iconv.decode(head.subarray(2), 'utf-16le')
  if (startsWith(head, [0xfe, 0xff])) return iconv.decode(head.subarray(2), 'utf-16be')
  const nul = nulProfile(head)
  if (nul.odd > 0.3 && nul.even < 0.05) return iconv.decode(head, 'utf-16le')
  if (nul.even > 0.3 && nul.odd < 0.05) return iconv.decode(head, 'utf-16be')
  return head.toString('latin1')
}

/**
 * A file as the formats factory receives it: its bytes, its head for sniffing, and its text,
 * decoded on first use by this module (so a Word document is never decoded as text).
 */
export function fileSource(name: string, bytes: Uint8Array, maxBytes = MAX_IMPORT_BYTES): FormatSource {
  const decoded = new Map<boolean, string>()
  return {
    name,
    bytes,
    head: decodeHead(bytes),
    text(options = {}) {
      const xml = options.xml === true
      let text = decoded.get(xml)
      if (text === undefined) {
        text = decodeText(bytes, name, { maxBytes, xml }).text
        decoded.set(xml, text)
      }
      return text
    },
    utf8: (options = {}) => utf8Text(bytes, name, { maxBytes, xml: options.xml === true })
  }
}

/** The bytes themselves, not a copy (a large Buffer owns its memory; a small one may share a pool). */
export function decodeBase64(base64: string): Uint8Array {
  return Buffer.from(base64, 'base64')
}
