import { mkdirSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openServices, type Services } from '../../../src/backend/services/open'
import { createHttpApi, keepIdleConnections } from '../../../src/server/http-api'
import { tempDir } from '../support/fs'

const TOKEN = 'test-token-0123456789'
let server: Server | null = null
let services: Services | null = null

afterEach(async () => {
  await new Promise((r) => (server ? server.close(r) : r(null)))
  services?.close()
  server = null
  services = null
})

async function start(options: { encoded?: boolean } = {}): Promise<string> {
  const staticDir = tempDir()
  mkdirSync(join(staticDir, 'assets'))
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Cotejo</title>')
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)')
  services = openServices(tempDir())
  let port = 0
  const handle = createHttpApi({
    handlers: services.handlers,
    ...(options.encoded ? { encoded: services.encoded } : {}),
    token: TOKEN,
    staticDir,
    allowedHosts: () => [`127.0.0.1:${port}`]
  })
  server = createServer((req, res) => void handle(req, res))
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r))
  port = (server.address() as AddressInfo).port
  return `http://127.0.0.1:${port}`
}

interface Envelope {
  ok: boolean
  value?: unknown[]
  error?: { code: string }
}

const post = (base: string, method: string, body: unknown, token: string | null = TOKEN) =>
  fetch(`${base}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body)
  })

describe('browser-mode HTTP API', () => {
  it('runs API methods with the per-run token', async () => {
    const base = await start()
    const created = await (await post(base, 'createProject', { name: 'Notas' })).json()
    expect(created).toMatchObject({ ok: true, value: { name: 'Notas' } })
    const list = (await (await post(base, 'listProjects', {})).json()) as Envelope
    expect(list.value).toHaveLength(1)
  })

  it('sends an answer encoded already in the envelope of any other, with its length', async () => {
    const base = await start({ encoded: true })
    const project = (await (await post(base, 'createProject', { name: 'Notas' })).json()) as { value: { id: number } }
    const pasted = { projectId: project.value.id, name: 'Nota', sourceLang: 'es', targetLang: 'en' }
    const imported = (await (
      await post(base, 'importPasted', { ...pasted, source: 'Año «nuevo».\n\nDos.', target: 'New year.\n\nTwo.' })
    ).json()) as { value: { document: { id: number } } }
    const documentId = imported.value.document.id
    const res = await post(base, 'getDocument', { documentId })
    const body = Buffer.from(await res.arrayBuffer())
    expect(Number(res.headers.get('content-length'))).toBe(body.length)
    expect(JSON.parse(body.toString('utf8'))).toEqual({
      ok: true,
      value: JSON.parse(JSON.stringify(await services!.handlers.getDocument({ documentId })))
    })
    expect(await (await post(base, 'getDocument', { documentId: 99 })).json()).toMatchObject({
      ok: false,
      error: { code: 'notFound' }
    })
  })

  it('refuses calls without the token or with a wrong one, and changes nothing', async () => {
    const base = await start()
    for (const token of [null, 'wrong', `${TOKEN}x`]) {
      const res = await post(base, 'createProject', { name: 'X' }, token)
      expect(res.status).toBe(401)
      expect(await res.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } })
    }
    expect(((await (await post(base, 'listProjects', {})).json()) as Envelope).value).toEqual([])
  })

  it('refuses requests that name another host (DNS rebinding)', async () => {
    const base = await start()
    const { request } = await import('node:http')
    const status = await new Promise<number>((resolve) => {
      const req = request(`${base}/`, { headers: { Host: 'attacker.example:80' } }, (res) =>
        resolve(res.statusCode ?? 0)
      )
      req.end()
    })
    expect(status).toBe(421)
  })

  it('validates input and rejects malformed JSON and non-POST calls', async () => {
    const base = await start()
    expect(await (await post(base, 'getDocument', { documentId: -1 })).json()).toMatchObject({
      error: { code: 'validation' }
    })
    const malformed = await fetch(`${base}/api/listProjects`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
      body: '{nope'
    })
    expect(malformed.status).toBe(400)
    expect((await fetch(`${base}/api/listProjects`)).status).toBe(405)
  })

  it('serves the renderer with a strict CSP, falls back to the app shell, and never leaves its folder', async () => {
    const base = await start()
    const page = await fetch(`${base}/`)
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'")
    expect(page.headers.get('content-security-policy')).not.toContain('unsafe')
    expect(await page.text()).toContain('<title>Cotejo</title>')
    expect((await fetch(`${base}/assets/app.js`)).headers.get('content-type')).toContain('javascript')
    expect(await (await fetch(`${base}/project/3`)).text()).toContain('<title>Cotejo</title>')
    for (const path of ['/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc%2fpasswd']) {
      const text = await (await fetch(`${base}${path}`)).text()
      expect(text).not.toContain('root:')
    }
  })

  it('answers 400, not 500, to a malformed percent-escape in a path, and keeps serving', async () => {
    const base = await start()
    for (const path of ['/%', '/%zz', '/assets/%E0%A4%A', '/%C0']) {
      expect({ path, status: (await fetch(`${base}${path}`)).status }).toEqual({ path, status: 400 })
    }
    expect((await fetch(`${base}/assets/app.js`)).status).toBe(200)
  })

  it('delivers the 413 to a client still uploading a body over the limit, however it is sent', async () => {
    const base = await start()
    const { request } = await import('node:http')
    const big = Buffer.alloc(40 * 1048576, 0x61)
    // Streamed in chunks without a length (chunked encoding), and with a declared length.
    const upload = (declareLength: boolean): Promise<{ status: number; body: string }> =>
      new Promise((resolve, reject) => {
        const headers: Record<string, string | number> = {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${TOKEN}`,
          ...(declareLength ? { 'Content-Length': big.length } : {})
        }
        const req = request(`${base}/api/importPasted`, { method: 'POST', headers }, (res) => {
          let body = ''
          res.on('data', (c: Buffer) => (body += c.toString()))
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
        })
        req.on('error', reject)
        let offset = 0
        const pump = (): void => {
          while (offset < big.length) {
            const more = req.write(big.subarray(offset, (offset += 256 * 1024)))
            if (!more) return void req.once('drain', pump)
          }
          req.end()
        }
        pump()
      })
    for (const declareLength of [false, true, false]) {
      const { status, body } = await upload(declareLength)
      expect(status).toBe(413)
      expect(JSON.parse(body)).toMatchObject({ ok: false, error: { code: 'import.tooLarge', params: { limitMb: 10 } } })
    }
    const viaFetch = await post(base, 'importPasted', { text: 'a'.repeat(40 * 1048576) })
    expect(viaFetch.status).toBe(413)
    expect((await post(base, 'listProjects', {})).status).toBe(200)
  })

  it('imports a file large enough to be decoded from the body as bytes, the same as through the API', async () => {
    const base = await start()
    const project = (await (await post(base, 'createProject', { name: 'Notas' })).json()) as { value: { id: number } }
    const source = Array.from({ length: 1500 }, (_, k) => `Párrafo número ${k}: la Secretaría informó «algo».`)
    const target = Array.from(
      { length: 1500 },
      (_, k) => `Paragraph number ${k}: the Secretariat reported “something”.`
    )
    const text = `${source.join('\n\n')}\n\nEnglish translation\n\n${target.join('\n\n')}\n`
    const base64 = Buffer.from(text).toString('base64')
    expect(base64.length).toBeGreaterThan(100_000)
    const imported = (await (
      await post(base, 'importCombined', { projectId: project.value.id, file: { name: 'nota.txt', base64 } })
    ).json()) as { ok: boolean; value: { document: { id: number } } }
    expect(imported.ok, JSON.stringify(imported)).toBe(true)
    const view = (await (await post(base, 'getDocument', { documentId: imported.value.document.id })).json()) as {
      value: { source: { text: string }[]; target: { text: string }[] }
    }
    expect(view.value.source.map((p) => p.text)).toEqual(source)
    expect(view.value.target.map((p) => p.text)).toEqual(target)
  })

  it('imports a paste long enough to be read from the body as bytes, its text exactly as sent', async () => {
    const base = await start()
    const project = (await (await post(base, 'createProject', { name: 'Notas' })).json()) as { value: { id: number } }
    // Quotes, backslashes, tabs and characters beyond the BMP: escaped in the JSON, or several UTF-8 bytes.
    const source = Array.from({ length: 1500 }, (_, k) => `Párrafo ${k}:\tla Secretaría dijo "sí" \\ «algo» 😀.`)
    const target = Array.from(
      { length: 1500 },
      (_, k) => `Paragraph ${k}:\tthe Secretariat said "yes" \\ “something” 😀.`
    )
    const input = {
      projectId: project.value.id,
      name: 'Nota',
      source: source.join('\n\n'),
      target: target.join('\n\n')
    }
    expect(Buffer.byteLength(input.source)).toBeGreaterThan(64 * 1024)
    const imported = (await (await post(base, 'importPasted', input)).json()) as {
      ok: boolean
      value: { document: { id: number } }
    }
    expect(imported.ok, JSON.stringify(imported)).toBe(true)
    const view = (await (await post(base, 'getDocument', { documentId: imported.value.document.id })).json()) as {
      value: { source: { text: string }[]; target: { text: string }[] }
    }
    expect(view.value.source.map((p) => p.text)).toEqual(source)
    expect(view.value.target.map((p) => p.text)).toEqual(target)
  })

  it('gives one "too large" answer to files and pastes between the import limit and the body limit', async () => {
    const base = await start()
    const project = (await (await post(base, 'createProject', { name: 'Notas' })).json()) as { value: { id: number } }
    const projectId = project.value.id
    const file = (name: string, bytes: number) => ({ name, base64: Buffer.alloc(bytes, 0x61).toString('base64') })
    const MB = 1048576
    const calls: Array<[string, unknown, string]> = [
      ['importBilingual', { projectId, file: file('memoria.tmx', 15 * MB) }, 'memoria.tmx'],
      ['importBilingual', { projectId, file: file('justo.xlf', 10 * MB + 1) }, 'justo.xlf'],
      [
        'importPair',
        { projectId, source: file('nota.es.txt', 1000), target: file('nota.en.txt', 12 * MB) },
        'nota.en.txt'
      ],
      ['importPasted', { projectId, name: 'Nota', source: 'a'.repeat(11 * MB), target: 'b' }, 'Nota']
    ]
    for (const [method, input, name] of calls) {
      const res = await post(base, method, input)
      expect(await res.json()).toMatchObject({
        ok: false,
        error: { code: 'import.tooLarge', params: { file: name, limitMb: 10 } }
      })
    }
  })
})

describe('kept-alive connections', () => {
  it('outlast the idle timeout of Node and browser clients, so a client never writes to a connection the server closed', () => {
    // Node's global agent drops an idle socket after 5 s (browsers keep them longer, but close first
    // too); a server closing at the same moment races it.
    const clientIdle = 5000
    const server = keepIdleConnections(createServer())
    expect(server.keepAliveTimeout).toBeGreaterThan(clientIdle)
    expect(server.headersTimeout).toBeGreaterThan(server.keepAliveTimeout)
  })
})
