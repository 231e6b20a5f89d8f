/**
 * What a check that reads a whole document or project works out per segment, kept across jobs in
 * the runner's `SegmentMemo` (when the job has one): a re-check after an edit redoes it for the
 * edited segment only. Facts are keyed by the segment's content (its texts, sentences and codes,
 * not its position) and the job's inputs (languages, glossary, speller, lexicon), so they must be
 * a pure function of those: anything the document or project decides goes in through `lookup`
 * (`segmentFindingsReading`), whose answers are kept with the facts and checked on reuse.
 */
import type { RawFinding, CheckContext, DocumentContext, SegmentPair } from './types'

/** `make()`'s value for the segment, from the memo when it was made before with the same inputs. */
export function segmentFacts<T>(
  ctx: CheckContext,
  document: DocumentContext,
  segment: SegmentPair,
  id: string,
  make: () => T
): T {
  const where = ctx.cache.factKeys(ctx, document, segment, id)
  if (!where) return make()
  const kept = ctx.cache.memo?.get(where.segment, where.fact)
  if (kept !== undefined) return kept as T
  const value = make()
  ctx.cache.memo?.set(where.segment, where.fact, value)
  return value
}

/** Findings made for a segment at another position, moved to `index`. */
function at(findings: readonly RawFinding[], index: number): RawFinding[] {
  if (findings.length === 0 || (findings[0] as RawFinding).segment === index) return findings as RawFinding[]
  return findings.map((f) => ({ ...f, segment: index }))
}

/** A segment's findings that read nothing but the segment (and the job's inputs), from the memo when kept. */
export function segmentFindings(
  ctx: CheckContext,
  segment: SegmentPair,
  id: string,
  make: () => RawFinding[]
): RawFinding[] {
  return at(segmentFacts(ctx, ctx.document, segment, id, make), segment.index)
}

interface Reading<V> {
  findings: RawFinding[]
  keys: string[]
  answers: V[]
}

/**
 * A segment's findings that read the document or project through `lookup` (a word's count, whether
 * the rest of the document writes it in lowercase): kept with the answers they got, and reused
 * while `lookup` still gives those answers.
 */
export function segmentFindingsReading<V>(
  ctx: CheckContext,
  segment: SegmentPair,
  id: string,
  lookup: (key: string) => V,
  make: (lookup: (key: string) => V) => RawFinding[]
): RawFinding[] {
  const where = ctx.cache.factKeys(ctx, ctx.document, segment, id)
  if (!where) return make(lookup)
  const kept = ctx.cache.memo?.get(where.segment, where.fact) as Reading<V> | undefined
  if (kept && kept.keys.every((k, i) => lookup(k) === kept.answers[i])) return at(kept.findings, segment.index)
  const keys: string[] = []
  const answers: V[] = []
  const findings = make((key) => {
    const answer = lookup(key)
    keys.push(key)
    answers.push(answer)
    return answer
  })
  ctx.cache.memo?.set(where.segment, where.fact, { findings, keys, answers } satisfies Reading<V>)
  return findings
}
