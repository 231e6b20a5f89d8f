import { describe, expect, it, vi } from 'vitest'
import { hardenSession, hardenWebContents } from '../../../src/main/security'

describe('Electron hardening', () => {
  /** A fake web contents that records the listeners hardenWebContents installs. */
  function hardened() {
    const listeners = new Map<string, (...args: never[]) => void>()
    let openHandler: ((d: { url: string }) => { action: string }) | null = null
    const logs: string[] = []
    const contents = {
      on: (name: string, fn: never) => void listeners.set(name, fn),
      setWindowOpenHandler: (fn: never) => void (openHandler = fn)
    }
    hardenWebContents(contents as never, (m) => logs.push(m))
    return { listeners, logs, open: (url: string) => openHandler!({ url }) }
  }

  it('blocks navigation, redirects, webviews and new windows', () => {
    const { listeners, open } = hardened()
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const event = { preventDefault: vi.fn() }
      ;(listeners.get(name) as (e: typeof event, url: string) => void)(event, 'https://example.com')
      expect(event.preventDefault, name).toHaveBeenCalled()
    }
    expect(open('https://example.com')).toEqual({ action: 'deny' })
    expect(open('app://cotejo/index.html')).toEqual({ action: 'deny' })
  })

  it('blocks navigation of any frame (will-frame-navigate), main frame or iframe, whatever the target', () => {
    const { listeners, logs } = hardened()
    const frameNavigate = listeners.get('will-frame-navigate') as (d: {
      url: string
      isMainFrame: boolean
      preventDefault(): void
    }) => void
    for (const [url, isMainFrame] of [
      ['https://example.com/phish', false],
      ['file:///etc/passwd', false],
      ['app://cotejo/index.html', false],
      ['javascript:alert(1)', true]
    ] as const) {
      const details = { url, isMainFrame, preventDefault: vi.fn() }
      frameNavigate(details)
      expect(details.preventDefault, url).toHaveBeenCalled()
    }
    expect(logs).toContain('blocked frame navigation to https://example.com/phish')
  })

  it('denies permissions and sets a CSP header without unsafe sources', () => {
    let request: ((wc: unknown, p: string, cb: (g: boolean) => void) => void) | null = null
    let check: (() => boolean) | null = null
    let headers:
      | ((
          d: { responseHeaders?: Record<string, string[]> },
          cb: (r: { responseHeaders: Record<string, string[]> }) => void
        ) => void)
      | null = null
    hardenSession({
      setPermissionRequestHandler: (fn: never) => void (request = fn),
      setPermissionCheckHandler: (fn: never) => void (check = fn),
      webRequest: { onHeadersReceived: (fn: never) => void (headers = fn) }
    } as never)
    const granted = vi.fn()
    request!(null, 'media', granted)
    expect(granted).toHaveBeenCalledWith(false)
    expect(check!()).toBe(false)
    let csp: string[] = []
    headers!({ responseHeaders: {} }, (r) => (csp = r.responseHeaders['Content-Security-Policy']!))
    expect(csp[0]).toContain("default-src 'none'")
    expect(csp[0]).not.toMatch(/unsafe|\*/)
  })
})
