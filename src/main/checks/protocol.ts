import type { CheckJob } from '../../shared/checks/job'
import type { CheckRunResult } from '../../shared/checks/types'

/** Main thread to check worker. */
export interface JobRequest {
  id: number
  job: CheckJob
}

/** Check worker to main thread. */
export type WorkerReply =
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'done'; results: Record<string, CheckRunResult>; spelling: boolean }
  | { id: number; type: 'error'; message: string }
