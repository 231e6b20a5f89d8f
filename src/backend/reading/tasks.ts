/**
 * The reads of a whole document that the document reader does on a connection of its own, each in
 * one snapshot (WAL lets it read beside the writer): its rows encoded as JSON for the review
 * screen, and the checks' view of it. What the main thread would otherwise spend hundreds of
 * milliseconds on at 5,000 paragraphs, while every other request waited.
 */
import { recountWords } from '../../core/review/score'
import type { Db } from '../db/database'
import type { DocumentStore } from '../store/documents'
import { serialize } from 'node:v8'
import { contextFromInput } from '../services/findings'
import { comparedSources } from '../services/memory'
import type { EncodedRows, SerializedContext } from './protocol'

/** `fn` in one read transaction. */
const snapshot = <T>(db: Db, fn: () => T): T => db.transaction(fn).deferred()

/** Bytes in an ArrayBuffer of their own, so that posting them moves rather than copies them. */
function ownBytes(bytes: Buffer): Uint8Array<ArrayBuffer> {
  const owned =
    bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
  return owned ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes)
}

/**
 * The document's rows (the `source`, `target` and `beads` of its view) as one JSON object, with
 * their stamp and its source paragraphs' word counts.
 */
export function encodedRows(db: Db, documents: DocumentStore, documentId: number): EncodedRows {
  const { stamp, rows, words } = snapshot(db, () => {
    const { source, target, beads } = documents.view(documentId)
    const { readAt, paragraphs } = documents.sourceChanges(documentId)
    const counts: number[] = []
    recountWords(paragraphs, counts)
    return { stamp: documents.rowsStamp(documentId), rows: { source, target, beads }, words: { readAt, counts } }
  })
  return { stamp, bytes: ownBytes(Buffer.from(JSON.stringify(rows))), words }
}

/**
 * The checks' view of the document, read whole, under the revision the findings service keys it by;
 * its document as bytes, which the main thread passes on to the check workers as they are.
 */
export function checkContext(db: Db, documents: DocumentStore, documentId: number): SerializedContext {
  const { context, ...kept } = snapshot(db, () => {
    const projectId = documents.projectOf(documentId)
    const revision = documents.textRevisions(projectId).find((d) => d.id === documentId)?.revision ?? ''
    return contextFromInput(documents.checkInput(documentId), revision)
  })
  return { ...kept, context: ownBytes(serialize(context)), sources: context.segments.map(comparedSources) }
}
