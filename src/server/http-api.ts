import { timingSafeEqual } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { MAX_IMPORT_BYTES, type ApiHandlers } from '../core/api/contract'
import { dispatch, importTooLarge } from '../core/api/dispatch'
import { fail, type ApiResult } from '../core/api/result'
import { EncodedJson } from '../backend/services/encoded-json'
import type { EncodedHandlers } from '../backend/services/handlers'
import { CONTENT_SECURITY_POLICY } from '../core/security/csp'
import { rendererMediaType } from '../core/security/renderer-files'
import { parseJsonBody, readBody } from './json-body'

/** JSON bodies carry base64 files: allow the import limit plus base64 and JSON overhead. */
const MAX_BODY_BYTES = Math.ceil(MAX_IMPORT_BYTES * 2.8) + 64 * 1024
const BODY_LIMITS = { maxBytes: MAX_BODY_BYTES, maxDrainedBytes: 4 * MAX_BODY_BYTES }

/**
 * A paste's texts, read from the body as their UTF-8 bytes when long (json-body.ts): they go to
 * the read worker without ever being strings on this thread.
 */
const TEXT_KEYS: Partial<Record<string, readonly string[]>> = { importPasted: ['source', 'target'] }

const TOO_LARGE = Symbol('too large')
const MALFORMED = Symbol('malformed')

/**
 * The call's input; the body's buffer is let go here, before the call runs, so that only the
 * decoded files outlive the parsing.
 */
async function readInput(req: IncomingMessage, method: string): Promise<unknown> {
  const body = await readBody(req, BODY_LIMITS)
  if (body === null) return TOO_LARGE
  try {
    return parseJsonBody(body, { textKeys: TEXT_KEYS[method] ?? [] })
  } catch {
    return MALFORMED
  }
}

/**
 * Idle keep-alive connections are closed by the client first. Node's and browsers' agents drop an
 * idle socket after about 5 s, which is also Node's server default: with equal timeouts a client
 * that was busy building a large upload could write to a socket the server had just closed, and
 * see EPIPE or ECONNRESET instead of an answer.
 */
export function keepIdleConnections(server: Server): Server {
  server.keepAliveTimeout = 65_000
  // Must exceed keepAliveTimeout, or a request that starts late on a kept connection is cut.
  server.headersTimeout = 66_000
  return server
}

export interface HttpApiOptions {
  handlers: ApiHandlers
  /** Methods answered with JSON bytes instead (`openServices`' `encoded`): the same input checks and envelope. */
  encoded?: EncodedHandlers
  token: string
  /** Folder of the built renderer (out/renderer). */
  staticDir: string
  /** host:port values accepted in the Host header (DNS-rebinding guard). */
  allowedHosts: () => string[]
  log?: (msg: string, err?: unknown) => void
}

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin'
}

function send(res: ServerResponse, status: number, body: string | Buffer | EncodedJson, type: string): void {
  const headers = { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store' }
  if (!(body instanceof EncodedJson)) {
    res.writeHead(status, headers)
    res.end(body)
    return
  }
  // Its parts one after the other: joining them would copy megabytes on this thread.
  res.writeHead(status, { ...headers, 'Content-Length': body.byteLength })
  res.cork()
  for (const part of body.parts) res.write(part)
  // Uncorks: the parts leave in one write.
  res.end()
}

const OK_PREFIX = Buffer.from('{"ok":true,"value":')
const OK_SUFFIX = Buffer.from('}')

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  // A value encoded already (off this thread) goes as it is, in its envelope.
  const answer = value as ApiResult<unknown>
  const body =
    answer.ok && answer.value instanceof EncodedJson
      ? new EncodedJson([OK_PREFIX, ...answer.value.parts, OK_SUFFIX])
      : // Encoded once: given a string, Node measures its UTF-8 length and then encodes it, two passes.
        Buffer.from(JSON.stringify(value))
  send(res, status, body, 'application/json; charset=utf-8')
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from((header ?? '').replace(/^Bearer\s+/i, ''))
  const expected = Buffer.from(token)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/**
 * Request handler of browser mode: POST /api/<method> with the per-run bearer token runs the same
 * handlers as Electron's IPC; everything else serves the built renderer. Every request must name
 * our own host (a web page elsewhere cannot reach us through DNS rebinding).
 */
export function createHttpApi(options: HttpApiOptions) {
  const root = resolve(options.staticDir)
  const log = options.log ?? (() => {})
  // An encoded handler's answer is its value's bytes, which sendJson recognises and sends as they are.
  const handlers = options.encoded
    ? ({ ...options.handlers, ...options.encoded } as unknown as ApiHandlers)
    : options.handlers

  async function serveStatic(pathname: string, res: ServerResponse): Promise<void> {
    let decoded: string
    try {
      decoded = decodeURIComponent(pathname)
    } catch {
      return send(res, 400, 'Bad request: malformed escape in the path', 'text/plain')
    }
    const relative = normalize(decoded).replace(/^([/\\])+/, '')
    let file = join(root, relative)
    if (file !== root && !file.startsWith(root + sep)) return send(res, 403, 'Forbidden', 'text/plain')
    const info = await stat(file).catch(() => null)
    // Unknown paths get the app shell: routing happens in the renderer.
    if (!info || !info.isFile()) file = join(root, 'index.html')
    const body = await readFile(file).catch(() => null)
    if (!body) return send(res, 404, 'Not found: build the renderer first (npm run build).', 'text/plain')
    send(res, 200, body, rendererMediaType(extname(file).toLowerCase()) ?? 'application/octet-stream')
  }

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      if (!options.allowedHosts().includes(req.headers.host ?? ''))
        return send(res, 421, 'Misdirected request', 'text/plain')
      const url = new URL(req.url ?? '/', 'http://localhost')
      if (url.pathname.startsWith('/api/')) {
        if (req.method !== 'POST') return sendJson(res, 405, fail('validation', 'Use POST.'))
        if (!tokenMatches(req.headers.authorization, options.token))
          return sendJson(
            res,
            401,
            fail('unauthorized', 'Missing or wrong access token: open the URL printed by npm run web.')
          )
        if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
          return sendJson(res, 415, fail('validation', 'Send JSON.'))
        const method = url.pathname.slice('/api/'.length)
        const input = await readInput(req, method)
        if (input === TOO_LARGE) return sendJson(res, 413, importTooLarge())
        if (input === MALFORMED) return sendJson(res, 400, fail('validation', 'Malformed JSON.'))
        return sendJson(res, 200, await dispatch(handlers, method, input, (err) => log(`API ${method} failed`, err)))
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', 'text/plain')
      await serveStatic(url.pathname, res)
    } catch (err) {
      log('request failed', err)
      if (!res.headersSent) sendJson(res, 500, fail('internal', 'Unexpected error.'))
    }
  }
}
