import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { APP_INDEX_URL, createAppProtocolHandler, isOurPage, resolveAppPath } from '../../../src/main/app-protocol'
import { CONTENT_SECURITY_POLICY } from '../../../src/core/security/csp'
import { tempDir } from '../support/fs'

/** A built renderer folder next to a secret the protocol must never serve. */
function site() {
  const top = tempDir()
  const root = join(top, 'renderer')
  mkdirSync(join(root, 'assets'), { recursive: true })
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Cotejo</title>')
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)')
  writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}')
  writeFileSync(join(root, 'assets', 'index-abc.js.map'), '{}')
  writeFileSync(join(top, 'secret.js'), 'the database key')
  writeFileSync(join(top, 'renderer-other.js'), 'a sibling folder with a common prefix')
  return { root, handle: createAppProtocolHandler(root) }
}

const get = (url: string) => ({ method: 'GET', url })

describe('app:// protocol', () => {
  it('serves the page and its assets with their MIME types, the CSP on HTML and nosniff', async () => {
    const { handle } = site()
    for (const url of [APP_INDEX_URL, 'app://cotejo/', 'app://cotejo', 'app://cotejo/index.html#/project/3']) {
      const r = await handle(get(url))
      expect(r.status, url).toBe(200)
      expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8')
      expect(r.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
      expect(await r.text()).toContain('<title>Cotejo</title>')
    }
    const js = await handle(get('app://cotejo/assets/index-abc.js?v=1'))
    expect(js.status).toBe(200)
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(js.headers.get('x-content-type-options')).toBe('nosniff')
    expect(js.headers.get('content-security-policy')).toBeNull()
    expect(await js.text()).toBe('console.log(1)')
    expect((await handle(get('app://cotejo/assets/index-abc.css'))).headers.get('content-type')).toBe(
      'text/css; charset=utf-8'
    )
    // %-escapes of ordinary characters are fine.
    expect((await handle(get('app://cotejo/assets/index%2Dabc.js'))).status).toBe(200)
  })

  it('refuses every way out of the renderer folder', async () => {
    const { handle } = site()
    const attempts = [
      'app://cotejo/../secret.js',
      'app://cotejo/assets/../../secret.js',
      'app://cotejo/%2e%2e/secret.js',
      'app://cotejo/%2E%2E/secret.js',
      'app://cotejo/.%2e/secret.js',
      'app://cotejo/assets/%2e%2e%2f%2e%2e%2fsecret.js',
      'app://cotejo/..%2fsecret.js',
      'app://cotejo/..%5csecret.js',
      'app://cotejo/..\\secret.js',
      'app://cotejo/assets\\..\\..\\secret.js',
      'app://cotejo//etc/passwd',
      'app://cotejo/%2fetc%2fpasswd',
      'app://cotejo/C:/Windows/win.ini',
      'app://cotejo/c%3A%5CWindows%5Cwin.ini',
      'app://cotejo/./index.html',
      'app://cotejo/../renderer-other.js',
      'app://cotejo/index.html%00.js',
      'app://cotejo/%E0%A4%A',
      'app://evil/index.html',
      'app://cotejo.evil/index.html',
      'app://cotejo@evil/index.html',
      'app://cotejo:80/index.html',
      'file:///etc/passwd',
      'https://cotejo/index.html'
    ]
    for (const url of attempts) {
      const r = await handle(get(url))
      expect(r.status, url).toBe(404)
      expect(await r.text(), url).toBe('Not found')
    }
  })

  it('answers 404 for what the build does not serve: missing files, folders, source maps, unknown types', async () => {
    const { handle } = site()
    for (const url of [
      'app://cotejo/missing.js',
      'app://cotejo/assets',
      'app://cotejo/assets/',
      'app://cotejo/assets/index-abc.js.map',
      'app://cotejo/.env'
    ]) {
      expect((await handle(get(url))).status, url).toBe(404)
    }
  })

  it('answers GET only', async () => {
    const { handle } = site()
    for (const method of ['POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS']) {
      const r = await handle({ method, url: APP_INDEX_URL })
      expect(r.status, method).toBe(405)
      expect(r.headers.get('allow')).toBe('GET')
    }
  })

  it('resolves only paths inside the root', () => {
    const { root } = site()
    expect(resolveAppPath(root, 'app://cotejo/assets/index-abc.js')).toBe(join(root, 'assets', 'index-abc.js'))
    expect(resolveAppPath(root, 'app://cotejo/%2e%2e/secret.js')).toBeNull()
  })
})

describe('our page', () => {
  it('is the app:// index, or the dev server origin during npm run dev', () => {
    expect(isOurPage(APP_INDEX_URL)).toBe(true)
    expect(isOurPage(`${APP_INDEX_URL}#/settings`)).toBe(true)
    for (const url of [
      'app://cotejo/other.html',
      'app://evil/index.html',
      'file:///app/out/renderer/index.html',
      'http://localhost:5173/',
      'about:blank'
    ]) {
      expect(isOurPage(url), url).toBe(false)
    }
    const dev = 'http://localhost:5173'
    expect(isOurPage('http://localhost:5173/', dev)).toBe(true)
    expect(isOurPage('http://localhost:51730/', dev)).toBe(false)
    expect(isOurPage('http://localhost:5173.evil.test/', dev)).toBe(false)
    expect(isOurPage(APP_INDEX_URL, dev)).toBe(false)
    expect(isOurPage('not a url', dev)).toBe(false)
  })
})
