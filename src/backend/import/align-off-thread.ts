/**
 * Alignment of an import on a worker thread of its own (one per import: imports are rare, and a
 * thread that ends with its job holds no memory between them). Where the built worker is missing
 * (tests, the CLI), or cannot start, the document is aligned on the calling thread instead.
 */
import { existsSync } from 'node:fs'
import { Worker } from 'node:worker_threads'
import { conventionLangs, type Lang } from '../../core/domain/language'
import type { Aligner, BeadPlan } from '../services/import'
import type { ImportPlan } from './plan'

export interface AlignRequest {
  source: string[]
  target: string[]
  langs: { sourceLang: Lang; targetLang: Lang }
}

export type AlignReply = { ok: true; beads: BeadPlan[] } | { ok: false; message: string }

export type AsyncAligner = (...args: Parameters<Aligner>) => Promise<BeadPlan[]>

export function offThreadAligner(workerFile: string | undefined, here: Aligner): AsyncAligner {
  if (!workerFile || !existsSync(workerFile)) return async (source, target, langs) => here(source, target, langs)
  return (source, target, langs) =>
    new Promise<BeadPlan[]>((resolve, reject) => {
      let settled = false
      const worker = new Worker(workerFile, { workerData: { source, target, langs } satisfies AlignRequest })
      worker.once('message', (reply: AlignReply) => {
        settled = true
        void worker.terminate()
        if (reply.ok) resolve(reply.beads)
        else reject(new Error(`alignment failed: ${reply.message}`))
      })
      worker.once('error', (err) => {
        if (settled) return
        settled = true
        reject(err)
      })
      worker.once('exit', (code) => {
        if (settled) return
        settled = true
        reject(new Error(`the align worker stopped (exit ${code})`))
      })
    })
}

/** The plan with its beads: aligned off this thread when the file brought no alignment. */
export async function alignedPlan(plan: ImportPlan, align: AsyncAligner): Promise<ImportPlan> {
  const doc = plan.document
  if (doc.beads) return plan
  return { ...plan, document: { ...doc, beads: await align(doc.source, doc.target, conventionLangs(doc)) } }
}
