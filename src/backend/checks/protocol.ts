import type { PartialRun } from '../../core/checks/engine/partial'
import type { WireJob } from './job-wire'

/** Main thread to check worker. */
export interface JobRequest {
  id: number
  /** The job, with only what changed since this worker's last job (`encodeJob`). */
  job: WireJob
  /** Ids of the checks this worker runs (its share of a pool); absent: every check. */
  checks?: string[]
}

/** Given to each check worker when it starts. */
export interface WorkerOptions {
  /** Load the spelling dictionaries (only the worker running the checks that read them does). */
  dictionaries: boolean
  /**
   * Where the worker says which check it is running, read by the runner's watchdog without a
   * message per check: an Int32Array over it, laid out as `RUNNING` says.
   */
  running?: SharedArrayBuffer
}

/**
 * Slots of `WorkerOptions.running`: the job, a count of checks started (written last), the check
 * running (its index in CHECKS) and the document (its index in the job's targets).
 */
export const RUNNING = { job: 0, started: 1, check: 2, target: 3, size: 4 } as const

/** Check worker to main thread. */
export type WorkerReply =
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'done'; results: Record<string, PartialRun>; spelling: boolean }
  | { id: number; type: 'error'; message: string }
