import { mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { ApiHandlers } from '../../core/api/contract'
import { openDatabase, type Db } from '../db/database'
import { databasePath } from '../paths'
import type { SpellService } from '../../core/text/speller'
import { createServices, type EncodedHandlers, type ServiceOptions } from './handlers'
import { documentReader as documentReaderOn } from '../reading/client'
import { loadSpeller } from './spell'
import { createCheckRunner } from '../checks/runner'
import { CHECKS } from '../../core/checks/engine/registry'
import { fileReader } from '../import/read-off-thread'
import { alignParagraphs } from './align'

export interface Services {
  db: Db
  handlers: ApiHandlers
  /** Answers the browser mode sends as JSON bytes (`EncodedHandlers`). */
  encoded: EncodedHandlers
  dataDir: string
  close(): void
}

export interface OpenOptions extends ServiceOptions {
  /**
   * Get the checks ready in the background: the worker starts, or this thread loads the Hunspell
   * dictionaries (about 1.5 s; spelling findings appear once they are in). For the app, not the CLI.
   */
  loadSpelling?: boolean
  /** The built check worker script: checks then run on a thread of their own. */
  checkWorker?: string
}

/** Opens the data folder's database and builds the API handlers over it. */
export function openServices(dataDir: string, options: OpenOptions = {}): Services {
  mkdirSync(dataDir, { recursive: true })
  const db = openDatabase(databasePath(dataDir))
  let speller: SpellService | undefined
  const runner =
    options.runner ??
    createCheckRunner({ workerFile: options.checkWorker, checks: options.checks ?? CHECKS, spell: () => speller })
  if (options.loadSpelling) {
    // A worker loads its own dictionaries (started now, so the first document does not wait for
    // them); this thread needs them only when it runs the checks itself.
    runner.warmUp()
    if (runner.state() !== 'worker')
      loadSpeller().then(
        (s) => (speller = s),
        (err: unknown) =>
          console.error('[cotejo] spelling dictionaries could not be loaded; the spelling check is off', err)
      )
  }
  // The read worker is built beside the check worker (electron.vite.config.ts); it aligns with the
  // engine, so a caller's own aligner keeps the reading on this thread.
  const readWorker = options.checkWorker && !options.align && join(dirname(options.checkWorker), 'read-worker.js')
  const reader =
    options.reader ?? fileReader(readWorker || undefined, options.align ?? alignParagraphs, databasePath(dataDir))
  // Whole documents are read beside it too, on a connection of that thread's own.
  const documentReader =
    options.documentReader ??
    documentReaderOn(
      options.checkWorker ? join(dirname(options.checkWorker), 'document-reader.js') : undefined,
      databasePath(dataDir)
    )
  if (options.loadSpelling) documentReader?.warmUp()
  const { handlers, encoded } = createServices(db, { ...options, runner, reader, documentReader })
  return {
    db,
    handlers,
    encoded,
    dataDir,
    close: () => {
      void runner.close()
      reader.close()
      void documentReader?.close()
      db.close()
    }
  }
}
