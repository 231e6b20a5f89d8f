import type { Lang } from '../../domain/language'
import { getOrMake } from '../../collections/multimap'
import { TextAnalyzer } from '../../text/analyzer'
import type { Analysis, CheckContext, DocumentContext, SegmentPair } from './types'
import type { SegmentMemo } from './segment-memo'

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
  private readonly factIds = new Map<string, Map<string, string>>()
  private glossaryKey: { glossary: unknown; key: string } | undefined
  /** The fact key `factKeys` gave last, and for what. */
  private lastFact: { document: DocumentContext; id: string; fact: string } | undefined

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
   * The memo's facts of `segment` (of `document`) and the key `id`'s facts have there (the
   * analysis with the job's inputs); null without a memo. Looked up once per segment and job.
   */
  factKeys(
    ctx: CheckContext,
    document: DocumentContext,
    segment: SegmentPair,
    id: string
  ): { facts: Map<string, unknown>; fact: string } | null {
    const memo = this.memo
    if (!memo) return null
    const facts = memo.factsOfSegment(segment)
    // A check asks for one fact segment after segment: the key of the last one asked is reused.
    const last = this.lastFact
    if (last?.document === document && last.id === id) return { facts, fact: last.fact }
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
    const ids = getOrMake(this.factIds, inputs, () => new Map<string, string>())
    let fact = ids.get(id)
    if (fact === undefined) ids.set(id, (fact = id + inputs))
    this.lastFact = { document, id, fact }
    return { facts, fact }
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
