import { contextFor } from './context'
import { readingOrder, runChecks, skipReason } from './runner'
import { maskCodes } from './codes'
import { primaryLanguage } from '../../domain/language'
import { mergeSameSpan } from './merge'
import { JobCache } from './job-cache'
import type { Analysis, CheckDefinition, DocumentContext } from './types'
import type { SpellService } from '../../text/speller'
import type { BilingualLexicon } from '../../text/bilingual-lexicon'
import type { CheckRunResult, CheckSettings } from '../../domain/findings'
import type { GlossaryEntry } from '../../domain/glossary'
import type { ApprovedRendering } from '../../domain/memory'
import { appendAll } from '../../collections/arrays'

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
  /** Approved translations of the documents' sources, from the memory (none when absent). */
  memory?: ApprovedRendering[]
}

export interface JobProgress {
  /** Checks run so far, over all target documents. */
  done: number
  total: number
}

/** Steps a job takes: one per target document and check that runs on it. */
export function jobSize(
  job: Pick<CheckJob, 'documents' | 'targets' | 'settings'>,
  checks: readonly CheckDefinition[]
): number {
  let size = 0
  for (const id of job.targets) {
    const document = job.documents.find((d) => d.id === id)
    if (document) size += checks.filter((c) => skipReason(c, document, job.settings) === null).length
  }
  return size
}

/**
 * The documents of the project one document is checked among (consistency reaches across them):
 * those in its language pair, so an English→Dutch release never lends its terms to Spanish→English.
 */
function samePair(documents: readonly DocumentContext[], document: DocumentContext): DocumentContext[] {
  const pair = (d: DocumentContext): string => `${primaryLanguage(d.sourceTag)}>${primaryLanguage(d.targetTag)}`
  return documents.filter((d) => pair(d) === pair(document))
}

/** Runs a job and returns each target document's findings by id. */
export function runCheckJob(
  job: CheckJob,
  checks: readonly CheckDefinition[],
  spell: SpellService | undefined,
  onProgress?: (progress: JobProgress) => void,
  lexicon?: BilingualLexicon
): Record<string, CheckRunResult> {
  const total = jobSize(job, checks)
  let done = 0
  const results: Record<string, CheckRunResult> = {}
  // One cache for the whole job: project analyses are shared by its documents, and dropped with it.
  const cache = new JobCache()
  const documents = job.documents.map(maskCodes)
  for (const id of job.targets) {
    const document = documents.find((d) => d.id === id)
    if (!document) throw new Error(`Document ${id} is not part of the job`)
    const ctx = contextFor(document, job.glossary, samePair(documents, document), spell, cache, lexicon, job.memory)
    results[id] = runChecks(checks, ctx, job.settings, () => onProgress?.({ done: ++done, total }))
  }
  return results
}

/**
 * Splits the checks into `parts` groups of about equal cost, for as many worker threads. Checks
 * that use a shared analysis (`uses`) stay together, or each thread would compute it again;
 * those that read the spelling dictionaries stay in the first group, so only one thread loads them.
 * Each group keeps the checks' order.
 */
export function splitChecks(checks: readonly CheckDefinition[], parts: number): CheckDefinition[][] {
  const cost = (c: CheckDefinition): number => c.cost ?? 0.1
  const units = sharingUnits(checks)
  const groups: CheckDefinition[][] = Array.from({ length: Math.max(1, parts) }, () => [])
  const load = groups.map(() => 0)
  const weight = (unit: CheckDefinition[]): number => unit.reduce((n, c) => n + cost(c), 0)
  const place = (unit: CheckDefinition[], g: number): void => {
    ;(groups[g] as CheckDefinition[]).push(...unit)
    load[g] = (load[g] as number) + weight(unit)
  }
  const readsDictionaries = (unit: CheckDefinition[]): boolean => unit.some((c) => c.usesDictionaries)
  for (const unit of units) if (readsDictionaries(unit)) place(unit, 0)
  // Heaviest first, each to the lightest group so far.
  const rest = units.filter((u) => !readsDictionaries(u)).sort((a, b) => weight(b) - weight(a))
  for (const unit of rest) place(unit, load.indexOf(Math.min(...load)))
  const order = new Map(checks.map((c, i) => [c, i]))
  return groups.map((g) => g.sort((a, b) => (order.get(a) as number) - (order.get(b) as number)))
}

/**
 * Units that go to one thread whole: checks joined by the analyses they use (transitively: a check
 * that uses two analyses joins both groups), or a check alone. In the checks' order.
 */
function sharingUnits(checks: readonly CheckDefinition[]): CheckDefinition[][] {
  const units: { checks: CheckDefinition[]; analyses: Set<Analysis<unknown>> }[] = []
  for (const c of checks) {
    const uses = new Set(c.uses ?? [])
    const joined = units.filter((u) => [...uses].some((a) => u.analyses.has(a)))
    const unit = { checks: [...joined.flatMap((u) => u.checks), c], analyses: new Set(uses) }
    for (const u of joined) for (const a of u.analyses) unit.analyses.add(a)
    // The joined unit takes the place of the first it absorbs: units keep the order of their first check.
    const at = joined.length > 0 ? units.indexOf(joined[0] as (typeof units)[number]) : units.length
    units.splice(at, 1, unit)
    for (const u of joined.slice(1)) units.splice(units.indexOf(u), 1)
  }
  return units.map((u) => u.checks)
}

/**
 * Joins the results of one job run in parts (each part some of the checks) into what one run of
 * all of them gives: per document, findings in reading order with ties in check order, those of
 * different parts on the same span merged, and failures, checks run and skipped in check order.
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
      const into = (merged[id] ??= { findings: [], failures: [], ran: [], skipped: [] })
      appendAll(into.findings, result.findings)
      appendAll(into.failures, result.failures)
      appendAll(into.ran, result.ran)
      appendAll(into.skipped, result.skipped)
    }
  }
  for (const result of Object.values(merged)) {
    // Stable sorts: findings of one check keep the order that check gave them.
    result.findings = mergeSameSpan(result.findings.sort(byCheck).sort(readingOrder))
    result.failures.sort(byCheck)
    result.ran.sort((a, b) => byCheck({ checkId: a }, { checkId: b }))
    result.skipped.sort(byCheck)
  }
  return merged
}
