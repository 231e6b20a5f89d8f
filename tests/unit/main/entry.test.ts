import { beforeEach, describe, expect, it, vi } from 'vitest'
import { API_METHODS } from '../../../src/core/api/contract'
import { tempDir } from '../support/fs'

// Importing the real `electron` here would try to download its binary: the whole module is mocked.
const electron = vi.hoisted(() => {
  const windows: Array<{ options: Record<string, unknown>; loadFile: ReturnType<typeof vi.fn> }> = []
  const appListeners = new Map<string, (...args: unknown[]) => void>()
  class BrowserWindow {
    options: Record<string, unknown>
    loadFile = vi.fn(async () => {})
    loadURL = vi.fn(async () => {})
    once = vi.fn()
    constructor(options: Record<string, unknown>) {
      this.options = options
      windows.push(this)
    }
    static getAllWindows = (): unknown[] => windows
  }
  return {
    windows,
    appListeners,
    handled: [] as string[],
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
    whenReady: () => Promise.resolve(),
    getPath: () => '/nonexistent',
    on: (name: string, fn: (...args: unknown[]) => void) => electron.appListeners.set(name, fn),
    quit: vi.fn(),
    exit: vi.fn()
  },
  BrowserWindow: electron.BrowserWindow,
  dialog: { showErrorBox: vi.fn() },
  ipcMain: { handle: (channel: string) => electron.handled.push(channel) },
  session: { defaultSession: electron.session }
}))

describe('Electron main entry', () => {
  beforeEach(() => {
    process.env.COTEJO_DATA_DIR = tempDir()
  })

  it('opens one sandboxed, isolated window, registers every API method and hardens the session', async () => {
    await import('../../../src/main/index')
    await vi.waitFor(() => expect(electron.windows).toHaveLength(1))
    const prefs = electron.windows[0]!.options.webPreferences as Record<string, unknown>
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false
    })
    expect(String(prefs.preload)).toMatch(/preload[/\\]index\.cjs$/)
    expect(electron.windows[0]!.loadFile).toHaveBeenCalledWith(expect.stringMatching(/renderer[/\\]index\.html$/))
    expect(electron.handled).toHaveLength(API_METHODS.length)
    expect(electron.session.setPermissionRequestHandler).toHaveBeenCalled()
    expect(electron.session.webRequest.onHeadersReceived).toHaveBeenCalled()
    expect(electron.appListeners.has('web-contents-created')).toBe(true)
  })
})
