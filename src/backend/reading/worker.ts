/**
 * The document reader: a thread with a read-only connection of its own to the data folder's
 * database, reading whole documents for the main thread (tasks.ts), one request at a time.
 */
import Database from 'better-sqlite3'
import { parentPort, workerData } from 'node:worker_threads'
import { createDocumentStore } from '../store/documents'
import { systemClock } from '../store/time'
import type { ReaderOptions, ReaderReply, ReaderRequest, ReaderValues } from './protocol'
import { checkContext, encodedRows } from './tasks'

const port = parentPort
if (!port) throw new Error('The document reader must run as a worker thread.')

const { dbFile } = workerData as ReaderOptions
const db = new Database(dbFile, { readonly: true, fileMustExist: true })
db.pragma('busy_timeout = 5000')
const documents = createDocumentStore(db, systemClock)

/** A read's value and the buffer it moves to the main thread (its bytes are not copied). */
function answer(request: ReaderRequest): { value: ReaderValues[keyof ReaderValues]; moved: ArrayBuffer } {
  if (request.kind === 'rows') {
    const value = encodedRows(db, documents, request.documentId)
    return { value, moved: value.bytes.buffer as ArrayBuffer }
  }
  const value = checkContext(db, documents, request.documentId)
  return { value, moved: value.context.buffer as ArrayBuffer }
}

port.on('message', (request: ReaderRequest) => {
  try {
    const { value, moved } = answer(request)
    port.postMessage({ id: request.id, ok: true, value } satisfies ReaderReply, [moved])
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err)
    port.postMessage({ id: request.id, ok: false, message } satisfies ReaderReply)
  }
})
