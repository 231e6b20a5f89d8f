/**
 * The import aligner's worker thread: aligns one document's paragraphs and posts the beads back,
 * so a long paste never stalls the main process (and with it every window and request).
 */
import { parentPort, workerData } from 'node:worker_threads'
import { alignParagraphs } from '../services/align'
import type { AlignRequest, AlignReply } from './align-off-thread'

const port = parentPort
if (!port) throw new Error('The align worker must run as a worker thread.')
const { source, target, langs } = workerData as AlignRequest
let reply: AlignReply
try {
  reply = { ok: true, beads: alignParagraphs(source, target, langs) }
} catch (err) {
  reply = { ok: false, message: err instanceof Error ? err.message : String(err) }
}
port.postMessage(reply)
