import { CONTENT_SECURITY_POLICY } from '../core/security/csp'

/** Structural views of the Electron objects this module hardens (tests pass fakes). */
interface PreventableEvent {
  preventDefault(): void
}

export interface WebContentsLike {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: PreventableEvent, url: string) => void): void
  on(event: 'will-frame-navigate', listener: (details: PreventableEvent & { url: string }) => void): void
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): void
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void
}

export interface SessionLike {
  setPermissionRequestHandler(
    handler: (wc: unknown, permission: string, callback: (granted: boolean) => void) => void
  ): void
  setPermissionCheckHandler(handler: () => boolean): void
  webRequest: {
    onHeadersReceived(
      listener: (
        details: { responseHeaders?: Record<string, string[] | string> },
        callback: (response: { responseHeaders: Record<string, string[] | string> }) => void
      ) => void
    ): void
  }
}

/**
 * Blocks navigation (of the page and of any frame in it), redirects, new windows and webviews for a
 * web contents. The app is a single page: nothing it shows should ever take a window or a frame
 * elsewhere. None of these fire for loadURL, so the app's own load is unaffected.
 */
export function hardenWebContents(contents: WebContentsLike, log: (msg: string) => void): void {
  contents.on('will-navigate', (event, url) => {
    event.preventDefault()
    log(`blocked navigation to ${url}`)
  })
  contents.on('will-frame-navigate', (details) => {
    details.preventDefault()
    log(`blocked frame navigation to ${details.url}`)
  })
  contents.on('will-redirect', (event, url) => {
    event.preventDefault()
    log(`blocked redirect to ${url}`)
  })
  contents.on('will-attach-webview', (event) => {
    event.preventDefault()
    log('blocked webview')
  })
  contents.setWindowOpenHandler(({ url }) => {
    log(`blocked window.open(${url})`)
    return { action: 'deny' }
  })
}

/** Denies every permission (camera, notifications, geolocation...) and sets the CSP on every response. */
export function hardenSession(session: SessionLike): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] }
    })
  })
}
