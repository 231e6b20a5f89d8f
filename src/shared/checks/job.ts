import { contextFor } from './context'
import { isEnabled, runChecks } from './runner'
import type {
  CheckDefinition,
  CheckRunResult,
  CheckSettings,
  DocumentContext,
  GlossaryEntry,
  SpellService
} from './types'

/**
 * One request to check documents of a project. Plain data, so it can cross to a worker thread:
 * the whole project travels with it because consistency reaches across its documents.
 */
export interface CheckJob {
  /** Every document of the project. */
  documents: DocumentContext[]
  /** Ids of the documents to check. */
  targets: string[]
  glossary: GlossaryEntry[]
  settings: CheckSettings
}

export interface JobProgress {
  /** Checks run so far, over all target documents. */
  done: number
  total: number
}

/** Steps a job takes: one per enabled check and target document. */
export function jobSize(job: Pick<CheckJob, 'targets' | 'settings'>, checks: readonly CheckDefinition[]): number {
  return job.targets.length * checks.filter((c) => isEnabled(c, job.settings)).length
}

/** Runs a job and returns each target document's findings by id. */
export function runCheckJob(
  job: CheckJob,
  checks: readonly CheckDefinition[],
  spell: SpellService | undefined,
  onProgress?: (progress: JobProgress) => void
): Record<string, CheckRunResult> {
  const total = jobSize(job, checks)
  let done = 0
  const results: Record<string, CheckRunResult> = {}
  for (const id of job.targets) {
    const document = job.documents.find((d) => d.id === id)
    if (!document) throw new Error(`Document ${id} is not part of the job`)
    const ctx = { ...contextFor(document, job.glossary, job.documents), ...(spell ? { spell } : {}) }
    results[id] = runChecks(checks, ctx, job.settings, () => onProgress?.({ done: ++done, total }))
  }
  return results
}
