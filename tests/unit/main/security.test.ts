import { describe, expect, it, vi } from 'vitest'
import { hardenSession, hardenWebContents } from '../../../src/main/security'

describe('Electron hardening', () => {
  it('blocks navigation, redirects, webviews and new windows', () => {
    const listeners = new Map<string, (event: { preventDefault(): void }, url?: string) => void>()
    let openHandler: ((d: { url: string }) => { action: string }) | null = null
    const contents = {
      on: (name: string, fn: never) => void listeners.set(name, fn),
      setWindowOpenHandler: (fn: never) => void (openHandler = fn)
    }
    hardenWebContents(contents as never, () => {})
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const event = { preventDefault: vi.fn() }
      listeners.get(name)!(event, 'https://example.com')
      expect(event.preventDefault, name).toHaveBeenCalled()
    }
    expect(openHandler!({ url: 'https://example.com' })).toEqual({ action: 'deny' })
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
