/**
 * Per-segment facts of the checks that read a whole document or project, kept across check jobs:
 * a re-check after an edit works out the edited segment's facts and reads the others' from here,
 * then does the cheap document- or project-wide part again (`segmentFacts` in segment-facts.ts).
 * Owned by whoever runs the jobs (a check worker, the in-process runner), never by a module;
 * bounded, the least lately used segment dropped first.
 */
import { TextAnalyzer } from '../../text/analyzer'

export class SegmentMemo {
  /** The jobs' text analyzer: tokens of texts read lately, records of spellings (bounded itself). */
  readonly text = new TextAnalyzer()
  /** Per segment (its content key), the facts of each analysis under the inputs they were made with. */
  private readonly segments = new Map<string, Map<string, unknown>>()
  /** The inputs a job's facts depend on (languages, glossary, speller…), each as a short number. */
  private readonly inputs = new Map<string, number>()
  private nextInputs = 1
  private hits = 0
  private misses = 0

  /** `maxSegments`: segments kept (a project of a few 5,000-paragraph documents). */
  constructor(private readonly maxSegments = 30_000) {}

  /** A short name for a job's inputs (a long string: it holds the glossary), for fact keys. */
  inputsId(inputs: string): number {
    let id = this.inputs.get(inputs)
    if (id === undefined) {
      // Inputs change rarely (a glossary edit); facts under forgotten ones are never asked again.
      if (this.inputs.size >= 64) this.inputs.clear()
      this.inputs.set(inputs, (id = this.nextInputs++))
    }
    return id
  }

  /** The facts kept for `segment` (a content key) under `fact` (an analysis and its inputs), if any. */
  get(segment: string, fact: string): unknown {
    const facts = this.segments.get(segment)
    if (!facts) return undefined
    // Most lately used last: a Map keeps insertion order.
    this.segments.delete(segment)
    this.segments.set(segment, facts)
    const value = facts.get(fact)
    if (value === undefined) this.misses++
    else this.hits++
    return value
  }

  set(segment: string, fact: string, value: unknown): void {
    let facts = this.segments.get(segment)
    if (!facts) {
      this.segments.set(segment, (facts = new Map()))
      if (this.segments.size > this.maxSegments) this.segments.delete(this.segments.keys().next().value as string)
    }
    facts.set(fact, value)
  }

  get size(): number {
    return this.segments.size
  }

  /** For benchmarks and logs: segments kept, and lookups answered from the memo since it was made. */
  describe(): string {
    return `${this.segments.size} segments kept, ${this.hits} hits, ${this.misses} misses`
  }
}
