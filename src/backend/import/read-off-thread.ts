/**
 * The reading of imports, glossaries, new versions and memory TMX files, and re-aligning, on a
 * worker thread of its own (one per job: they are rare, and a thread that ends with its job holds
 * no memory between them), so that parsing and aligning a large file never stalls the main process,
 * and with it every window and request. Where the built worker is missing (tests, the CLI), or
 * cannot start, the work runs on the calling thread. Errors come back as the same AppError or
 * FormatError, code and parameters kept.
 */
import { existsSync } from 'node:fs'
import { Worker } from 'node:worker_threads'
import type { FileInput } from '../../core/api/contract'
import { AppError, type ErrorCode } from '../../core/api/result'
import { Utf8Text } from '../../core/api/utf8-text'
import { FormatError, isFormatError, type FormatErrorCode } from '../../core/formats/errors'
import type { GlossaryImport } from '../../core/formats/glossary-csv'
import type { BilingualDocument } from '../../core/formats/model'
import type { FormatId, FormatWriteOptions } from '../../core/formats/adapter'
import type { Aligner } from '../services/import'
import type { ImportPlan } from './plan'
import type { ReadSide } from './read'
import type { RealignedBead } from '../../core/align/edit'
import {
  runReadTask,
  type ImportInput,
  type ImportMethod,
  type ReadTask,
  type RealignRequest,
  type StoreTarget,
  type StoredGlossary,
  type TaskValues
} from './tasks'
import type { ImportResult } from '../../core/domain/document'
import { decodeBase64 } from './decode'
import { exposeGcToNewThreads } from './collect'

export interface FileReader {
  /** An import's plan, aligned when the file brought no alignment. */
  importPlan<M extends ImportMethod>(method: M, input: ImportInput<M>): Promise<ImportPlan>
  /**
   * An import read and stored on the worker, over a connection of its own: a large import's
   * inserts do not stall this thread. Only where there is a worker and a database file.
   */
  importAndStore?: <M extends ImportMethod>(
    method: M,
    input: ImportInput<M>,
    store: StoreTarget
  ) => Promise<ImportResult>
  /** A glossary file read and its terms stored on the worker, as `importAndStore`. */
  glossaryAndStore?: (file: FileInput, projectId: number | null, at: string) => Promise<StoredGlossary>
  glossary(file: FileInput): Promise<GlossaryImport>
  side(file: FileInput): Promise<ReadSide>
  tmx(file: FileInput): Promise<BilingualDocument>
  realign(request: RealignRequest): Promise<RealignedBead[]>
  /** A bilingual export file written (XLIFF, TMX, CSV, Word…), as `writeBilingual` writes it. */
  write(format: FormatId, doc: BilingualDocument, options: FormatWriteOptions): Promise<Uint8Array>
  /** Stops the worker thread started ahead of the next job. */
  close(): void
}

type Params = Record<string, string | number>

/** An error as it crosses to the calling thread. */
export type TaskError =
  | { type: 'app'; code: ErrorCode; message: string; params: Params | undefined }
  | { type: 'format'; code: FormatErrorCode; params: Params }
  | { type: 'other'; message: string }

export type TaskReply = { ok: true; value: unknown } | { ok: false; error: TaskError }

export function taskError(err: unknown): TaskError {
  if (err instanceof AppError) return { type: 'app', code: err.code, message: err.message, params: err.params }
  if (isFormatError(err)) return { type: 'format', code: err.code, params: err.params }
  return { type: 'other', message: err instanceof Error ? err.message : String(err) }
}

function rebuilt(error: TaskError): Error {
  switch (error.type) {
    case 'app':
      return new AppError(error.code, error.message, error.params)
    case 'format':
      return new FormatError(error.code, error.params)
    case 'other':
      return new Error(`reading failed: ${error.message}`)
  }
}

/**
 * A file as bytes whose buffer is listed in `transfer`: posted to the worker, the buffer moves
 * instead of being copied, and a base64 string is not copied across either. A browser-mode upload
 * is a view of its request's body (server/json-body.ts), which moves whole, with the other files of
 * the same body. Only the memory of a Buffer pool, shared with unrelated small buffers, must not
 * move: a file there is copied.
 */
function movedFile(file: FileInput, transfer: ArrayBuffer[]): FileInput {
  const bytes = movable(file.bytes ?? decodeBase64(file.base64), transfer)
  const { path, name } = file
  return { name, path, base64: '', bytes }
}

/** Bytes whose buffer can move, listed in `transfer`: `given` itself, or a copy of pooled memory. */
function movable(given: Uint8Array, transfer: ArrayBuffer[]): Uint8Array<ArrayBuffer> {
  const whole = given.byteOffset === 0 && given.byteLength === given.buffer.byteLength
  const pooled = !(given.buffer instanceof ArrayBuffer) || (!whole && given.buffer.byteLength <= POOL_BYTES)
  const bytes = pooled ? new Uint8Array(given) : (given as Uint8Array<ArrayBuffer>)
  if (!transfer.includes(bytes.buffer)) transfer.push(bytes.buffer)
  return bytes
}

/** Node's Buffer pool is a buffer of this size (Buffer.poolSize): larger buffers are their own. */
const POOL_BYTES = 8 * 1024

const isFile = (value: unknown): value is FileInput =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as FileInput).name === 'string' &&
  (typeof (value as FileInput).base64 === 'string' || (value as FileInput).bytes instanceof Uint8Array)

/**
 * A long text of the task (a paste) as it crosses to the worker: its UTF-8 bytes in a moved buffer.
 * Cloned as a string, it was copied into the message at two bytes a character once one character
 * needed them. A text that came as bytes (`Utf8Text`, browser mode) moves as it is, a view of its
 * request's body, which moves whole.
 */
interface MovedText {
  movedText: Uint8Array
}
const MOVE_TEXT_FROM = 64 * 1024

const isMovedText = (value: unknown): value is MovedText =>
  typeof value === 'object' && value !== null && (value as MovedText).movedText instanceof Uint8Array

/**
 * UTF-8 cannot carry a lone surrogate (encoding makes it U+FFFD): such a text is cloned as it is,
 * so the import refuses it by name as it refuses a short one.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

function movedText(text: string, transfer: ArrayBuffer[]): MovedText {
  // Far larger than a Buffer pool: the bytes have a buffer of their own.
  const bytes = Buffer.from(text, 'utf8') as Uint8Array<ArrayBuffer>
  transfer.push(bytes.buffer)
  return { movedText: bytes }
}

/** The task with the files it carries (its own, or its input's) moved as bytes, and its long texts. */
function withMovedFiles(task: ReadTask, transfer: ArrayBuffer[]): ReadTask {
  const move = <T extends object>(holder: T): T => {
    const out: Record<string, unknown> = { ...(holder as Record<string, unknown>) }
    for (const [key, value] of Object.entries(out))
      if (isFile(value)) out[key] = movedFile(value, transfer)
      else if (value instanceof Utf8Text) out[key] = { movedText: movable(value.bytes, transfer) } satisfies MovedText
      else if (typeof value === 'string' && value.length >= MOVE_TEXT_FROM && !LONE_SURROGATE.test(value))
        out[key] = movedText(value, transfer)
    return out as T
  }
  const moved = move(task)
  return 'input' in moved ? { ...moved, input: move(moved.input) } : moved
}

/**
 * The task as posted, its moved texts `Utf8Text` again: on the worker, before it runs. They become
 * strings when read, as temporaries of the reading (tasks.ts).
 */
export function arrivedTask(task: ReadTask): ReadTask {
  if (!('input' in task)) return task
  const input: Record<string, unknown> = { ...(task.input as Record<string, unknown>) }
  for (const [key, value] of Object.entries(input)) if (isMovedText(value)) input[key] = new Utf8Text(value.movedText)
  return { ...task, input } as ReadTask
}

/**
 * The worker's young generation (V8's default lets it reach 48 MB). A job's garbage is mostly
 * short-lived strings of the file; a smaller nursery is scavenged sooner, which took some 20 MB
 * off the peak of a 5 MB import and cost no time we could measure.
 */
const YOUNG_GENERATION_MB = 12

/** A thread started for a job that has not come yet; `ended` settles if it stops before. */
interface Started {
  worker: Worker
  ended: Promise<Error>
  readonly dead: boolean
}

/**
 * Threads for the jobs, one per job, each started ahead of its job (the first one at once, the
 * next one when a job ends): a job does not wait about half a second for a thread to start and
 * load the code, and a thread still ends with its job, holding no memory between jobs. The one waiting holds its loaded code (some
 * 20 MB) and is unref'd, so it never keeps a process alive.
 */
function readThreads(workerFile: string) {
  exposeGcToNewThreads()
  const start = (): Started => {
    const worker = new Worker(workerFile, { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } })
    worker.unref()
    let dead = false
    const ended = new Promise<Error>((resolve) => {
      const end = (err: Error): void => {
        dead = true
        resolve(err)
      }
      worker.once('error', end)
      worker.once('exit', (code) => end(new Error(`the read worker stopped (exit ${code})`)))
    })
    return {
      worker,
      ended,
      get dead() {
        return dead
      }
    }
  }
  let spare: Started | null = start()
  let closed = false
  return {
    run(task: ReadTask): Promise<unknown> {
      const { worker, ended } = spare && !spare.dead ? spare : start()
      spare = null
      // The next thread starts once this job's thread is gone, not beside it: a thread loading its
      // code adds some 20 MB to the peak of every import it would overlap.
      const startNext = (): void => {
        if (!closed && spare === null) spare = start()
      }
      worker.ref()
      const reply = new Promise<TaskReply>((resolve) => worker.once('message', resolve))
      const transfer: ArrayBuffer[] = []
      worker.postMessage(withMovedFiles(task, transfer), transfer)
      return Promise.race([reply, ended.then((err) => Promise.reject(err))]).then(
        (r) => {
          void worker.terminate().then(startNext)
          if (r.ok) return r.value
          throw rebuilt(r.error)
        },
        (err: unknown) => {
          void worker.terminate().then(startNext)
          throw err
        }
      )
    },
    /** Stops the thread waiting for a job, and starts no other. */
    close(): void {
      closed = true
      if (spare) void spare.worker.terminate()
      spare = null
    }
  }
}

/**
 * A reader on `workerFile`'s threads, or on this thread when there is none; `align` aligns here.
 * With `dbFile`, the data folder's database, the worker also stores imports.
 */
export function fileReader(workerFile: string | undefined, align: Aligner, dbFile?: string): FileReader {
  const threads = workerFile !== undefined && existsSync(workerFile) ? readThreads(workerFile) : null
  const run = threads ? (task: ReadTask) => threads.run(task) : (task: ReadTask) => runReadTask(task, align)
  return {
    close: () => threads?.close(),
    ...(threads && dbFile !== undefined
      ? {
          importAndStore: (method, input, store) =>
            run({ kind: 'importAndStore', method, input, dbFile, store }) as Promise<TaskValues['importAndStore']>,
          glossaryAndStore: (file, projectId, at) =>
            run({ kind: 'glossaryAndStore', file, dbFile, projectId, at }) as Promise<TaskValues['glossaryAndStore']>
        }
      : {}),
    importPlan: (method, input) => run({ kind: 'import', method, input }) as Promise<TaskValues['import']>,
    glossary: (file) => run({ kind: 'glossary', file }) as Promise<TaskValues['glossary']>,
    side: (file) => run({ kind: 'side', file }) as Promise<TaskValues['side']>,
    tmx: (file) => run({ kind: 'tmx', file }) as Promise<TaskValues['tmx']>,
    realign: (request) => run({ kind: 'realign', request }) as Promise<TaskValues['realign']>,
    write: (format, doc, options) => run({ kind: 'write', format, doc, options }) as Promise<TaskValues['write']>
  }
}
