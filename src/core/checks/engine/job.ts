import { contextFor } from './context'
import { skipReason } from './runner'
import { maskCodes } from './codes'
import { primaryLanguage } from '../../domain/language'
import { JobCache } from './job-cache'
import type { SegmentMemo } from './segment-memo'
import { assemble, joinPartials, runPartial, type PartialRun } from './partial'
import type { Analysis, CheckDefinition, DocumentContext } from './types'
import type { SpellService } from '../../text/speller'
import type { BilingualLexicon } from '../../text/bilingual-lexicon'
import type { CheckRunResult, CheckSettings } from '../../domain/findings'
import type { GlossaryEntry } from '../../domain/glossary'
import type { ApprovedRendering } from '../../domain/memory'

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
  /**
   * Per target id, the segments whose segment-local checks run (the caller keeps the others'
   * findings from an earlier run); a target not named here is checked whole.
   */
  dirty?: Record<string, number[]>
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
  lexicon?: BilingualLexicon,
  memo?: SegmentMemo
): Record<string, CheckRunResult> {
  const runs = runPartialJob({ ...job, dirty: {} }, checks, spell, onProgress, lexicon, memo)
  return Object.fromEntries(Object.entries(runs).map(([id, run]) => [id, assemble(checks, run)]))
}

/**
 * Runs a job and returns each target document's partial run by id (`assemble` makes its result):
 * segment-local checks only on the segments `job.dirty` names for it. `memo`: what earlier jobs
 * worked out per segment (the runner's, kept between its jobs), read and added to.
 */
export function runPartialJob(
  job: CheckJob,
  checks: readonly CheckDefinition[],
  spell: SpellService | undefined,
  onProgress?: (progress: JobProgress) => void,
  lexicon?: BilingualLexicon,
  memo?: SegmentMemo,
  /** Called before each check runs on a target, with its id and the target's. */
  onCheckStart?: (checkId: string, documentId: string) => void
): Record<string, PartialRun> {
  const total = jobSize(job, checks)
  let done = 0
  const results: Record<string, PartialRun> = {}
  // One cache for the whole job: project analyses are shared by its documents, and dropped with it.
  const cache = new JobCache(memo?.text, undefined, memo)
  const documents = job.documents.map(maskCodes)
  memo?.startJob()
  for (const id of job.targets) {
    const document = documents.find((d) => d.id === id)
    if (!document) throw new Error(`Document ${id} is not part of the job`)
    const ctx = contextFor(document, job.glossary, samePair(documents, document), spell, cache, lexicon, job.memory)
    const dirty = job.dirty?.[id]
    results[id] = runPartial(
      checks,
      ctx,
      job.settings,
      dirty ? new Set(dirty) : undefined,
      () => onProgress?.({ done: ++done, total }),
      onCheckStart && ((checkId) => onCheckStart(checkId, id))
    )
  }
  memo?.endJob()
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

/** Joins the partial runs of one job by parts of the checks (`splitChecks`) into what one run of all of them gives. */
export function joinJobParts(
  checks: readonly CheckDefinition[],
  parts: readonly Record<string, PartialRun>[]
): Record<string, PartialRun> {
  const ids = new Set(parts.flatMap((p) => Object.keys(p)))
  return Object.fromEntries(
    [...ids].map((id) => [
      id,
      joinPartials(
        checks,
        parts.flatMap((p) => (p[id] ? [p[id]] : []))
      )
    ])
  )
}
