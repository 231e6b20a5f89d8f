/**
 * A check job as it travels to a worker: each document whole the first time, then only what
 * changed since the job before (the segments whose objects are new), so an edit does not copy
 * every segment of the project to every worker. Both ends keep the documents of the last job,
 * by id: the runner what it sent (`encodeJob`), the worker what it rebuilt (`decodeJob`).
 */
import { deserialize } from 'node:v8'
import type { CheckJob } from '../../core/checks/engine/job'
import type { DocumentContext, SegmentPair } from '../../core/checks/engine/types'

/**
 * A document of a job: whole (as an object, or as `v8.serialize` bytes when it was read in those),
 * or its fields and the segments that differ from the last job's.
 */
export type WireDocument =
  | { kind: 'whole'; document: DocumentContext }
  | { kind: 'serialized'; bytes: Uint8Array }
  | {
      kind: 'changed'
      header: Omit<DocumentContext, 'segments'>
      length: number
      /** Segments at these positions are new; the others are the last job's. */
      segments: Array<[number, SegmentPair]>
    }

export type WireJob = Omit<CheckJob, 'documents'> & { documents: WireDocument[] }

/** The documents of the last job, by id: what a worker holds (or the runner knows it holds). */
export type KeptDocuments = Map<string, DocumentContext>

/**
 * Documents read off the main thread, with the bytes they were read in (`v8.serialize`): sent whole
 * as those bytes, a copy of a buffer, instead of being cloned object by object on the main thread
 * (some 45 ms a worker at 5,000 paragraphs). Kept while the document object is.
 */
const serializedForms = new WeakMap<DocumentContext, Uint8Array>()

/** Records the bytes `document` was deserialized from, for `encodeJob`. */
export function readFromBytes(bytes: Uint8Array): DocumentContext {
  const document = deserialize(bytes) as DocumentContext
  serializedForms.set(document, bytes)
  return document
}

/** The job for a worker that holds `sent` (updated to this job's documents). */
export function encodeJob(job: CheckJob, sent: KeptDocuments): WireJob {
  const documents = job.documents.map((document): WireDocument => {
    const before = sent.get(document.id)
    if (!before) {
      const bytes = serializedForms.get(document)
      return bytes ? { kind: 'serialized', bytes } : { kind: 'whole', document }
    }
    const { segments, ...header } = document
    const changed: Array<[number, SegmentPair]> = []
    segments.forEach((s, k) => {
      if (before.segments[k] !== s) changed.push([k, s])
    })
    return { kind: 'changed', header, length: segments.length, segments: changed }
  })
  sent.clear()
  for (const d of job.documents) sent.set(d.id, d)
  return { ...job, documents }
}

/** The job a worker that holds `kept` was sent (`kept` updated to its documents). */
export function decodeJob(wire: WireJob, kept: KeptDocuments): CheckJob {
  const documents = wire.documents.map((d): DocumentContext => {
    if (d.kind === 'whole') return d.document
    if (d.kind === 'serialized') return deserialize(d.bytes) as DocumentContext
    const before = kept.get(d.header.id)
    if (!before) throw new Error(`The check worker does not hold document ${d.header.id}.`)
    const segments = before.segments.slice(0, d.length)
    for (const [k, s] of d.segments) segments[k] = s
    for (let k = 0; k < d.length; k++)
      if (segments[k] === undefined) throw new Error(`Document ${d.header.id} arrived with segments missing.`)
    return { ...d.header, segments }
  })
  kept.clear()
  for (const d of documents) kept.set(d.id, d)
  return { ...wire, documents }
}
