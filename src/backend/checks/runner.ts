import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { jobSize, joinJobParts, runPartialJob, splitChecks, type CheckJob } from '../../core/checks/engine/job'
import type { PartialRun } from '../../core/checks/engine/partial'
import { SegmentMemo } from '../../core/checks/engine/segment-memo'
import { CHECKS } from '../../core/checks/engine/registry'
import type { CheckDefinition } from '../../core/checks/engine/types'
import type { SpellService } from '../../core/text/speller'
import { loadLexicon } from '../services/lexicon'
import type { CheckProgress } from '../../core/domain/review'
import type { CheckFailure } from '../../core/domain/findings'
import { boundHeapGrowth, skipCompilerInlining } from '../v8-flags'
import { encodeJob, type KeptDocuments } from './job-wire'
import { RUNNING, type JobRequest, type WorkerOptions, type WorkerReply } from './protocol'

export interface JobResult {
  /** Per target document: its partial run (segment-local checks on the job's dirty segments only). */
  results: Record<string, PartialRun>
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
  // What the jobs work out per segment, kept for the next job (an edit re-checks one segment's share).
  const memo = new SegmentMemo()
  const runHere = (job: CheckJob): JobResult => {
    const speller = spell()
    current = { running: true, done: 0, total: jobSize(job, checks) }
    try {
      const results = runPartialJob(
        job,
        checks,
        speller,
        (p) => (current = { running: true, ...p }),
        loadLexicon(),
        memo
      )
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
  job: CheckJob
  total: number
  /** Per thread: its checks' results once it has answered, and its steps done so far. */
  parts: (Record<string, PartialRun> | undefined)[]
  done: number[]
  spelling: boolean
  /** Per thread: checks stopped past their budget, run no more in this job. */
  overran: string[][]
}

/** One worker thread of the pool and the checks it runs. */
interface Thread {
  worker: Worker | null
  /** Ids of its checks; undefined: all of them (a pool of one). */
  checks: string[] | undefined
  /** Whether it loads the spelling dictionaries (it runs the checks that read them). */
  dictionaries: boolean
  /** What its worker is running (`RUNNING`), and since when the watchdog has seen it run. */
  running: Int32Array
  seen: { started: number; at: number }
  /** The documents its worker holds from its last job (`encodeJob`): a new worker holds none. */
  sent: KeptDocuments
}

/**
 * How long one check may run on one document before it is stopped and reported as failed (its
 * worker is stopped and the job goes on without it): the slowest check on the benchmark's 10,000
 * paragraphs takes about 2 s, so this is only ever reached by a check that would never finish
 * (pathological input), and the documents waiting behind it are checked anyway.
 */
export const CHECK_BUDGET_MS = 120_000

/**
 * A thread's results with the checks stopped past their budget: run, and failed on every target
 * (the review header and `cotejo check` report them), in check order.
 */
function withOverruns(
  results: Record<string, PartialRun>,
  stopped: readonly string[],
  budgetMs: number
): Record<string, PartialRun> {
  if (stopped.length === 0) return results
  const error = `The check took longer than ${Math.round(budgetMs / 1000)} s and was stopped.`
  const out: Record<string, PartialRun> = {}
  for (const [id, run] of Object.entries(results)) {
    const failures: CheckFailure[] = stopped.map((checkId) => ({ checkId, documentId: id, error }))
    out[id] = { ...run, ran: [...run.ran, ...stopped], failures: [...run.failures, ...failures] }
  }
  return joinJobParts(CHECKS, [out])
}

/**
 * The checks on worker threads (the registry's checks; each worker loads them itself), compiled
 * without inlining (`skipCompilerInlining`). With several threads, each runs its share of the
 * checks (`splitChecks`) on every document of a job, and the results are merged into what one
 * thread would give. Workers start on the first job and again after a crash; jobs in flight when
 * one crashes fail with an error. A worker that cannot start at all (a packaging problem) is given
 * up for good and jobs run on this thread instead, so checking never stops.
 */
export function createWorkerRunner(
  file: string,
  fallback: CheckRunner,
  log: (message: string, err?: unknown) => void = (message, err) => console.error(`[cotejo] ${message}`, err ?? ''),
  threadCount = 1,
  /** How long one check may run on one document (`CHECK_BUDGET_MS`). */
  budgetMs = CHECK_BUDGET_MS
): CheckRunner {
  // Set when the runner is made (the app opens), before the first full collection sets a limit.
  boundHeapGrowth()
  const groups = splitChecks(CHECKS, threadCount)
  // The first group holds the checks that read the dictionaries.
  const threads: Thread[] = groups.map((checks, i) => ({
    worker: null,
    checks: groups.length === 1 ? undefined : checks.map((c) => c.id),
    dictionaries: i === 0,
    running: new Int32Array(new SharedArrayBuffer(RUNNING.size * Int32Array.BYTES_PER_ELEMENT)),
    seen: { started: 0, at: 0 },
    sent: new Map()
  }))
  let unusable = false
  let closing = false
  /** Workers stopped on purpose (a check past its budget): their exit fails no job. */
  const retired = new WeakSet<Worker>()
  const pending = new Map<number, Pending>()
  let nextId = 1

  const setRef = (on: boolean): void => {
    for (const t of threads) {
      if (on) t.worker?.ref()
      else t.worker?.unref()
    }
  }
  const settle = (id: number): void => {
    pending.delete(id)
    if (pending.size === 0) {
      setRef(false)
      clearInterval(watchdog)
      watchdog = undefined
    }
  }

  /**
   * While jobs are out, looks now and then at the check each worker is running: one that has not
   * moved on for the budget is stopped (`stopOverrun`). Reading shared memory, not messages, so a
   * worker says nothing per check.
   */
  let watchdog: ReturnType<typeof setInterval> | undefined
  function watch(): void {
    watchdog ??= setInterval(
      () => {
        const now = performance.now()
        threads.forEach((thread, slot) => {
          const started = Atomics.load(thread.running, RUNNING.started)
          if (started !== thread.seen.started) {
            thread.seen = { started, at: now }
            return
          }
          if (started === 0 || now - thread.seen.at < budgetMs) return
          const id = thread.running[RUNNING.job] as number
          const p = pending.get(id)
          if (!p || p.parts[slot] !== undefined) return
          const check = CHECKS[thread.running[RUNNING.check] as number]?.id ?? 'unknown'
          stopOverrun(thread, slot, {
            id,
            checkId: check,
            documentId: p.job.targets[thread.running[RUNNING.target] as number] ?? ''
          })
        })
      },
      Math.min(1000, Math.max(10, budgetMs / 4))
    )
    watchdog.unref()
  }

  function start(thread: Thread, slot: number): Worker {
    skipCompilerInlining()
    const running = new Int32Array(new SharedArrayBuffer(RUNNING.size * Int32Array.BYTES_PER_ELEMENT))
    thread.running = running
    thread.seen = { started: 0, at: performance.now() }
    thread.sent = new Map()
    const w = new Worker(file, {
      workerData: {
        dictionaries: thread.dictionaries,
        running: running.buffer as SharedArrayBuffer
      } satisfies WorkerOptions
    })
    let answered = false
    let ended = false
    const stopped = (err: Error): void => {
      // 'error' is followed by 'exit'; and a worker closed on purpose has nothing to report.
      if (ended || closing || retired.has(w)) return
      ended = true
      if (thread.worker === w) thread.worker = null
      const jobs = [...pending.values()]
      pending.clear()
      if (!answered) {
        // It never ran a check: give the workers up and do the work here.
        unusable = true
        log('the check worker could not start; checks run on the main thread', err)
        for (const p of jobs) fallback.run(p.job).then(p.resolve, p.reject)
      } else for (const p of jobs) p.reject(err)
    }
    w.on('message', (reply: WorkerReply) => {
      answered = true
      if (retired.has(w)) return
      const p = pending.get(reply.id)
      if (!p) return
      if (reply.type === 'progress') {
        p.done[slot] = reply.done
        return
      }
      if (reply.type === 'error') {
        // What the worker holds is no longer known: the next job goes whole.
        thread.sent.clear()
        settle(reply.id)
        p.reject(new Error(reply.message))
        return
      }
      p.parts[slot] = withOverruns(reply.results, p.overran[slot] ?? [], budgetMs)
      if (thread.dictionaries) p.spelling &&= reply.spelling
      if (p.parts.some((r) => r === undefined)) return
      settle(reply.id)
      const results =
        threads.length === 1
          ? (p.parts[slot] as Record<string, PartialRun>)
          : joinJobParts(CHECKS, p.parts as Record<string, PartialRun>[])
      p.resolve({ results, spelling: p.spelling, cacheable: true })
    })
    w.on('error', stopped)
    w.on('exit', (code) => stopped(new Error(`The check worker stopped (exit code ${code}).`)))
    return w
  }

  const workerOf = (thread: Thread, slot: number): Worker => (thread.worker ??= start(thread, slot))

  /** Sends a job to a thread: its checks but those stopped past their budget in this job. */
  function post(thread: Thread, slot: number, id: number, p: Pending): void {
    const stopped = new Set(p.overran[slot])
    const share = thread.checks ?? (stopped.size > 0 ? CHECKS.map((c) => c.id) : undefined)
    const checks = share?.filter((c) => !stopped.has(c))
    const worker = workerOf(thread, slot)
    worker.postMessage({ id, job: encodeJob(p.job, thread.sent), ...(checks ? { checks } : {}) } satisfies JobRequest)
  }

  /**
   * A check ran past its budget: its thread is stopped (a check cannot be interrupted otherwise),
   * and a new one takes the jobs it had not answered, that one without the check.
   */
  function stopOverrun(thread: Thread, slot: number, at: { id: number; checkId: string; documentId: string }): void {
    const w = thread.worker
    if (!w || closing) return
    log(
      `check ${at.checkId} ran past ${budgetMs} ms on document ${at.documentId}; it was stopped and reported as failed`
    )
    retired.add(w)
    thread.worker = null
    void w.terminate()
    pending.get(at.id)?.overran[slot]?.push(at.checkId)
    for (const [id, p] of pending) {
      if (p.parts[slot] !== undefined) continue
      p.done[slot] = 0
      post(thread, slot, id, p)
    }
    setRef(pending.size > 0)
  }

  return {
    run(job) {
      if (unusable) return fallback.run(job)
      threads.forEach(workerOf)
      // Keep the process alive while a job is out; idle workers must not (the command line exits).
      setRef(true)
      const id = nextId++
      return new Promise<JobResult>((resolve, reject) => {
        pending.set(id, {
          resolve,
          reject,
          job,
          total: jobSize(job, CHECKS),
          parts: threads.map(() => undefined),
          done: threads.map(() => 0),
          spelling: true,
          overran: threads.map(() => [])
        })
        const p = pending.get(id) as Pending
        threads.forEach((thread, i) => post(thread, i, id, p))
        watch()
      })
    },
    runHere: (job) => ({ ...fallback.runHere(job), cacheable: unusable }),
    progress() {
      if (unusable) return fallback.progress()
      let done = 0
      let total = 0
      for (const p of pending.values()) {
        for (const d of p.done) done += d
        total += p.total
      }
      return { running: pending.size > 0, done, total }
    },
    state: () => (unusable ? fallback.state() : 'worker'),
    warmUp() {
      if (unusable || closing) return
      threads.forEach(workerOf)
      setRef(false)
    },
    async close() {
      closing = true
      clearInterval(watchdog)
      const workers = threads.flatMap((t) => (t.worker ? [t.worker] : []))
      for (const t of threads) t.worker = null
      for (const p of pending.values()) p.reject(new Error('Cotejo is closing.'))
      pending.clear()
      await Promise.all(workers.map((w) => w.terminate()))
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
    return createWorkerRunner(options.workerFile, here, undefined, checkThreads())
  return here
}

/**
 * Worker threads for the checks: two wherever there are two cores, each running half of the checks
 * (by cost). On the benchmark's 10,000 news paragraphs on a 2-core machine, two take about three
 * quarters of the time one takes (V8's compiler and garbage collector share the second core with
 * the other worker); each half alone takes about 3.5-4.2 s, which is what more cores give. A third
 * thread would wait on the costliest check (consistency).
 */
export function checkThreads(cores = availableParallelism()): number {
  return cores >= 2 ? 2 : 1
}
