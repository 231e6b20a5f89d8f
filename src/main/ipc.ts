import { API_METHODS, channelOf, type ApiHandlers } from '../core/api/contract'
import { dispatch } from '../core/api/dispatch'
import { fail } from '../core/api/result'

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

/** Registers one handler per API method: sender check, then the shared dispatch (schema, envelope). */
export function registerIpc(
  ipcMain: IpcMainLike,
  handlers: ApiHandlers,
  isOurUrl: (url: string) => boolean,
  log: (msg: string, err?: unknown) => void
): void {
  for (const method of API_METHODS) {
    ipcMain.handle(channelOf(method), async (event, input) => {
      if (!isTrustedSender(event, isOurUrl)) {
        log(`IPC ${method} refused from ${event.senderFrame?.url ?? 'unknown frame'}`)
        return fail('unauthorized', 'Request from an untrusted frame.')
      }
      return dispatch(handlers, method, input, (err) => log(`IPC ${method} failed`, err))
    })
  }
}
