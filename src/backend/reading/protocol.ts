import type { KeptContext } from '../services/findings'
import type { SourceWords } from '../services/review'

/** Main thread to the document reader: what to read of which document. */
export type ReaderRequest = { id: number; kind: 'rows' | 'checkContext'; documentId: number }

/** A document's rows (`source`, `target`, `beads` of its view) as the bytes of one JSON object. */
export interface EncodedRows {
  /** `DocumentStore.rowsStamp` in the snapshot the rows were read in. */
  stamp: string
  bytes: Uint8Array
  /** The words of each source paragraph, counted in the same snapshot (the score reads them). */
  words: SourceWords
}

/**
 * A `KeptContext` as it crosses: its document as `v8.serialize` bytes (see `readFromBytes`), with
 * what the memory looks up for each segment (`comparedSources`).
 */
export type SerializedContext = Omit<KeptContext, 'context'> & { context: Uint8Array; sources: string[][] }

export interface ReaderValues {
  rows: EncodedRows
  checkContext: SerializedContext
}

/** The document reader to the main thread. */
export type ReaderReply =
  { id: number; ok: true; value: ReaderValues[keyof ReaderValues] } | { id: number; ok: false; message: string }

/** Given to the document reader when it starts. */
export interface ReaderOptions {
  /** The data folder's database, opened read-only. */
  dbFile: string
}
