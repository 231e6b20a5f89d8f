/**
 * Request bodies of the browser-mode API, read with as few copies as an import of 10 MB allows.
 * Files come as base64 inside JSON; parsed the plain way, one upload lived as socket chunks, their
 * concatenation, a string of it, and the parsed base64 string, all at once, before the file was
 * even decoded. Here the body is read into one buffer, and each large `"base64"` value is decoded
 * in that buffer, over its own characters, into the file's bytes (`FileInput.bytes`, a view of the
 * body), in slices: the base64 never becomes one string, the file is never a second buffer, and
 * only the small rest of the JSON is parsed as text.
 */
import { randomBytes } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

/** Smaller base64 values are left to JSON.parse: not worth the bookkeeping. */
const EXTRACT_FROM_CHARS = 64 * 1024
/**
 * Base64 characters decoded per slice: a multiple of 4, so every slice decodes on its own, and
 * small enough that each slice's string dies young (larger strings go straight to the old space,
 * which is collected far less often: a megabyte a slice left the whole upload there as garbage).
 */
const SLICE_CHARS = 16 * 1024
const KEY = Buffer.from('"base64"')
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

/** Where a large base64 string value lies in the body: the characters between its quotes. */
interface Base64Value {
  start: number
  end: number
}

/** The large base64 values of `"base64"` keys, in body order; any other value is left alone. */
function base64Values(body: Buffer): Base64Value[] {
  const found: Base64Value[] = []
  for (let at = body.indexOf(KEY); at !== -1; at = body.indexOf(KEY, at + KEY.length)) {
    let i = at + KEY.length
    while (isSpace(body[i])) i++
    if (body[i] !== 0x3a) continue
    i++
    while (isSpace(body[i])) i++
    if (body[i] !== QUOTE) continue
    const start = i + 1
    const end = body.indexOf(QUOTE, start)
    if (end === -1) break
    // An escape inside (a client may write "\/") leaves the value to JSON.parse.
    if (end - start >= EXTRACT_FROM_CHARS && !body.subarray(start, end).includes(BACKSLASH)) found.push({ start, end })
    at = end
  }
  return found
}

/** True when the characters are base64's alphabet, with at most two '=' at the end. */
function isPlainBase64(body: Buffer, value: Base64Value): boolean {
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
function decodeInPlace(body: Buffer, value: Base64Value): Buffer | null {
  if (!isPlainBase64(body, value)) return null
  let written = 0
  for (let from = value.start; from < value.end; from += SLICE_CHARS) {
    const to = Math.min(from + SLICE_CHARS, value.end)
    written += body.write(body.toString('latin1', from, to), value.start + written, 'base64')
  }
  return body.subarray(value.start, value.start + written)
}

/**
 * The parsed JSON body, every large `"base64"` file value decoded into `bytes` beside it (and the
 * base64 itself left empty). Throws SyntaxError on malformed JSON, as JSON.parse does.
 */
export function parseJsonBody(body: Buffer): unknown {
  if (body.length === 0) return {}
  const decoded: Buffer[] = []
  const parts: Buffer[] = []
  // A marker no client can have sent: the value stands in for the k-th decoded file.
  const marker = `cotejo-bytes-${randomBytes(12).toString('hex')}:`
  let from = 0
  for (const value of base64Values(body)) {
    const bytes = decodeInPlace(body, value)
    if (!bytes) continue
    parts.push(body.subarray(from, value.start), Buffer.from(marker + decoded.length))
    decoded.push(bytes)
    from = value.end
  }
  if (decoded.length === 0) return JSON.parse(body.toString('utf8'))
  parts.push(body.subarray(from))
  const parsed: unknown = JSON.parse(Buffer.concat(parts).toString('utf8'))
  putBytes(parsed, marker, decoded)
  return parsed
}

/** Replaces each marker left by parseJsonBody with the empty base64 and the decoded bytes. */
function putBytes(root: unknown, marker: string, decoded: readonly Buffer[]): void {
  // A loop, not recursion: a hostile body may nest deeply.
  const pending: unknown[] = [root]
  while (pending.length > 0) {
    const record = pending.pop() as Record<string, unknown>
    for (const value of Object.values(record)) if (value !== null && typeof value === 'object') pending.push(value)
    // Set after the walk over its values: the bytes are not JSON to look into.
    const base64 = record['base64']
    if (typeof base64 === 'string' && base64.startsWith(marker)) {
      record['base64'] = ''
      record['bytes'] = decoded[Number(base64.slice(marker.length))]
    }
  }
}
