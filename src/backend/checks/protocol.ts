import type { CheckJob } from '../../core/checks/engine/job'
import type { PartialRun } from '../../core/checks/engine/partial'

/** Main thread to check worker. */
export interface JobRequest {
  id: number
  job: CheckJob
  /** Ids of the checks this worker runs (its share of a pool); absent: every check. */
  checks?: string[]
}

/** Given to each check worker when it starts. */
export interface WorkerOptions {
  /** Load the spelling dictionaries (only the worker running the checks that read them does). */
  dictionaries: boolean
}

/** Check worker to main thread. */
export type WorkerReply =
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'done'; results: Record<string, PartialRun>; spelling: boolean }
  | { id: number; type: 'error'; message: string }
