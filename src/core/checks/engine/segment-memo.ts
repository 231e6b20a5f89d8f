/**
 * Per-segment facts of the checks that read a whole document or project, kept across check jobs:
 * a re-check after an edit works out the edited segment's facts and reads the others' from here,
 * then does the cheap document- or project-wide part again (`segmentFacts` in segment-facts.ts).
 * Owned by whoever runs the jobs (a check worker, the in-process runner), never by a module;
 * bounded: past `maxSegments` segments, or past `maxChars` characters of their texts (facts take
 * many times their text), the segments no job read for longest are dropped.
 */
import { TextAnalyzer } from '../../text/analyzer'
import type { SegmentPair } from './types'

interface Kept {
  /** Its content key in `SegmentMemo.segments`. */
  key: string
  facts: Map<string, unknown>
  /** The job that read it last. */
  used: number
}

/** Where a job-wide analysis keeps its last run (`SegmentMemo.lastRun`); undefined forgets it. */
export interface LastRun<T> {
  get: () => T | undefined
  set: (value: T | undefined) => void
}

/** Last runs kept (`lastRun`): the project's, and two per document for the documents edited lately. */
const MAX_LAST_RUNS = 16

/**
 * Columns kept (`column`): the few dozen facts of each of the documents checked lately, each with
 * two arrays of up to its document's length (and their values kept alive).
 */
const MAX_COLUMNS = 128
/**
 * Facts read for a few segments only (a fact per term of the project, say: thousands of them) get
 * no column: they would take the place of the dense ones, for nothing. Up to this many are known.
 */
const MAX_SPARSE = 8192

/** A fact read for fewer than this share of a document's segments is sparse. */
const DENSE_SHARE = 0.25

const isSparse = (column: FactColumn): boolean => column.filled < DENSE_SHARE * column.segments.length

/**
 * One fact of one document's segments, by position, as the last job that read it read them: the
 * next job takes a value from here for each segment it brings again (the same object at the same
 * position), reading the arrays in order instead of looking each segment up in `SegmentMemo`'s
 * maps (a re-check reads tens of thousands of facts, and those look-ups were most of its time).
 */
export interface FactColumn {
  /** The job that read it last, the segments it read and the values (undefined: not read). */
  job: number
  segments: readonly SegmentPair[]
  values: unknown[]
  /** Values the job put in `values` (the segments it read). */
  filled: number
  /** The same of the job before. */
  before: { segments: readonly SegmentPair[]; values: unknown[] } | null
}

export class SegmentMemo {
  /** The jobs' text analyzer: tokens of texts read lately, records of spellings (bounded itself). */
  readonly text = new TextAnalyzer()
  /** Per segment (its content key), the facts of each analysis under the inputs they were made with. */
  private readonly segments = new Map<string, Kept>()
  /** The inputs a job's facts depend on (languages, glossary, speller…), each as a short number. */
  private readonly inputs = new Map<string, number>()
  /** Content keys of segments seen: a segment a later job brings again (the same object) is not keyed again. */
  private readonly keys = new WeakMap<SegmentPair, string>()
  /**
   * The facts of segments seen, by object: a check worker gets the same objects job after job for
   * the segments an edit did not change, so each job finds their facts without keying them again.
   */
  private readonly byObject = new WeakMap<SegmentPair, Kept>()
  /** Per document and fact, its `FactColumn`, the columns read longest ago first. */
  private readonly columns = new Map<string, FactColumn>()
  /** Keys of the facts found sparse, which get no column. */
  private readonly sparse = new Set<string>()
  /** What a job-wide analysis keeps for the next job to start from (`lastRun`), by name. */
  private readonly lastRuns = new Map<string, unknown>()
  private nextInputs = 1
  private job = 0

  /** Length of the content keys of the segments kept. */
  private chars = 0

  /**
   * `maxSegments`: segments kept (a project of a few 5,000-paragraph documents); `maxChars`: their
   * content keys' length (a 5,000-paragraph release takes about 2 M; facts weigh about 12 bytes a
   * character, so at most about 100 MB).
   */
  constructor(
    private readonly maxSegments = 30_000,
    private readonly maxChars = 8_000_000
  ) {}

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

  /** What `factsOf` knows the segment by: its content, whatever its position. */
  contentKey(segment: SegmentPair): string {
    let key = this.keys.get(segment)
    if (key === undefined) {
      const { source, target, sentences, marked, codes } = segment
      key = JSON.stringify([source, target, sentences, marked ?? null, codes ?? null])
      this.keys.set(segment, key)
    }
    return key
  }

  /**
   * The column of a fact (`key`: the document's id and the fact with its inputs) for this job, which
   * reads it for `segments`; null when this job read it for other segments already (a document
   * narrowed to a few segments), which then go through the maps.
   */
  column(key: string, segments: readonly SegmentPair[]): FactColumn | null {
    if (this.sparse.has(key)) return null
    let column = this.columns.get(key)
    if (column?.job === this.job) return column.segments === segments ? column : null
    if (column && isSparse(column)) {
      this.columns.delete(key)
      this.markSparse(key)
      return null
    }
    if (column) {
      // The array of the job before last is taken again: a re-check leaves no arrays behind.
      const spare = column.before?.values
      column.before = { segments: column.segments, values: column.values }
      column.job = this.job
      column.segments = segments
      column.filled = 0
      column.values = spare ? ((spare.length = 0), spare) : []
      this.columns.delete(key)
    } else column = { job: this.job, segments, values: [], filled: 0, before: null }
    this.columns.set(key, column)
    for (const [old, dropped] of this.columns) {
      if (this.columns.size <= MAX_COLUMNS) break
      this.columns.delete(old)
      if (isSparse(dropped)) this.markSparse(old)
    }
    return column
  }

  private markSparse(key: string): void {
    this.sparse.add(key)
    for (const old of this.sparse) if (this.sparse.size > MAX_SPARSE) this.sparse.delete(old)
  }

  /** Starts a job: what it reads is kept over what earlier jobs read. */
  startJob(): void {
    this.job++
  }

  /** Ends a job: drops the segments read longest ago while there are too many. */
  endJob(): void {
    if (this.segments.size <= this.maxSegments && this.chars <= this.maxChars) return
    const byAge = [...this.segments].sort((a, b) => a[1].used - b[1].used)
    const keepSegments = Math.floor(this.maxSegments * 0.9)
    const keepChars = Math.floor(this.maxChars * 0.9)
    for (const [key] of byAge) {
      if (this.segments.size <= keepSegments && this.chars <= keepChars) break
      this.segments.delete(key)
      this.chars -= key.length
    }
  }

  /** The facts kept for the segment with content key `segment`, by analysis and inputs (made empty). */
  factsOf(segment: string): Map<string, unknown> {
    return this.keptOf(segment).facts
  }

  /** `factsOf` the segment's content key, found by the object when a job brought it before. */
  factsOfSegment(segment: SegmentPair): Map<string, unknown> {
    let kept = this.byObject.get(segment)
    if (kept === undefined || this.segments.get(kept.key) !== kept) {
      kept = this.keptOf(this.contentKey(segment))
      this.byObject.set(segment, kept)
    } else kept.used = this.job
    return kept.facts
  }

  private keptOf(key: string): Kept {
    let kept = this.segments.get(key)
    if (!kept) {
      this.segments.set(key, (kept = { key, facts: new Map(), used: this.job }))
      this.chars += key.length
    } else kept.used = this.job
    return kept
  }

  /**
   * The slot where a job-wide analysis keeps what its last run worked out, with what it was made
   * from: the next job reuses it when its inputs are the same (a project of one size at a time).
   */
  lastRun<T>(name: string): LastRun<T> {
    return {
      get: () => this.lastRuns.get(name) as T | undefined,
      set: (value) => {
        if (value === undefined) return void this.lastRuns.delete(name)
        // Bounded: the runs kept longest ago go first (a worker may check many documents).
        this.lastRuns.delete(name)
        this.lastRuns.set(name, value)
        for (const old of this.lastRuns.keys()) if (this.lastRuns.size > MAX_LAST_RUNS) this.lastRuns.delete(old)
      }
    }
  }

  get size(): number {
    return this.segments.size
  }

  /** For benchmarks and logs. */
  describe(): string {
    return `${this.segments.size} segments kept (${(this.chars / 1e6).toFixed(1)} M characters)`
  }
}
