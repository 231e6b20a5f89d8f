import { API_METHODS, channelOf, type ApiHandlers } from '../core/api/contract'
import { dispatch } from '../core/api/dispatch'
import { fail, type ApiResult } from '../core/api/result'
import { EncodedJson } from '../backend/services/encoded-json'
import type { EncodedHandlers } from '../backend/services/handlers'

/** The parts of Electron's IPC event this module reads (kept structural so tests need no Electron). */
export interface IpcEventLike {
  senderFrame: { url: string } | null
  sender: { mainFrame: unknown }
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, input: unknown) => Promise<unknown>): void
}

/**
 * A sender is trusted when it is the main frame of our own page: an iframe or a page that somehow
 * navigated elsewhere gets nothing.
 */
export function isTrustedSender(event: IpcEventLike, isOurUrl: (url: string) => boolean): boolean {
  const frame = event.senderFrame
  return frame !== null && frame === event.sender.mainFrame && isOurUrl(frame.url)
}

/**
 * An answer encoded already (off this thread) crosses as one byte array, which the preload parses
 * (`preload/encoded-answer.ts`): cloning a 5,000-paragraph document object took the main process
 * hundreds of milliseconds, copying its bytes takes a few.
 */
function asBytes(answer: ApiResult<unknown>): unknown {
  if (!answer.ok || !(answer.value instanceof EncodedJson)) return answer
  return { ok: true, value: Buffer.concat(answer.value.parts) }
}

/**
 * Registers one handler per API method: sender check, then the shared dispatch (schema, envelope).
 * `encoded` methods answer with JSON bytes instead, as in the browser mode.
 */
export function registerIpc(
  ipcMain: IpcMainLike,
  services: ApiHandlers,
  isOurUrl: (url: string) => boolean,
  log: (msg: string, err?: unknown) => void,
  encoded?: EncodedHandlers
): void {
  const handlers = encoded ? ({ ...services, ...encoded } as unknown as ApiHandlers) : services
  for (const method of API_METHODS) {
    ipcMain.handle(channelOf(method), async (event, input) => {
      if (!isTrustedSender(event, isOurUrl)) {
        log(`IPC ${method} refused from ${event.senderFrame?.url ?? 'unknown frame'}`)
        return fail('unauthorized', 'Request from an untrusted frame.')
      }
      return asBytes(await dispatch(handlers, method, input, (err) => log(`IPC ${method} failed`, err)))
    })
  }
}
