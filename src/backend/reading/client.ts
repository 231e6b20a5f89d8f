/**
 * The main thread's side of the document reader (worker.ts): whole-document reads on a thread of
 * their own, so that reading a large document never holds up the other requests. One long-lived
 * thread, started on the first read and unref'd while idle; a thread that stops is started again on
 * the next read, and one that cannot start at all is given up. Callers fall back to reading on the
 * main thread when a read fails.
 */
import { existsSync } from 'node:fs'
import { Worker } from 'node:worker_threads'
import type { KeptContext } from '../services/findings'
import { readFromBytes } from '../checks/job-wire'
import type { EncodedRows, ReaderOptions, ReaderReply, ReaderRequest, ReaderValues } from './protocol'

export interface DocumentReader {
  /** The rows of the document's view as JSON, with their stamp (`DocumentStore.rowsStamp`). */
  rows(documentId: number): Promise<EncodedRows>
  /** The checks' view of the document, read whole. */
  checkContext(documentId: number): Promise<KeptContext & { sources: string[][] }>
  /** Starts the thread now (it loads its code and opens the database), not on the first read. */
  warmUp(): void
  close(): Promise<void>
}

interface Pending {
  resolve(value: ReaderValues[keyof ReaderValues]): void
  reject(err: Error): void
}

/** A reader on the built worker `workerFile` over the database `dbFile`; null without the built worker. */
export function documentReader(
  workerFile: string | undefined,
  dbFile: string,
  log: (message: string, err?: unknown) => void = (message, err) => console.error(`[cotejo] ${message}`, err ?? '')
): DocumentReader | null {
  if (workerFile === undefined || !existsSync(workerFile)) return null
  let worker: Worker | null = null
  let unusable = false
  let closing = false
  const pending = new Map<number, Pending>()
  let nextId = 1

  function start(): Worker {
    const w = new Worker(workerFile as string, { workerData: { dbFile } satisfies ReaderOptions })
    let answered = false
    let ended = false
    const stopped = (err: Error): void => {
      if (ended || closing) return
      ended = true
      log('the document reader stopped; its reads are made on the main thread until it starts again', err)
      if (worker === w) worker = null
      // One that never answered will not: its reads stay on the main thread from now on.
      if (!answered) unusable = true
      for (const p of pending.values()) p.reject(err)
      pending.clear()
    }
    w.on('message', (reply: ReaderReply) => {
      answered = true
      const p = pending.get(reply.id)
      if (!p) return
      pending.delete(reply.id)
      if (pending.size === 0) w.unref()
      if (reply.ok) p.resolve(reply.value)
      else p.reject(new Error(reply.message))
    })
    w.on('error', stopped)
    w.on('exit', (code) => stopped(new Error(`The document reader stopped (exit code ${code}).`)))
    return w
  }

  function read<K extends keyof ReaderValues>(kind: K, documentId: number): Promise<ReaderValues[K]> {
    if (unusable || closing) return Promise.reject(new Error('The document reader is not running.'))
    const w = (worker ??= start())
    // Keeps the process alive while a read is out, not while idle.
    w.ref()
    const id = nextId++
    return new Promise<ReaderValues[K]>((resolve, reject) => {
      pending.set(id, { resolve: resolve as Pending['resolve'], reject })
      w.postMessage({ id, kind, documentId } satisfies ReaderRequest)
    })
  }

  return {
    rows: (documentId) => read('rows', documentId),
    checkContext: async (documentId) => {
      const { context, ...kept } = await read('checkContext', documentId)
      return { ...kept, context: readFromBytes(context) }
    },
    warmUp() {
      if (unusable || closing || worker) return
      worker = start()
      worker.unref()
    },
    async close() {
      closing = true
      const w = worker
      worker = null
      for (const p of pending.values()) p.reject(new Error('Cotejo is closing.'))
      pending.clear()
      await w?.terminate()
    }
  }
}
