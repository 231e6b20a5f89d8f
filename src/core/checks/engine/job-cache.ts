import type { Lang } from '../../domain/language'
import { getOrMake } from '../../collections/multimap'
import { TextAnalyzer } from '../../text/analyzer'
import type { Analysis, CheckContext, DocumentContext, SegmentPair } from './types'
import type { FactColumn, SegmentMemo } from './segment-memo'

/**
 * The analyses of one job run, owned by it: created by `runCheckJob` (or one `runChecks` call) and
 * unreachable once the job returns. What outlives the job is only what its runner hands in as
 * `memo` (per-segment facts keyed by the segment's content, and the text analyzer), bounded there.
 */
export class JobCache {
  private readonly job = new Map<Analysis<unknown>, unknown>()
  private readonly document = new Map<Analysis<unknown>, unknown>()
  private current: DocumentContext | undefined
  /** Per document, the key of its inputs (`factKeys`). */
  private readonly inputKeys = new WeakMap<DocumentContext, string>()
  /**
   * Fact keys made once per job: a key made anew on each of a job's hundred thousand look-ups is
   * a new string to flatten and hash every time (most of the look-up's cost after an edit).
   */
  private readonly factIds = new Map<string, Map<string, FactSlot>>()
  private glossaryKey: { glossary: unknown; key: string } | undefined
  /** The slot `factSlot` gave last, and for what. */
  private lastSlot: { document: DocumentContext; id: string; slot: FactSlot } | undefined
  /** Each segment's position in a document's list, for the segments a check reads out of order. */
  private readonly positions = new WeakMap<readonly SegmentPair[], Map<SegmentPair, number>>()

  /**
   * `text`: the job's text analyzer (`tokenize(text, ctx.cache.text)`). `glossaryScoped`: values of
   * the analyses that read only the glossary, which `nextJob` hands on.
   */
  constructor(
    readonly text: TextAnalyzer = new TextAnalyzer(),
    private readonly glossaryScoped = new Map<Analysis<unknown>, unknown>(),
    readonly memo?: SegmentMemo
  ) {}

  /**
   * A cache for the next job of a run that checks many small jobs with the same glossary (`cotejo
   * check --jsonl`, one job a line): it shares this one's glossary-scope analyses and the text
   * analyzer (this one's unless given), and nothing else, so a job's findings never depend on
   * another job's texts.
   */
  nextJob(text: TextAnalyzer = this.text): JobCache {
    return new JobCache(text, this.glossaryScoped)
  }

  /**
   * Where `id`'s facts of `document`'s segments are kept for this job (the analysis with the job's
   * inputs): its key in each segment's facts, and its column. Null without a memo.
   */
  factSlot(ctx: CheckContext, document: DocumentContext, id: string): FactSlot | null {
    const memo = this.memo
    if (!memo) return null
    // A check asks for one fact segment after segment: the slot of the last one asked is reused.
    const last = this.lastSlot
    if (last?.document === document && last.id === id) return last.slot
    let inputs = this.inputKeys.get(document)
    if (inputs === undefined) {
      if (this.glossaryKey?.glossary !== ctx.glossary)
        this.glossaryKey = { glossary: ctx.glossary, key: JSON.stringify(ctx.glossary) }
      const { sourceTag, targetTag, sourceLang, targetLang, segmented } = document
      inputs = `#${memo.inputsId(
        JSON.stringify([
          sourceTag,
          targetTag,
          sourceLang,
          targetLang,
          segmented ?? false,
          ctx.spell ? 1 : 0,
          ctx.lexicon ? 1 : 0,
          this.glossaryKey.key
        ])
      )}`
      this.inputKeys.set(document, inputs)
    }
    const ids = getOrMake(this.factIds, inputs, () => new Map<string, FactSlot>())
    let slot = ids.get(id)
    if (slot === undefined || slot.segments !== document.segments) {
      const fact = slot?.fact ?? id + inputs
      const column = memo.column(`${document.id}\u241f${fact}`, document.segments)
      slot = new FactSlot(memo, fact, document.segments, column, this.positions)
      ids.set(id, slot)
    }
    this.lastSlot = { document, id, slot }
    return slot
  }

  /** The value of `analysis` for this job (or for `ctx.document`, by its scope), computed once. */
  get<T>(analysis: Analysis<T>, ctx: CheckContext): T {
    let values = analysis.scope === 'glossary' ? this.glossaryScoped : this.job
    if (analysis.scope === 'document') {
      if (ctx.document !== this.current) {
        this.document.clear()
        this.current = ctx.document
      }
      values = this.document
    }
    return getOrMake(values, analysis, () => analysis.compute(ctx)) as T
  }
}

/** `analysis` read in a check's context. */
export function read<T>(ctx: CheckContext, analysis: Analysis<T>): T {
  return ctx.cache.get(analysis, ctx)
}

/** `make` for each translation direction, computed on first use (what a job-scope analysis holds). */
export function perDirection<T>(
  make: (sourceLang: Lang, targetLang: Lang) => T
): (sourceLang: Lang, targetLang: Lang) => T {
  const made = new Map<string, T>()
  return (sourceLang, targetLang) => getOrMake(made, `${sourceLang}>${targetLang}`, () => make(sourceLang, targetLang))
}

/**
 * One fact of one document's segments in a job: its key in each segment's facts (`SegmentMemo`),
 * and its column (`FactColumn`), through which a segment the job before read at the same position
 * gets its value without a look-up.
 */
export class FactSlot {
  /** The position after the last segment read: checks read segments in order. */
  private next = 0
  /** The position of the segment `kept` was last asked for (-1: none), for `keep`. */
  lastAt = -1

  constructor(
    readonly memo: SegmentMemo,
    readonly fact: string,
    readonly segments: readonly SegmentPair[],
    private readonly column: FactColumn | null,
    private readonly positions: WeakMap<readonly SegmentPair[], Map<SegmentPair, number>>
  ) {}

  /** The segment's position in the document's list; -1 when it is not there. */
  private position(segment: SegmentPair): number {
    const i = this.next
    if (this.segments[i] === segment) {
      this.next = i + 1
      return i
    }
    let positions = this.positions.get(this.segments)
    if (!positions) this.positions.set(this.segments, (positions = new Map(this.segments.map((s, k) => [s, k]))))
    const at = positions.get(segment)
    if (at === undefined) return -1
    this.next = at + 1
    return at
  }

  /**
   * The value kept for the segment: read already in this job, or by the job before at the same
   * position (and accepted by `valid`, when given); undefined when there is none.
   */
  kept(segment: SegmentPair, valid: ((kept: unknown) => boolean) | undefined): unknown {
    const column = this.column
    const at = (this.lastAt = column ? this.position(segment) : -1)
    if (!column || at < 0) return undefined
    let value = column.values[at]
    if (value === undefined) {
      const before = column.before
      if (before?.segments[at] !== segment) return undefined
      value = before.values[at]
    }
    if (value === undefined || (valid && !valid(value))) return undefined
    if (column.values[at] === undefined) column.filled++
    column.values[at] = value
    return value
  }

  /** Keeps a segment's value at its position (`lastAt` after `kept` asked for it). */
  keep(at: number, value: unknown): void {
    const column = this.column
    if (!column || at < 0) return
    if (column.values[at] === undefined) column.filled++
    column.values[at] = value
  }
}
