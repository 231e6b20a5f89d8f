/**
 * The check worker: runs the checks on a thread of its own, so a long document never blocks the
 * main process (and with it every window and request). Jobs arrive one by one and run in order;
 * progress is posted as checks finish. A job may name the checks this worker runs (its share of a
 * pool). The spelling dictionaries load once, when the worker starts, unless it is told that its
 * checks do not read them.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { runPartialJob, type CheckJob } from '../../core/checks/engine/job'
import { CHECKS } from '../../core/checks/engine/registry'
import { SegmentMemo } from '../../core/checks/engine/segment-memo'
import type { SpellService } from '../../core/text/speller'
import { loadSpeller } from '../services/spell'
import { loadLexicon } from '../services/lexicon'
import { decodeJob, type KeptDocuments } from './job-wire'
import { RUNNING, type JobRequest, type WorkerOptions, type WorkerReply } from './protocol'

const port = parentPort
if (!port) throw new Error('The check worker must run as a worker thread.')

const options = workerData as Partial<WorkerOptions> | undefined
/** The check this worker is running, for the runner's watchdog (see `RUNNING`). */
const running = options?.running ? new Int32Array(options.running) : undefined
const speller: Promise<SpellService | undefined> =
  options?.dictionaries === false
    ? Promise.resolve(undefined)
    : loadSpeller().catch((err: unknown) => {
        console.error('[cotejo] spelling dictionaries could not be loaded; the spelling check is off', err)
        return undefined
      })

/**
 * Progress is posted at most this often (and at the end): a progress bar needs no more, and a
 * large job finishes a check on a document over a thousand times.
 */
const PROGRESS_EVERY_MS = 100

// What the jobs work out per segment, kept for the next one: an edit re-checks one segment's share.
const memo = new SegmentMemo()

// The documents of the last job: the next one brings only what changed in them.
const kept: KeptDocuments = new Map()

// One job at a time, in arrival order: each awaits the one before.
let queue: Promise<void> = Promise.resolve()

port.on('message', (request: JobRequest) => {
  const post = (reply: WorkerReply): void => port.postMessage(reply)
  // Rebuilt as it arrives (jobs arrive in the order they were encoded), run in turn.
  let job: CheckJob
  try {
    job = decodeJob(request.job, kept)
  } catch (err) {
    kept.clear()
    post({ id: request.id, type: 'error', message: err instanceof Error ? err.message : String(err) })
    return
  }
  queue = queue.then(async () => {
    try {
      const spell = await speller
      const share = request.checks
      const checks = share ? CHECKS.filter((c) => share.includes(c.id)) : CHECKS
      let posted = -Infinity
      const results = runPartialJob(
        job,
        checks,
        spell,
        (p) => {
          const now = performance.now()
          if (now - posted < PROGRESS_EVERY_MS && p.done < p.total) return
          posted = now
          post({ id: request.id, type: 'progress', ...p })
        },
        loadLexicon(),
        memo,
        running &&
          ((checkId, documentId) => {
            running[RUNNING.job] = request.id
            running[RUNNING.check] = CHECKS.findIndex((c) => c.id === checkId)
            running[RUNNING.target] = job.targets.indexOf(documentId)
            Atomics.add(running, RUNNING.started, 1)
          })
      )
      post({ id: request.id, type: 'done', results, spelling: spell !== undefined })
    } catch (err) {
      post({ id: request.id, type: 'error', message: err instanceof Error ? err.message : String(err) })
    }
  })
})
