import type { CotejoApi } from '../core/api/contract'

/** What the preload exposes as `window.cotejo`. Browser mode builds the same shape over HTTP. */
export interface CotejoBridge {
  api: CotejoApi
  runtime: 'electron' | 'browser'
  pathForFile(file: File): string | null
}

declare global {
  interface Window {
    cotejo?: CotejoBridge
  }
}
