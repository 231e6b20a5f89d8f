/**
 * What a check that reads a whole document or project works out per segment, kept across jobs in
 * the runner's `SegmentMemo` (when the job has one): a re-check after an edit redoes it for the
 * edited segment only. Facts are keyed by the segment's content (its texts, sentences and codes,
 * not its position) and the job's inputs (languages, glossary, speller, lexicon), so they must be
 * a pure function of those: anything the document or project decides goes in through `lookup`
 * (`segmentFindingsReading`), whose answers are kept with the facts and checked on reuse.
 */
import type { RawFinding, CheckContext, DocumentContext, SegmentPair } from './types'

/**
 * `make()`'s value for the segment, from the memo when it was made before with the same inputs and
 * `valid` (when given) accepts it: for facts that read something the document or project decides.
 */
export function segmentFacts<T>(
  ctx: CheckContext,
  document: DocumentContext,
  segment: SegmentPair,
  id: string,
  make: () => T,
  valid?: (kept: T) => boolean
): T {
  const slot = ctx.cache.factSlot(ctx, document, id)
  if (!slot) return make()
  const test = valid as ((kept: unknown) => boolean) | undefined
  const inColumn = slot.kept(segment, test)
  if (inColumn !== undefined) return inColumn as T
  const at = slot.lastAt
  const facts = slot.memo.factsOfSegment(segment)
  const kept = facts.get(slot.fact) as T | undefined
  if (kept !== undefined && (!valid || valid(kept))) {
    slot.keep(at, kept)
    return kept
  }
  const value = make()
  facts.set(slot.fact, value)
  slot.keep(at, value)
  return value
}

/**
 * What `make` gives reading `lookup`, with the answers it got: `stillAnswers` tells whether
 * `lookup` still gives them (see `segmentFindingsReading`).
 */
export interface Recorded<T, V> {
  value: T
  keys: string[]
  answers: V[]
}

export function recording<T, V>(lookup: (key: string) => V, make: (lookup: (key: string) => V) => T): Recorded<T, V> {
  const keys: string[] = []
  const answers: V[] = []
  const value = make((key) => {
    const answer = lookup(key)
    keys.push(key)
    answers.push(answer)
    return answer
  })
  return { value, keys, answers }
}

export function stillAnswers<V>(kept: Recorded<unknown, V>, lookup: (key: string) => V): boolean {
  return kept.keys.every((k, i) => lookup(k) === kept.answers[i])
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
  const recorded = segmentFacts(
    ctx,
    ctx.document,
    segment,
    id,
    () => recording(lookup, make),
    (kept) => stillAnswers(kept, lookup)
  )
  return at(recorded.value, segment.index)
}
