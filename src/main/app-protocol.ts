/**
 * The `app://` protocol the packaged app loads its page from, instead of `file://` (Electron security
 * checklist, item 18): a standard, secure origin of its own that can read the built renderer folder
 * and nothing else. No `electron` import: index.ts hands the handler to `protocol.handle`, tests call
 * it directly with hostile URLs.
 */
import { readFile } from 'node:fs/promises'
import { extname, isAbsolute, relative, resolve } from 'node:path'
import { CONTENT_SECURITY_POLICY } from '../core/security/csp'
import { rendererMediaType } from '../core/security/renderer-files'

export const APP_SCHEME = 'app'
export const APP_ORIGIN = 'app://cotejo'
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`

/**
 * Registered before `ready`. Standard: relative URLs and a real origin; secure: a secure context like
 * https; supportFetchAPI: module scripts and fetch of same-origin assets. Not corsEnabled (other
 * origins cannot read it), no bypassCSP, no service workers.
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true }
} as const

/** Our origin, then a path with no query or fragment parsing left to chance. */
const APP_URL = /^app:\/\/cotejo(\/[^?#]*)?(?:[?#].*)?$/

/**
 * The file inside `root` a request URL names, or null. Chromium normalises standard URLs before they
 * get here; this refuses on its own anyway: other hosts, encoded separators, backslashes, NUL, `.`
 * and `..` segments (plain or percent-encoded), drive letters, empty segments, unknown extensions.
 */
export function resolveAppPath(root: string, url: string): string | null {
  const m = APP_URL.exec(url)
  if (!m) return null
  const rawPath = m[1] === undefined || m[1] === '/' ? '/index.html' : m[1]
  if (/\\|%5c|%2f|%00/i.test(rawPath)) return null
  let path: string
  try {
    path = decodeURIComponent(rawPath)
  } catch {
    return null
  }
  const segments = path.slice(1).split('/')
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (segments.some((s) => s === '' || s === '.' || s === '..' || /[:\u0000-\u001f]/.test(s))) return null
  const base = resolve(root)
  const file = resolve(base, ...segments)
  const rel = relative(base, file)
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null
  return rendererMediaType(extname(file).toLowerCase()) !== null ? file : null
}

export interface AppRequest {
  method: string
  url: string
}

const plain = (status: number, text: string, headers: Record<string, string> = {}): Response =>
  new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...headers } })

/**
 * The `protocol.handle` handler for `app://`: GET only, files of `root` only, MIME by extension, the
 * CSP as a header on HTML (the page also carries it as a meta tag), 404 for anything else. The built
 * renderer folder is ours and holds no links, so a path inside it stays inside it.
 */
export function createAppProtocolHandler(
  root: string,
  read: (file: string) => Promise<Uint8Array> = readFile
): (request: AppRequest) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET') return plain(405, 'Method not allowed', { Allow: 'GET' })
    const file = resolveAppPath(root, request.url)
    if (file === null) return plain(404, 'Not found')
    let body: Uint8Array
    try {
      body = await read(file)
    } catch {
      return plain(404, 'Not found')
    }
    const type = rendererMediaType(extname(file).toLowerCase()) as string
    const headers: Record<string, string> = { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff' }
    if (type.startsWith('text/html')) headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY
    return new Response(new Uint8Array(body), { status: 200, headers })
  }
}

/**
 * Whether a URL is our page: the app:// index (any fragment), or during `npm run dev` a page of the
 * dev server's origin. Used by the IPC sender check.
 */
export function isOurPage(url: string, devServerUrl?: string): boolean {
  if (devServerUrl !== undefined) {
    try {
      return new URL(url).origin === new URL(devServerUrl).origin
    } catch {
      return false
    }
  }
  return url.split('#')[0] === APP_INDEX_URL
}
