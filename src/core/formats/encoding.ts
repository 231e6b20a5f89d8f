/**
 * Text to bytes for export (always UTF-8), and the characters XML cannot carry. Decoding imported
 * bytes is the backend's job (src/backend/import/decode.ts, the one decoder): the pure core only
 * reads decoded strings.
 */

// TextEncoder exists in every runtime Cotejo runs in (Node, renderer, workers), but the pure
// tsconfig has no DOM or Node types, so it is reached through a minimal typed view.
interface WebEncoding {
  TextEncoder: new () => { encode(input: string): Uint8Array }
  TextDecoder: new (label: string, options: { ignoreBOM: boolean }) => Utf8Decoder
}

/** A decoder of UTF-8; with `stream`, a character cut at the end of the input waits for the next. */
export interface Utf8Decoder {
  decode(input?: Uint8Array, options?: { stream: boolean }): string
}
const web = globalThis as unknown as WebEncoding

const BOM = '\uFEFF'

/** Decodes UTF-8 bytes as they are: a U+FEFF at the start stays; malformed sequences become U+FFFD. */
export function utf8Decoder(): Utf8Decoder {
  return new web.TextDecoder('utf-8', { ignoreBOM: true })
}

export function encodeUtf8(text: string, options: { bom?: boolean } = {}): Uint8Array {
  return new web.TextEncoder().encode(options.bom ? BOM + text : text)
}

// XML 1.0 allows tab, LF, CR and everything from U+0020 except U+FFFE/U+FFFF and unpaired surrogates.
const XML_ILLEGAL =
  // eslint-disable-next-line no-control-regex -- WONTFIX: matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Where a paragraph first holds a character XML cannot carry, and which (as U+XXXX). */
export interface UnsupportedCharacter {
  paragraph: number
  offset: number
  character: string
}

/**
 * The first character of the paragraphs that XML 1.0 (so XLIFF, TMX, TBX and Word) cannot carry:
 * input that holds one is refused with this, never silently stripped on export.
 */
export function firstUnsupportedCharacter(paragraphs: readonly string[]): UnsupportedCharacter | null {
  for (let paragraph = 0; paragraph < paragraphs.length; paragraph++) {
    const text = paragraphs[paragraph] as string
    XML_ILLEGAL.lastIndex = 0
    const m = XML_ILLEGAL.exec(text)
    if (!m) continue
    const code = m[0].charCodeAt(0)
    return { paragraph, offset: m.index, character: `U+${code.toString(16).toUpperCase().padStart(4, '0')}` }
  }
  return null
}

/**
 * Removes characters XML cannot carry. Line ends are kept as they are: a CR reaches a parsed tree
 * only from `&#13;` (parsers turn a literal CR into LF), and writers emit it as `&#13;` again.
 */
export function cleanText(text: string): string {
  return text.replace(XML_ILLEGAL, '')
}

/** For attribute values: also folds line breaks and tabs, which XML parsers turn into spaces anyway. */
export function cleanAttribute(text: string): string {
  return cleanText(text).replace(/\r\n?|[\t\n]/g, ' ')
}

/** The lines of a text, whatever its line ends (for formats that know a line break, not its kind). */
export function textLines(text: string): string[] {
  return cleanText(text).split(/\r\n?|\n/)
}
