/**
 * Request bodies of the browser-mode API, read with as few copies as an import of 10 MB allows.
 * Files come as base64 inside JSON; parsed the plain way, one upload lived as socket chunks, their
 * concatenation, a string of it, and the parsed base64 string, all at once, before the file was
 * even decoded. Here the body is read into one buffer, and each large `"base64"` value is decoded
 * in that buffer, over its own characters, into the file's bytes (`FileInput.bytes`, a view of the
 * body), in slices: the base64 never becomes one string, the file is never a second buffer, and
 * only the small rest of the JSON is parsed as text. Long pasted texts (the keys a caller names)
 * are unescaped the same way, in place, into their UTF-8 bytes (`Utf8Text`): a 4 MB paste was the
 * body, the body as one string and the two parsed strings, some 20 MB on the main thread.
 */
import { isUtf8 } from 'node:buffer'
import { randomBytes } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import { Utf8Text } from '../core/api/utf8-text'

/** Smaller base64 values are left to JSON.parse: not worth the bookkeeping. */
const EXTRACT_FROM_CHARS = 64 * 1024
/**
 * Base64 characters decoded per slice: a multiple of 4, so every slice decodes on its own, and
 * small enough that each slice's string dies young (larger strings go straight to the old space,
 * which is collected far less often: a megabyte a slice left the whole upload there as garbage).
 */
const SLICE_CHARS = 16 * 1024
/** Shorter texts are left to JSON.parse: as strings they cost little. */
const TEXT_FROM_BYTES = 64 * 1024
const QUOTE = 0x22
const BACKSLASH = 0x5c
const isSpace = (b: number | undefined): boolean => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d

export interface BodyLimits {
  /** Over this the body is refused. */
  maxBytes: number
  /** Past this much refused body the connection is cut: enough to drain any honest upload. */
  maxDrainedBytes: number
}

/**
 * Drops the rest of a refused body, then calls `done`. Its bytes must still be read, and the 413
 * sent only once they are: a socket closed with unread data is reset, and a client still uploading
 * would see ECONNRESET or EPIPE instead of the 413.
 */
function discardRest(req: IncomingMessage, maxDrainedBytes: number, done: () => void): void {
  let dropped = 0
  req.removeAllListeners('data')
  req.on('data', (chunk: Buffer) => {
    dropped += chunk.length
    if (dropped > maxDrainedBytes) req.socket.destroy()
  })
  req.once('end', done)
  req.resume()
}

/**
 * The body as one buffer, or null when it is over the limit (the rest is then discarded, not left
 * unread) or the client went away. With a Content-Length the buffer is allocated once and filled,
 * so the body is never held twice (as chunks and as their concatenation).
 */
export function readBody(req: IncomingMessage, limits: BodyLimits): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    let refused = false
    const tooLarge = (): void => {
      refused = true
      discardRest(req, limits.maxDrainedBytes, () => resolve(null))
    }
    const declared = Number(req.headers['content-length'])
    if (declared > limits.maxBytes) return tooLarge()
    const whole = Number.isSafeInteger(declared) && declared > 0 ? Buffer.allocUnsafeSlow(declared) : null
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      if (refused) return
      if (size + chunk.length > (whole ? whole.length : limits.maxBytes)) {
        chunks.length = 0
        return tooLarge()
      }
      if (whole) chunk.copy(whole, size)
      else chunks.push(chunk)
      size += chunk.length
    })
    req.on('end', () => {
      if (refused) return
      resolve(whole ? whole.subarray(0, size) : Buffer.concat(chunks))
    })
    req.on('error', reject)
    // A client that went away: nothing left to answer.
    req.on('close', () => resolve(null))
  })
}

/** Where a large string value lies in the body: the characters between its quotes. */
interface Found {
  start: number
  end: number
}

/** The string values of `key` in the body (a quoted key, a colon, a quote), in body order. */
function* valuesOf(body: Buffer, key: string): Generator<number> {
  const quoted = Buffer.from(JSON.stringify(key))
  for (let at = body.indexOf(quoted); at !== -1; at = body.indexOf(quoted, at + quoted.length)) {
    let i = at + quoted.length
    while (isSpace(body[i])) i++
    if (body[i] !== 0x3a) continue
    i++
    while (isSpace(body[i])) i++
    if (body[i] === QUOTE) yield i + 1
  }
}

/** The large base64 values of `"base64"` keys; any other value is left alone. */
function base64Values(body: Buffer): Found[] {
  const found: Found[] = []
  for (const start of valuesOf(body, 'base64')) {
    const end = body.indexOf(QUOTE, start)
    if (end === -1) break
    // An escape inside (a client may write "\/") leaves the value to JSON.parse.
    if (end - start >= EXTRACT_FROM_CHARS && !body.subarray(start, end).includes(BACKSLASH)) found.push({ start, end })
  }
  return found
}

/** True when the characters are base64's alphabet, with at most two '=' at the end. */
function isPlainBase64(body: Buffer, value: Found): boolean {
  let end = value.end
  if (body[end - 1] === 0x3d) end--
  if (body[end - 1] === 0x3d) end--
  for (let i = value.start; i < end; i++) {
    const c = body[i] as number
    const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)
    if (!letter && c !== 0x2b && c !== 0x2f) return false
  }
  return true
}

/**
 * The bytes a base64 value stands for, decoded over its own characters, slice by slice (the bytes
 * are never more than the characters they come from, so they never overtake what is still to be
 * read): the file is a view of the body, which moves to the read worker whole, and nothing of the
 * upload is held twice. Null, the body untouched, when the value is not plain base64.
 */
function decodeInPlace(body: Buffer, value: Found): Buffer | null {
  if (!isPlainBase64(body, value)) return null
  let written = 0
  for (let from = value.start; from < value.end; from += SLICE_CHARS) {
    const to = Math.min(from + SLICE_CHARS, value.end)
    written += body.write(body.toString('latin1', from, to), value.start + written, 'base64')
  }
  return body.subarray(value.start, value.start + written)
}

/** The one-character escapes of JSON strings, by the letter after the backslash. */
const SIMPLE_ESCAPES = new Map([
  [0x22, 0x22],
  [0x5c, 0x5c],
  [0x2f, 0x2f],
  [0x62, 0x08],
  [0x66, 0x0c],
  [0x6e, 0x0a],
  [0x72, 0x0d],
  [0x74, 0x09]
])

/** The code unit of the `\uXXXX` escape at `at`, or -1 when there is none. */
function unicodeEscapeAt(body: Buffer, at: number): number {
  if (body[at] !== BACKSLASH || body[at + 1] !== 0x75) return -1
  const hex = body.toString('latin1', at + 2, at + 6)
  return /^[0-9a-fA-F]{4}$/.test(hex) ? parseInt(hex, 16) : -1
}

const isHigh = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff
const isLow = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff

/** The escape at `at` (a backslash): its length, or 0 where JSON.parse refuses it or it is a lone surrogate. */
function escapeLength(body: Buffer, at: number): number {
  if (SIMPLE_ESCAPES.has(body[at + 1] as number)) return 2
  const unit = unicodeEscapeAt(body, at)
  if (unit === -1 || isLow(unit)) return 0
  if (!isHigh(unit)) return 6
  return isLow(unicodeEscapeAt(body, at + 6)) ? 12 : 0
}

/** True when the bytes hold a raw control character, which JSON strings may not. */
function hasControlCharacter(bytes: Buffer): boolean {
  for (let c = 0; c < 0x20; c++) if (bytes.indexOf(c) !== -1) return true
  return false
}

/**
 * The closing quote of a JSON string value, from its first character; -1 where JSON.parse would
 * refuse the string (a raw control character, an unknown escape, no closing quote), and where the
 * string holds a lone surrogate: that one is left to JSON.parse too, to be read as before (a
 * string, which a paste's checks refuse as a character no export can carry). Quotes, backslashes
 * and control characters are searched natively: this runs on the main thread over megabytes.
 */
function closingQuote(body: Buffer, start: number): number {
  let quote = body.indexOf(QUOTE, start)
  let backslash = body.indexOf(BACKSLASH, start)
  while (quote !== -1 && backslash !== -1 && backslash < quote) {
    const length = escapeLength(body, backslash)
    if (length === 0) return -1
    const next = backslash + length
    // The quote found may be an escaped one (\"), or inside a \u escape's digits: search on.
    if (quote < next) quote = body.indexOf(QUOTE, next)
    backslash = body.indexOf(BACKSLASH, next)
  }
  if (quote === -1 || hasControlCharacter(body.subarray(start, quote))) return -1
  return quote
}

/**
 * Unescapes a JSON string value that closingQuote accepted, in place, into its UTF-8 from its
 * first character on (never overtaking what is still to be read: an escape is never shorter than
 * what it stands for), and returns the bytes. The runs between escapes are found and moved natively.
 */
function unescapeInPlace(body: Buffer, value: Found): Buffer {
  let w = value.start
  let r = value.start
  for (;;) {
    const escape = body.indexOf(BACKSLASH, r)
    const runEnd = escape === -1 || escape >= value.end ? value.end : escape
    body.copyWithin(w, r, runEnd)
    w += runEnd - r
    if (runEnd === value.end) return body.subarray(value.start, w)
    const simple = SIMPLE_ESCAPES.get(body[escape + 1] as number)
    if (simple !== undefined) {
      body[w++] = simple
      r = escape + 2
      continue
    }
    // A \uXXXX escape, or two for a surrogate pair (closingQuote refused lone surrogates).
    const unit = unicodeEscapeAt(body, escape)
    const pair = isHigh(unit)
    const point = pair ? 0x10000 + ((unit - 0xd800) << 10) + (unicodeEscapeAt(body, escape + 6) - 0xdc00) : unit
    w += body.write(String.fromCodePoint(point), w, 'utf8')
    r = escape + (pair ? 12 : 6)
  }
}

/** A long text value found, to be unescaped into its bytes. */
interface FoundText extends Found {
  text: true
}

/**
 * The long string values of `keys` that JSON.parse would accept as they are, and whose characters
 * are well-formed UTF-8 (any other is left to JSON.parse, which reads it as before).
 */
function textValues(body: Buffer, keys: readonly string[]): FoundText[] {
  const found: FoundText[] = []
  for (const key of keys)
    for (const start of valuesOf(body, key)) {
      const end = closingQuote(body, start)
      if (end - start >= TEXT_FROM_BYTES && isUtf8(body.subarray(start, end))) found.push({ start, end, text: true })
    }
  return found
}

/** Options of parseJsonBody. */
export interface JsonBodyOptions {
  /** Keys whose long string values come as `Utf8Text` instead of strings (a paste's `source` and `target`). */
  textKeys?: readonly string[]
}

/**
 * The parsed JSON body, every large `"base64"` file value decoded into `bytes` beside it (and the
 * base64 itself left empty), and every long text of `textKeys` as a `Utf8Text` over its bytes.
 * Throws SyntaxError on malformed JSON, as JSON.parse does.
 */
export function parseJsonBody(body: Buffer, options: JsonBodyOptions = {}): unknown {
  if (body.length === 0) return {}
  const found: Array<Found | FoundText> = [...base64Values(body), ...textValues(body, options.textKeys ?? [])]
  found.sort((a, b) => a.start - b.start)
  const extracted: Array<Buffer | Utf8Text> = []
  const parts: Buffer[] = []
  // A marker no client can have sent: the value stands in for the k-th value taken out.
  const marker = `cotejo-bytes-${randomBytes(12).toString('hex')}:`
  let from = 0
  for (const value of found) {
    // Never inside a value already taken out.
    if (value.start < from) continue
    let taken: Buffer | Utf8Text | null
    if ('text' in value) taken = new Utf8Text(unescapeInPlace(body, value))
    else taken = decodeInPlace(body, value)
    if (!taken) continue
    parts.push(body.subarray(from, value.start), Buffer.from(marker + extracted.length))
    extracted.push(taken)
    from = value.end
  }
  if (extracted.length === 0) return JSON.parse(body.toString('utf8'))
  parts.push(body.subarray(from))
  const parsed: unknown = JSON.parse(Buffer.concat(parts).toString('utf8'))
  putExtracted(parsed, marker, extracted)
  return parsed
}

/**
 * Replaces each marker left by parseJsonBody: a file's with the empty base64 and the decoded
 * bytes beside it, a text's with the text.
 */
function putExtracted(root: unknown, marker: string, extracted: ReadonlyArray<Buffer | Utf8Text>): void {
  // A loop, not recursion: a hostile body may nest deeply.
  const pending: unknown[] = [root]
  while (pending.length > 0) {
    const record = pending.pop() as Record<string, unknown>
    for (const value of Object.values(record)) if (value !== null && typeof value === 'object') pending.push(value)
    // Set after the walk over its values: the bytes are not JSON to look into.
    for (const [key, value] of Object.entries(record)) {
      if (typeof value !== 'string' || !value.startsWith(marker)) continue
      const taken = extracted[Number(value.slice(marker.length))]
      if (taken instanceof Utf8Text) record[key] = taken
      else {
        record[key] = ''
        record['bytes'] = taken
      }
    }
  }
}
