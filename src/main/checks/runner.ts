import { existsSync } from 'node:fs'
import { Worker } from 'node:worker_threads'
import { jobSize, runCheckJob, type CheckJob } from '../../shared/checks/job'
import { CHECKS } from '../../shared/checks/registry'
import type { CheckDefinition, CheckRunResult, SpellService } from '../../shared/checks/types'
import type { CheckProgress } from '../../shared/domain/review'
import type { JobRequest, WorkerReply } from './protocol'

export interface JobResult {
  results: Record<string, CheckRunResult>
  /** Whether the spelling check had its dictionaries. */
  spelling: boolean
  /** False for a stand-in result (computed without the worker's dictionaries): use once, do not keep. */
  cacheable: boolean
}

/** Runs check jobs: on a worker thread in the app, on the calling thread in tests and as a fallback. */
export interface CheckRunner {
  run(job: CheckJob): Promise<JobResult>
  /** Runs a job now, on this thread: for the rare request that cannot wait. */
  runHere(job: CheckJob): JobResult
  /** Checks done and to do over every job in flight. */
  progress(): CheckProgress
  /** What results depend on besides the job (dictionaries loaded or not): part of cache keys. */
  state(): string
  /** Gets ready for the first job now (a worker starts and loads its dictionaries), not when it comes. */
  warmUp(): void
  close(): Promise<void>
}

/** The checks on the calling thread, with whatever dictionaries are loaded when a job starts. */
export function createInProcessRunner(
  checks: readonly CheckDefinition[],
  spell: () => SpellService | undefined
): CheckRunner {
  let current: CheckProgress = { running: false, done: 0, total: 0 }
  const runHere = (job: CheckJob): JobResult => {
    const speller = spell()
    current = { running: true, done: 0, total: jobSize(job, checks) }
    try {
      const results = runCheckJob(job, checks, speller, (p) => (current = { running: true, ...p }))
      return { results, spelling: speller !== undefined, cacheable: true }
    } finally {
      current = { running: false, done: 0, total: 0 }
    }
  }
  return {
    run: async (job) => runHere(job),
    runHere,
    progress: () => current,
    state: () => (spell() ? 'spelling' : 'no-spelling'),
    warmUp: () => {},
    close: async () => {}
  }
}

interface Pending {
  resolve(result: JobResult): void
  reject(err: Error): void
  done: number
  total: number
}

/**
 * The checks on one worker thread (the registry's checks; the worker loads them itself). The worker
 * starts on the first job and again after a crash; jobs in flight when it crashes fail with an
 * error. A worker that cannot start at all (a packaging problem) is given up for good and jobs run
 * on this thread instead, so checking never stops.
 */
export function createWorkerRunner(
  file: string,
  fallback: CheckRunner,
  log: (message: string, err?: unknown) => void = (message, err) => console.error(`[cotejo] ${message}`, err ?? '')
): CheckRunner {
  let worker: Worker | null = null
  let unusable = false
  let closing = false
  const pending = new Map<number, Pending & { job: CheckJob }>()
  let nextId = 1

  function start(): Worker {
    const w = new Worker(file)
    let answered = false
    let ended = false
    const stopped = (err: Error): void => {
      // 'error' is followed by 'exit'; and a worker closed on purpose has nothing to report.
      if (ended || closing) return
      ended = true
      if (worker === w) worker = null
      const jobs = [...pending.values()]
      pending.clear()
      if (!answered) {
        // It never ran a check: give it up and do the work here.
        unusable = true
        log('the check worker could not start; checks run on the main thread', err)
        for (const p of jobs) fallback.run(p.job).then(p.resolve, p.reject)
      } else for (const p of jobs) p.reject(err)
    }
    w.on('message', (reply: WorkerReply) => {
      answered = true
      const p = pending.get(reply.id)
      if (!p) return
      if (reply.type === 'progress') {
        p.done = reply.done
        return
      }
      pending.delete(reply.id)
      if (pending.size === 0) w.unref()
      if (reply.type === 'done') p.resolve({ results: reply.results, spelling: reply.spelling, cacheable: true })
      else p.reject(new Error(reply.message))
    })
    w.on('error', stopped)
    w.on('exit', (code) => stopped(new Error(`The check worker stopped (exit code ${code}).`)))
    return w
  }

  return {
    run(job) {
      if (unusable) return fallback.run(job)
      const w = (worker ??= start())
      // Keep the process alive while a job is out; an idle worker must not (the command line exits).
      w.ref()
      const id = nextId++
      return new Promise<JobResult>((resolve, reject) => {
        pending.set(id, { resolve, reject, done: 0, total: jobSize(job, CHECKS), job })
        w.postMessage({ id, job } satisfies JobRequest)
      })
    },
    runHere: (job) => ({ ...fallback.runHere(job), cacheable: unusable }),
    progress() {
      if (unusable) return fallback.progress()
      let done = 0
      let total = 0
      for (const p of pending.values()) {
        done += p.done
        total += p.total
      }
      return { running: pending.size > 0, done, total }
    },
    state: () => (unusable ? fallback.state() : 'worker'),
    warmUp() {
      if (!unusable && !closing) (worker ??= start()).unref()
    },
    async close() {
      closing = true
      const w = worker
      worker = null
      for (const p of pending.values()) p.reject(new Error('Cotejo is closing.'))
      pending.clear()
      if (w) await w.terminate()
    }
  }
}

/**
 * A worker runner when the built worker script is at hand and the checks are the registry's (a
 * worker cannot receive functions); otherwise the checks run on this thread.
 */
export function createCheckRunner(options: {
  workerFile?: string | undefined
  checks: readonly CheckDefinition[]
  spell: () => SpellService | undefined
}): CheckRunner {
  const here = createInProcessRunner(options.checks, options.spell)
  if (options.workerFile && options.checks === CHECKS && existsSync(options.workerFile))
    return createWorkerRunner(options.workerFile, here)
  return here
}
