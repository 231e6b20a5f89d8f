import type { CheckFailure, CheckRunResult, Finding, SkippedCheck } from '../../domain/findings'
import { appendAll } from '../../collections/arrays'
import { mergeSameSpan } from './merge'
import { readingOrder, runEachCheck } from './runner'
import type { CheckContext, CheckDefinition, SegmentPair } from './types'
import type { CheckSettings } from '../../domain/findings'

/**
 * One document's check results before the findings of different checks are merged, the
 * segment-local checks' findings kept per segment: what an incremental re-check stores, so that
 * an edit runs those checks on the edited segment only.
 */
export interface PartialRun {
  /** Per segment the segment-local checks ran on: their findings on it, check after check. */
  segments: SegmentFindings[]
  /** The findings of the checks that read the whole document or project, check after check. */
  whole: Finding[]
  failures: CheckFailure[]
  ran: string[]
  skipped: SkippedCheck[]
}

export interface SegmentFindings {
  index: number
  findings: Finding[]
}

export const isSegmentLocal = (check: CheckDefinition): boolean => check.locality === 'segment'

/**
 * What makes a segment's segment-local findings what they are, besides the document's languages,
 * glossary, settings and speller (which the caller keys its store with): two segments with the
 * same key get the same findings.
 */
export function segmentKey(segment: SegmentPair): string {
  return JSON.stringify([
    segment.index,
    segment.sourceParagraphs,
    segment.targetParagraphs,
    segment.source,
    segment.target,
    segment.sentences,
    segment.codes ?? null
  ])
}

/**
 * Runs the checks on `ctx.document`: those that read more than a segment on all of it, the
 * segment-local ones only on the segments in `dirty` (all of them when it is undefined).
 */
export function runPartial(
  checks: readonly CheckDefinition[],
  ctx: CheckContext,
  settings: CheckSettings,
  dirty: ReadonlySet<number> | undefined,
  onCheckDone?: (checkId: string) => void,
  onCheckStart?: (checkId: string) => void
): PartialRun {
  const whole = runEachCheck(
    checks.filter((c) => !isSegmentLocal(c)),
    ctx,
    settings,
    onCheckDone,
    onCheckStart
  )
  const document = dirty
    ? { ...ctx.document, segments: ctx.document.segments.filter((s) => dirty.has(s.index)) }
    : ctx.document
  const local = runEachCheck(
    checks.filter(isSegmentLocal),
    document === ctx.document ? ctx : { ...ctx, document },
    settings,
    onCheckDone,
    onCheckStart
  )
  const bySegment = new Map<number, Finding[]>(document.segments.map((s) => [s.index, []]))
  for (const f of local.findings) bySegment.get(f.segment)?.push(f)
  return sortedByCheck(checks, {
    segments: [...bySegment].map(([index, findings]) => ({ index, findings })),
    whole: whole.findings,
    failures: [...whole.failures, ...local.failures],
    ran: [...whole.ran, ...local.ran],
    skipped: [...whole.skipped, ...local.skipped]
  })
}

/** Joins partial runs of one document by different checks (worker threads' shares) into one. */
export function joinPartials(checks: readonly CheckDefinition[], parts: readonly PartialRun[]): PartialRun {
  const bySegment = new Map<number, Finding[]>()
  const joined: PartialRun = { segments: [], whole: [], failures: [], ran: [], skipped: [] }
  for (const part of parts) {
    for (const s of part.segments) {
      const list = bySegment.get(s.index)
      if (list) appendAll(list, s.findings)
      else bySegment.set(s.index, [...s.findings])
    }
    appendAll(joined.whole, part.whole)
    appendAll(joined.failures, part.failures)
    appendAll(joined.ran, part.ran)
    appendAll(joined.skipped, part.skipped)
  }
  joined.segments = [...bySegment].map(([index, findings]) => ({ index, findings }))
  return sortedByCheck(checks, joined)
}

/**
 * The document's result from a complete partial run (every segment's local findings, fresh or
 * kept): what one `runChecks` of all the checks gives. Findings in reading order, ties in check
 * order and each check's own order, those on the same span merged.
 */
export function assemble(checks: readonly CheckDefinition[], run: PartialRun): CheckRunResult {
  const rank = new Map(checks.map((c, i) => [c.id, i]))
  const findings: Finding[] = [...run.whole]
  for (const s of [...run.segments].sort((a, b) => a.index - b.index)) appendAll(findings, s.findings)
  // Stable sorts: a check's findings keep the order that check gave them.
  findings.sort((a, b) => (rank.get(a.checkId) ?? checks.length) - (rank.get(b.checkId) ?? checks.length))
  return {
    findings: mergeSameSpan(findings.sort(readingOrder)),
    failures: run.failures,
    ran: run.ran,
    skipped: run.skipped
  }
}

/** Failures, checks run and skipped in check order. */
function sortedByCheck(checks: readonly CheckDefinition[], run: PartialRun): PartialRun {
  const rank = new Map(checks.map((c, i) => [c.id, i]))
  const of = (id: string): number => rank.get(id) ?? checks.length
  run.failures.sort((a, b) => of(a.checkId) - of(b.checkId))
  run.ran.sort((a, b) => of(a) - of(b))
  run.skipped.sort((a, b) => of(a.checkId) - of(b.checkId))
  return run
}
