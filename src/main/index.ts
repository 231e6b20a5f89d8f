/**
 * Electron entry point. Everything that can run without Electron (database, services, IPC
 * registration, hardening) lives in modules that take Electron objects as parameters, so tests load
 * them under plain Node; only this file imports `electron`.
 */
import { app, BrowserWindow, dialog, ipcMain, protocol, session } from 'electron'
import { join } from 'node:path'
import { APP_INDEX_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler, isOurPage } from './app-protocol'
import { registerIpc } from './ipc'
import { resolveDataDir } from '../backend/paths'
import { hardenSession, hardenWebContents } from './security'
import { openServices, type Services } from '../backend/services/open'

const log = (msg: string, err?: unknown): void => console.error(`[cotejo] ${msg}`, err ?? '')
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined
const rendererUrl = devServerUrl ?? APP_INDEX_URL
const isOurUrl = (url: string): boolean => isOurPage(url, devServerUrl)

// Privileged schemes can only be registered before `ready`.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])

let services: Services | null = null

/** The review report as PDF: Chromium prints the HTML in a hidden window with scripts off. */
async function printToPdf(html: string): Promise<Uint8Array> {
  const win = new BrowserWindow({
    show: false,
    // Written out again, not shared with the main window: electronegativity reads only literals (a
    // shared constant turns its checks into blocking warnings). tests/unit/main/index.test.ts asserts
    // both windows' options as Electron receives them.
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
      javascript: false
    }
  })
  try {
    await win.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`)
    return new Uint8Array(await win.webContents.printToPDF({ printBackground: true, pageSize: 'A4' }))
  } finally {
    win.destroy()
  }
}

function createWindow(): void {
  const win = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    title: 'Cotejo',
    show: false,
    // Written out in full (not left to defaults) and inline, so reviewers and electronegativity see them.
    webPreferences: {
      preload: join(__dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false
    }
  })
  win.once('ready-to-show', () => win.show())
  void win.loadURL(rendererUrl)
}

app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, (m) => log(m)))

app
  .whenReady()
  .then(() => {
    const dataDir = resolveDataDir(process.argv, process.env, app.getPath('userData'))
    services = openServices(dataDir, {
      printToPdf,
      loadSpelling: true,
      checkWorker: join(__dirname, 'check-worker.js')
    })
    hardenSession(session.defaultSession)
    protocol.handle(APP_SCHEME, createAppProtocolHandler(join(__dirname, '../renderer')))
    registerIpc(ipcMain, services.handlers, isOurUrl, log)
    createWindow()
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow()
    })
  })
  .catch((err: unknown) => {
    // E.g. a database written by a newer Cotejo: say so in a dialog rather than dying silently.
    log('start-up failed', err)
    dialog.showErrorBox('Cotejo', err instanceof Error ? err.message : String(err))
    app.exit(1)
  })

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})

app.on('will-quit', () => services?.close())
