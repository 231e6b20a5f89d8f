/**
 * The Electron entry point against Electron's security checklist
 * (https://www.electronjs.org/docs/latest/tutorial/security), one test per item, numbered as there.
 * `electron` is mocked (the real one would download its binary): the tests load src/main/index.ts and
 * src/preload/index.ts and assert what they hand to Electron. Where an item is a build setting
 * (fuses) or a property of the source (no shell.openExternal), the test reads the file, as it says.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { API_METHODS, channelOf } from '../../../src/core/api/contract'
import { CONTENT_SECURITY_POLICY } from '../../../src/core/security/csp'
import { APP_INDEX_URL } from '../../../src/main/app-protocol'
import type { IpcEventLike } from '../../../src/main/ipc'
import type { AppRequest } from '../../../src/main/app-protocol'
import type * as OpenModule from '../../../src/backend/services/open'
import type { OpenOptions } from '../../../src/backend/services/open'
import { tempDir } from '../support/fs'

const ROOT = resolve(__dirname, '../../..')

const electron = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => void
  const calls: string[] = []
  const windows: Array<{ options: Record<string, unknown>; loadURL: ReturnType<typeof vi.fn> }> = []
  class BrowserWindow {
    options: Record<string, unknown>
    loadURL = vi.fn(async () => {})
    loadFile = vi.fn(async () => {})
    once = vi.fn()
    destroy = vi.fn()
    webContents = { printToPDF: vi.fn(async () => Buffer.from('%PDF-1.7')) }
    constructor(options: Record<string, unknown>) {
      this.options = options
      windows.push(this)
    }
    static getAllWindows = (): unknown[] => windows
  }
  return {
    calls,
    windows,
    appListeners: new Map<string, Listener>(),
    ipc: new Map<string, (event: unknown, input: unknown) => Promise<unknown>>(),
    schemes: [] as unknown[],
    protocols: new Map<string, (request: unknown) => Promise<Response>>(),
    exposed: new Map<string, unknown>(),
    invoke: vi.fn(async () => ({ ok: true })),
    openOptions: null as unknown,
    session: {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      webRequest: { onHeadersReceived: vi.fn() }
    },
    BrowserWindow
  }
})

vi.mock('electron', () => ({
  app: {
    isPackaged: true,
    whenReady: () => {
      electron.calls.push('whenReady')
      return Promise.resolve()
    },
    getPath: () => '/nonexistent',
    on: (name: string, fn: (...args: unknown[]) => void) => electron.appListeners.set(name, fn),
    quit: vi.fn(),
    exit: vi.fn()
  },
  BrowserWindow: electron.BrowserWindow,
  dialog: { showErrorBox: vi.fn() },
  ipcMain: {
    handle: (channel: string, fn: (event: unknown, input: unknown) => Promise<unknown>) => electron.ipc.set(channel, fn)
  },
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => {
      electron.calls.push('registerSchemesAsPrivileged')
      electron.schemes.push(...schemes)
    },
    handle: (scheme: string, fn: (request: unknown) => Promise<Response>) => {
      electron.calls.push(`handle ${scheme}`)
      electron.protocols.set(scheme, fn)
    }
  },
  session: { defaultSession: electron.session },
  // What the preload uses.
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value) },
  ipcRenderer: { invoke: electron.invoke },
  webUtils: { getPathForFile: () => '' }
}))

// The real services, but the options the entry passes are kept: they carry printToPdf.
vi.mock('../../../src/backend/services/open', async (importOriginal) => {
  const real = await importOriginal<typeof OpenModule>()
  return {
    ...real,
    openServices: (dir: string, options: OpenOptions) => {
      electron.openOptions = options
      return real.openServices(dir, options)
    }
  }
})

type Prefs = Record<string, unknown>
let main: { options: Record<string, unknown>; loadURL: ReturnType<typeof vi.fn> }
let pdf: { options: Record<string, unknown>; loadURL: ReturnType<typeof vi.fn> }
const prefsOf = (w: { options: Record<string, unknown> }): Prefs => w.options.webPreferences as Prefs
const bothWindows = (): Array<[string, Prefs]> => [
  ['main window', prefsOf(main)],
  ['PDF window', prefsOf(pdf)]
]

beforeAll(async () => {
  process.env.COTEJO_DATA_DIR = tempDir()
  await import('../../../src/main/index')
  await vi.waitFor(() => expect(electron.windows).toHaveLength(1))
  main = electron.windows[0]!
  const printToPdf = (electron.openOptions as OpenOptions).printToPdf!
  const bytes = await printToPdf('<p>Informe</p>')
  expect(new TextDecoder().decode(bytes)).toBe('%PDF-1.7')
  pdf = electron.windows[1]!
})

/** A fake web contents passed through the entry's `web-contents-created` listener. */
function createdContents() {
  const listeners = new Map<string, (...args: unknown[]) => void>()
  let openHandler: ((d: { url: string }) => { action: string }) | null = null
  const contents = {
    on: (name: string, fn: (...args: unknown[]) => void) => void listeners.set(name, fn),
    setWindowOpenHandler: (fn: (d: { url: string }) => { action: string }) => void (openHandler = fn)
  }
  electron.appListeners.get('web-contents-created')!({}, contents)
  return { listeners, open: (url: string) => openHandler!({ url }) }
}

describe('Electron main entry', () => {
  it('opens one window on our page and registers every API method', () => {
    expect(String(prefsOf(main).preload)).toMatch(/preload[/\\]index\.cjs$/)
    expect(main.loadURL).toHaveBeenCalledWith(APP_INDEX_URL)
    expect(electron.ipc.size).toBe(API_METHODS.length)
  })
})

describe('Electron security checklist', () => {
  it('1. loads only our own content: app:// for the page, a data: URL for the PDF', () => {
    expect(main.loadURL.mock.calls).toEqual([[APP_INDEX_URL]])
    expect(pdf.loadURL.mock.calls).toHaveLength(1)
    expect(String(pdf.loadURL.mock.calls[0]![0])).toMatch(/^data:text\/html;charset=utf-8;base64,/)
  })

  it('2. no Node.js integration in any window, worker or subframe', () => {
    for (const [name, prefs] of bothWindows()) {
      expect(prefs, name).toMatchObject({
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false
      })
    }
  })

  it('3. context isolation in every window', () => {
    for (const [name, prefs] of bothWindows()) expect(prefs.contextIsolation, name).toBe(true)
  })

  it('4. sandbox in every window; the PDF window also runs no JavaScript and has no preload', () => {
    for (const [name, prefs] of bothWindows()) expect(prefs.sandbox, name).toBe(true)
    expect(prefsOf(pdf).javascript).toBe(false)
    expect(prefsOf(pdf).preload).toBeUndefined()
  })

  it('5. every permission request and check is denied', () => {
    const request = electron.session.setPermissionRequestHandler.mock.calls[0]![0] as (
      wc: unknown,
      permission: string,
      cb: (granted: boolean) => void
    ) => void
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const cb = vi.fn()
      request(null, permission, cb)
      expect(cb, permission).toHaveBeenCalledWith(false)
    }
    const check = electron.session.setPermissionCheckHandler.mock.calls[0]![0] as () => boolean
    expect(check()).toBe(false)
  })

  it('6. web security stays on in every window', () => {
    for (const [name, prefs] of bothWindows()) expect(prefs.webSecurity, name).toBe(true)
  })

  it('7. a CSP as a response header (session and app://) and as a meta tag in the page', async () => {
    const onHeaders = electron.session.webRequest.onHeadersReceived.mock.calls[0]![0] as (
      d: { responseHeaders?: Record<string, string[]> },
      cb: (r: { responseHeaders: Record<string, string[]> }) => void
    ) => void
    let header: string[] = []
    onHeaders({ responseHeaders: { 'Content-Security-Policy': ['default-src *'] } }, (r) => {
      header = r.responseHeaders['Content-Security-Policy']!
    })
    expect(header).toEqual([CONTENT_SECURITY_POLICY])
    // The handler the entry registered serves the renderer folder next to it (src/renderer here).
    const page = await electron.protocols.get('app')!({ method: 'GET', url: APP_INDEX_URL } satisfies AppRequest)
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    // The meta tag carries the same policy minus frame-ancestors, which a meta tag cannot set.
    const html = readFileSync(join(ROOT, 'src/renderer/index.html'), 'utf8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1]
    const directives = (csp: string) => csp.split(';').map((d) => d.trim())
    expect(directives(meta!)).toEqual(
      directives(CONTENT_SECURITY_POLICY).filter((d) => !d.startsWith('frame-ancestors'))
    )
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|\*|http:|https:|file:/)
  })

  it('8. no insecure content on a secure page', () => {
    for (const [name, prefs] of bothWindows()) expect(prefs.allowRunningInsecureContent, name).toBe(false)
  })

  it('9. no experimental features', () => {
    for (const [name, prefs] of bothWindows()) expect(prefs.experimentalFeatures, name).toBe(false)
  })

  it('10. no enableBlinkFeatures (and middle-click auxclick disabled)', () => {
    for (const [name, prefs] of bothWindows()) {
      expect(prefs, name).not.toHaveProperty('enableBlinkFeatures')
      expect(prefs.disableBlinkFeatures, name).toBe('Auxclick')
    }
  })

  it('11. no <webview> tag, so no allowpopups', () => {
    for (const [name, prefs] of bothWindows()) expect(prefs.webviewTag, name).toBe(false)
  })

  it('12. a webview about to be attached is refused', () => {
    const event = { preventDefault: vi.fn() }
    createdContents().listeners.get('will-attach-webview')!(event, {}, {})
    expect(event.preventDefault).toHaveBeenCalled()
  })

  it('13. navigation of the page or of any frame, and redirects, are blocked', () => {
    const { listeners } = createdContents()
    for (const name of ['will-navigate', 'will-redirect']) {
      const event = { preventDefault: vi.fn() }
      listeners.get(name)!(event, 'https://example.com/')
      expect(event.preventDefault, name).toHaveBeenCalled()
    }
    const details = { url: 'https://example.com/', isMainFrame: false, preventDefault: vi.fn() }
    listeners.get('will-frame-navigate')!(details)
    expect(details.preventDefault).toHaveBeenCalled()
  })

  it('14. new windows are denied', () => {
    const { open } = createdContents()
    expect(open('https://example.com/')).toEqual({ action: 'deny' })
    expect(open(APP_INDEX_URL)).toEqual({ action: 'deny' })
  })

  it('15. shell.openExternal is never called (source read: nothing to guard, and it stays so)', () => {
    for (const dir of ['src/main', 'src/preload']) {
      for (const file of readdirSync(join(ROOT, dir))) {
        expect(readFileSync(join(ROOT, dir, file), 'utf8'), `${dir}/${file}`).not.toMatch(/openExternal|\bshell\b/)
      }
    }
  })

  it('16. Electron is pinned to an exact, installed, supported version (package.json read)', () => {
    const pinned = (
      JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }
    ).devDependencies.electron!
    const installed = (
      JSON.parse(readFileSync(join(ROOT, 'node_modules/electron/package.json'), 'utf8')) as { version: string }
    ).version
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/)
    expect(installed).toBe(pinned)
    // 45 was current when the app:// protocol and fuses were added: a downgrade below it fails here.
    expect(Number(pinned.split('.')[0])).toBeGreaterThanOrEqual(45)
  })

  it('17. IPC is answered only for the main frame of the app:// page', async () => {
    const call = electron.ipc.get(channelOf('listProjects'))!
    const frame = (url: string) => ({ url })
    const ours = frame(APP_INDEX_URL)
    const event = (senderFrame: { url: string } | null, mainFrame: unknown): IpcEventLike => ({
      senderFrame,
      sender: { mainFrame }
    })
    expect(await call(event(ours, ours), {})).toMatchObject({ ok: true })
    const refused = [
      event(frame(`${APP_INDEX_URL}#/x`), ours), // an iframe of our own page
      ...['file:///app/out/renderer/index.html', 'app://evil/index.html', 'https://example.com/'].map((url) => {
        const f = frame(url)
        return event(f, f)
      }),
      event(null, ours)
    ]
    for (const e of refused) {
      expect(await call(e, {}), e.senderFrame?.url ?? 'no frame').toMatchObject({
        ok: false,
        error: { code: 'unauthorized' }
      })
    }
  })

  it('18. a privileged app:// scheme, registered before ready, instead of file://', () => {
    expect(electron.schemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }
    ])
    expect(electron.calls.indexOf('registerSchemesAsPrivileged')).toBeLessThan(electron.calls.indexOf('whenReady'))
    expect(electron.calls).toContain('handle app')
    expect(main.loadURL.mock.calls.flat().join(' ')).not.toContain('file:')
  })

  it('19. fuses flipped at packaging (electron-builder.yml read)', () => {
    const yml = readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')
    const block = /^electronFuses:\n((?: {2}\w+: (?:true|false)\n)+)/m.exec(yml)?.[1]
    const fuses = Object.fromEntries(
      block!
        .trim()
        .split('\n')
        .map((line) => {
          const [key, value] = line.trim().split(': ')
          return [key!, value === 'true']
        })
    )
    expect(fuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false
    })
    // Every key is one electron-builder knows (its schema rejects others at packaging time anyway).
    const scheme = JSON.parse(readFileSync(join(ROOT, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as {
      definitions: { FuseOptionsV1: { properties: Record<string, unknown> } }
    }
    for (const key of Object.keys(fuses)) expect(scheme.definitions.FuseOptionsV1.properties, key).toHaveProperty(key)
  })

  it('20. the page gets named API methods only, never ipcRenderer or other Electron APIs', async () => {
    await import('../../../src/preload/index')
    expect([...electron.exposed.keys()]).toEqual(['cotejo'])
    const bridge = electron.exposed.get('cotejo') as { api: Record<string, unknown>; runtime: string }
    expect(Object.keys(bridge).sort()).toEqual(['api', 'pathForFile', 'runtime'])
    expect(Object.keys(bridge.api).sort()).toEqual([...API_METHODS].sort())
    for (const value of Object.values(bridge.api)) expect(typeof value).toBe('function')
    await (bridge.api.listProjects as (input: unknown) => Promise<unknown>)({})
    expect(electron.invoke).toHaveBeenCalledWith(channelOf('listProjects'), {})
  })
})
