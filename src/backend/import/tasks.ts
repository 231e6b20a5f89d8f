/**
 * The reading work of an import, a glossary, a new version or a memory TMX, and re-aligning a
 * document, as plain data in and out, so that it runs the same on the calling thread or on a worker
 * thread (read-off-thread.ts): the request with the file's bytes as base64, and back what was read
 * (an import's plan aligned when the file brought no alignment). On the worker an import can also
 * be stored there, over a connection of its own (`importAndStore`), and so can a glossary. Writing
 * an export file goes there too: a Word table of 10,000 rows took the main thread 6 s and 400 MB.
 */
import type { FileInput } from '../../core/api/contract'
import { conventionLangs, type Lang } from '../../core/domain/language'
import { alignBeadSentences } from '../../core/align'
import { realignAround, type BeadShape, type RealignedBead } from '../../core/align/edit'
import type { GlossaryImport } from '../../core/formats/glossary-csv'
import type { Aligner } from '../services/import'
import { bilingualImport, readImport, type ImportPlan, type Langs } from './plan'
import { fileBytes, readGlossaryInput, readSide, type ReadSide } from './read'
import { readBilingualFile, writeBilingual } from '../formats'
import type { FormatId, FormatWriteOptions } from '../../core/formats/adapter'
import type { BilingualDocument } from '../../core/formats/model'
import { AppError } from '../../core/api/result'
import { Utf8Text } from '../../core/api/utf8-text'
import { collectGarbage } from './collect'
import type { ImportResult } from '../../core/domain/document'
import type { Reviewer } from '../../core/domain/review'
import { openDatabase, type Db } from '../db/database'
import { importStorer } from '../services/import'
import { createGlossaryStore, type GlossaryStore } from '../store/glossary'

type PairInput = { projectId: number; source: FileInput; target: FileInput; name?: string | undefined } & Langs

const langsOf = (l: Langs): Langs => ({ sourceLang: l.sourceLang, targetLang: l.targetLang })

/** A pasted text as a string: a long paste may come as its UTF-8 bytes (browser mode). */
const textOf = (text: string | Utf8Text): string =>
  text instanceof Utf8Text ? new TextDecoder('utf-8', { ignoreBOM: true }).decode(text.bytes) : text

const readPair = (input: PairInput): Promise<ImportPlan> =>
  readImport({ kind: 'files', files: [input.source, input.target], name: input.name, ...langsOf(input) })

/**
 * What each import API method reads, all through the one import entry (`readImport`): pasted
 * text, one file (an XLIFF, TMX or bilingual CSV file, else a combined release) or two files (a source and its
 * translation, Word or text). The window's drop and the dialogs come through these.
 */
export const IMPORT_READERS = {
  importCombined: (input: { projectId: number; file: FileInput; targetLangChoice?: string | undefined } & Langs) =>
    readImport({ kind: 'files', files: [input.file], targetLangChoice: input.targetLangChoice, ...langsOf(input) }),
  importPair: readPair,
  /** Kept as its own API method; the same entry as importPair (Word or text, read by content). */
  importDocxPair: readPair,
  importBilingual: (input: { projectId: number; file: FileInput; targetLangChoice?: string | undefined }) =>
    bilingualImport(input.file, input.targetLangChoice),
  importPasted: (
    input: { projectId: number; name: string; source: string | Utf8Text; target: string | Utf8Text } & Langs
  ) =>
    readImport({
      kind: 'text',
      name: input.name,
      source: textOf(input.source),
      target: textOf(input.target),
      ...langsOf(input)
    })
}

export type ImportMethod = keyof typeof IMPORT_READERS
export type ImportInput<M extends ImportMethod> = Parameters<(typeof IMPORT_READERS)[M]>[0]

/** A glossary file's terms stored: how many, and the rows left out. */
export interface StoredGlossary {
  imported: number
  skipped: GlossaryImport['skipped']
}

/** Stores a glossary file's terms, in a project or globally (`projectId` null). */
export function storeGlossary(glossary: GlossaryStore, projectId: number | null, read: GlossaryImport): StoredGlossary {
  glossary.insertMany(projectId, read.entries)
  return { imported: read.entries.length, skipped: read.skipped }
}

/** Where and as whom a worker stores an import: the project, the time and the reviewer. */
export interface StoreTarget {
  projectId: number
  at: string
  actor: Reviewer
}

export type ReadTask =
  | { kind: 'import'; method: ImportMethod; input: ImportInput<ImportMethod> }
  | {
      kind: 'importAndStore'
      method: ImportMethod
      input: ImportInput<ImportMethod>
      dbFile: string
      store: StoreTarget
    }
  | { kind: 'glossaryAndStore'; file: FileInput; dbFile: string; projectId: number | null; at: string }
  | { kind: 'glossary'; file: FileInput }
  | { kind: 'side'; file: FileInput }
  | { kind: 'tmx'; file: FileInput }
  | { kind: 'realign'; request: RealignRequest }
  | { kind: 'write'; format: FormatId; doc: BilingualDocument; options: FormatWriteOptions }

/** What each task gives back. */
export interface TaskValues {
  import: ImportPlan
  importAndStore: ImportResult
  glossaryAndStore: StoredGlossary
  glossary: GlossaryImport
  side: ReadSide
  tmx: BilingualDocument
  realign: RealignedBead[]
  write: Uint8Array
}

/** A document's paragraphs and beads, those a reviewer fixed locked: what re-aligning reads. */
export interface RealignRequest {
  beads: Array<BeadShape & { locked: boolean }>
  source: string[]
  target: string[]
  langs: { sourceLang: Lang; targetLang: Lang }
}

/** The aligner run again between the locked beads, which stay exactly as they are. */
export function realignBeads(request: RealignRequest, align: Aligner): RealignedBead[] {
  const { beads, source, target, langs } = request
  return realignAround(beads, source.length, target.length, (s, t) =>
    align(
      s.map((p) => source[p] ?? ''),
      t.map((p) => target[p] ?? ''),
      langs
    )
  )
}

/** A TMX for the approved memory; any other bilingual file is refused. */
async function readTmx(file: FileInput): Promise<BilingualDocument> {
  const { format, value } = await readBilingualFile(file.name, fileBytes(file))
  if (format !== 'tmx')
    throw new AppError('import.unsupportedType', `${file.name}: load a TMX file into the memory.`, { file: file.name })
  return value
}

/**
 * The plan with its beads: aligned when the file brought no alignment. The sentences inside the
 * beads a file brought (XLIFF units, TMX units) are aligned here too, before storing and off the
 * main thread: left to the document's first reading, they were aligned there and each stored in a
 * transaction of its own (15 s of a blocked server for 5,000 units).
 */
export function alignedPlan(plan: ImportPlan, align: Aligner): ImportPlan {
  const doc = plan.document
  const langs = conventionLangs(doc)
  if (!doc.beads) return { ...plan, document: { ...doc, beads: align(doc.source, doc.target, langs) } }
  if (doc.beads.every((b) => b.sentences)) return plan
  const texts = (side: 'source' | 'target', positions: readonly number[]): string[] =>
    positions.map((p) => doc[side][p] ?? '')
  const beads = doc.beads.map((b) =>
    b.sentences
      ? b
      : { ...b, sentences: alignBeadSentences(texts('source', b.source), texts('target', b.target), langs) }
  )
  return { ...plan, document: { ...doc, beads } }
}

/** An import task's part that holds its input: taken out when read (takeInput). */
interface HoldsInput {
  method: ImportMethod
  input?: ImportInput<ImportMethod> | undefined
}

/**
 * The task's input, taken out of it: a paste's text and its decoded strings (8 MB for 4 MB of
 * text) or a file's bytes are then garbage once read, not held through the alignment by the task,
 * which lives as long as the job.
 */
function takeInput(task: HoldsInput): ImportInput<ImportMethod> {
  const { input } = task
  if (!input) throw new Error('An import task is read once.')
  task.input = undefined
  return input
}

/**
 * The task's plan, aligned. Takes the task rather than its input: a frame that held the input
 * as a parameter would keep it alive while the aligner runs.
 */
async function readPlan(task: HoldsInput, align: Aligner): Promise<ImportPlan> {
  const read = IMPORT_READERS[task.method] as (input: ImportInput<ImportMethod>) => Promise<ImportPlan>
  const plan = await read(takeInput(task))
  // The file's decoded text and parsed tree are garbage now, and the aligner's tables next.
  collectGarbage()
  const aligned = alignedPlan(plan, align)
  collectGarbage()
  return aligned
}

/**
 * SQLite's page cache of this connection, in KiB. better-sqlite3 builds SQLite with 16 MB, and one
 * import's inserts filled all of it: 13 MB more at the peak of a 5 MB XLIFF import. SQLite's own
 * default of 2 MB stores 6,000 pasted paragraph pairs some 30 ms (10%) slower, on the worker.
 */
const STORE_CACHE_KIB = 2000

/** `fn` over a connection of its own to the data folder's database, closed after. */
function withDatabase<T>(file: string, fn: (db: Db) => T): T {
  const db = openDatabase(file)
  db.pragma(`cache_size = -${STORE_CACHE_KIB}`)
  try {
    return fn(db)
  } finally {
    db.close()
  }
}

/** Runs one task; its errors are thrown as they are (AppError, FormatError). */
export async function runReadTask(task: ReadTask, align: Aligner): Promise<TaskValues[ReadTask['kind']]> {
  switch (task.kind) {
    case 'import':
      return readPlan(task, align)
    case 'importAndStore': {
      // Nothing of the task is used once it is read: its text (a paste) can go with the reading.
      const { dbFile, store } = task
      const plan = await readPlan(task, align)
      const { projectId, at, actor } = store
      return withDatabase(dbFile, (db) =>
        importStorer(
          db,
          () => at,
          () => actor,
          align
        )({ projectId, plan })
      )
    }
    case 'glossary':
      return readGlossaryInput(task.file)
    case 'glossaryAndStore': {
      const read = await readGlossaryInput(task.file)
      return withDatabase(task.dbFile, (db) =>
        storeGlossary(
          createGlossaryStore(db, () => task.at),
          task.projectId,
          read
        )
      )
    }
    case 'side':
      return readSide(task.file)
    case 'tmx':
      return readTmx(task.file)
    case 'realign':
      return realignBeads(task.request, align)
    case 'write':
      return writeBilingual(task.format, task.doc, task.options)
  }
}
