import { mkdirSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openServices, type Services } from '../../../src/backend/services/open'
import { createHttpApi } from '../../../src/server/http-api'
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

async function start(): Promise<string> {
  const staticDir = tempDir()
  mkdirSync(join(staticDir, 'assets'))
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Cotejo</title>')
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)')
  services = openServices(tempDir())
  let port = 0
  const handle = createHttpApi({
    handlers: services.handlers,
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
})
