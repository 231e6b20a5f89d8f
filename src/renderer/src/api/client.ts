import type { ApiMethod, CotejoApi } from '@core/api/contract'
import type { ApiResult } from '@core/api/result'
import type { CotejoBridge } from '../../../preload/bridge'

const TOKEN_KEY = 'cotejo.token'

/**
 * Browser mode hands the per-run token in the URL fragment (never sent to the server, never in
 * logs). Keep it for this tab and take it out of the address bar.
 */
function takeTokenFromUrl(): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash)
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1])
    history.replaceState(null, '', `${window.location.pathname}${window.location.search}#/`)
  }
  return sessionStorage.getItem(TOKEN_KEY)
}

function httpBridge(): CotejoBridge {
  const token = takeTokenFromUrl()
  const api = new Proxy({} as CotejoApi, {
    get(_target, method: string) {
      return async (input: unknown): Promise<ApiResult<unknown>> => {
        try {
          const res = await fetch(`/api/${encodeURIComponent(method as ApiMethod)}`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token ?? ''}` },
            body: JSON.stringify(input ?? {})
          })
          return (await res.json()) as ApiResult<unknown>
        } catch (err) {
          return { ok: false, error: { code: 'internal', message: err instanceof Error ? err.message : String(err) } }
        }
      }
    }
  })
  return { api, runtime: 'browser', pathForFile: () => null }
}

/** The desktop preload's bridge when present, else the same API over HTTP (browser mode). */
export const bridge: CotejoBridge = window.cotejo ?? httpBridge()
export const api = bridge.api

/** Thrown by `unwrap` so a failed call can be shown with its translated message. */
export class ApiCallError extends Error {
  readonly code: string
  readonly params: Record<string, string | number> | undefined
  constructor(error: { code: string; message: string; params?: Record<string, string | number> | undefined }) {
    super(error.message)
    this.code = error.code
    this.params = error.params
  }
}

export async function unwrap<T>(result: Promise<ApiResult<T>>): Promise<T> {
  const r = await result
  if (!r.ok) throw new ApiCallError(r.error)
  return r.value
}
