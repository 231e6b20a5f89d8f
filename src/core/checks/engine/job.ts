import { contextFor } from './context'
import { isEnabled, readingOrder, runChecks } from './runner'
import { withProjectHeld } from '../analyses/fingerprint'
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
  // The whole job reads one unchanging project: its fingerprint is verified once, not per document.
  return withProjectHeld(job.documents, () => {
    for (const id of job.targets) {
      const document = job.documents.find((d) => d.id === id)
      if (!document) throw new Error(`Document ${id} is not part of the job`)
      const ctx = contextFor(document, job.glossary, job.documents, spell)
      results[id] = runChecks(checks, ctx, job.settings, () => onProgress?.({ done: ++done, total }))
    }
    return results
  })
}

/**
 * Relative cost of the checks that take most of a run (seconds on the benchmark's 10,000 news
 * paragraphs, `npm run bench:checks`); the others count as 0.1. Only used to share the checks
 * fairly between worker threads, so rough figures do.
 */
const COST: Readonly<Record<string, number>> = {
  consistency: 1.6,
  numbers: 0.9,
  entities: 1.0,
  omission: 0.75,
  negation: 0.5,
  'unaligned-sentence': 0.5,
  spelling: 0.45,
  'typography-midsentence-capital': 0.45,
  untranslated: 0.4,
  'number-format': 0.15
}

/**
 * Splits the checks into `parts` groups of about equal cost, for as many worker threads. Checks
 * that share a cached computation (`sharedWork`) stay together, or each thread would do it again;
 * those that read the spelling dictionaries stay in the first group, so only one thread loads them.
 * Each group keeps the checks' order.
 */
export function splitChecks(checks: readonly CheckDefinition[], parts: number): CheckDefinition[][] {
  const cost = (c: CheckDefinition): number => COST[c.id] ?? 0.1
  // Units that go to one thread whole: the checks of one shared computation, or a check alone.
  const units = new Map<string, CheckDefinition[]>()
  for (const c of checks) {
    const key = c.sharedWork ?? `check:${c.id}`
    units.set(key, [...(units.get(key) ?? []), c])
  }
  const groups: CheckDefinition[][] = Array.from({ length: Math.max(1, parts) }, () => [])
  const load = groups.map(() => 0)
  const weight = (unit: CheckDefinition[]): number => unit.reduce((n, c) => n + cost(c), 0)
  const place = (unit: CheckDefinition[], g: number): void => {
    ;(groups[g] as CheckDefinition[]).push(...unit)
    load[g] = (load[g] as number) + weight(unit)
  }
  const all = [...units.values()]
  const readsDictionaries = (unit: CheckDefinition[]): boolean => unit.some((c) => c.usesDictionaries)
  for (const unit of all) if (readsDictionaries(unit)) place(unit, 0)
  // Heaviest first, each to the lightest group so far.
  const rest = all.filter((u) => !readsDictionaries(u)).sort((a, b) => weight(b) - weight(a))
  for (const unit of rest) place(unit, load.indexOf(Math.min(...load)))
  const order = new Map(checks.map((c, i) => [c, i]))
  return groups.map((g) => g.sort((a, b) => (order.get(a) as number) - (order.get(b) as number)))
}

/**
 * Joins the results of one job run in parts (each part some of the checks) into what one run of
 * all of them gives: per document, findings in reading order with ties in check order, and
 * failures in check order.
 */
export function mergeResults(
  checks: readonly CheckDefinition[],
  parts: readonly Record<string, CheckRunResult>[]
): Record<string, CheckRunResult> {
  const rank = new Map(checks.map((c, i) => [c.id, i]))
  const byCheck = (a: { checkId: string }, b: { checkId: string }): number =>
    (rank.get(a.checkId) ?? checks.length) - (rank.get(b.checkId) ?? checks.length)
  const merged: Record<string, CheckRunResult> = {}
  for (const part of parts) {
    for (const [id, result] of Object.entries(part)) {
      const into = (merged[id] ??= { findings: [], failures: [] })
      into.findings.push(...result.findings)
      into.failures.push(...result.failures)
    }
  }
  for (const result of Object.values(merged)) {
    // Stable sorts: findings of one check keep the order that check gave them.
    result.findings.sort(byCheck).sort(readingOrder)
    result.failures.sort(byCheck)
  }
  return merged
}
