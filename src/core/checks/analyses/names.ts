import type { Lang } from '../../domain/language'
import type { Analysis, DocumentContext, SegmentPair } from '../engine/types'
import { recount, type Counted } from '../engine/counted'
import { segmentFacts } from '../engine/segment-facts'
import type { LastRun } from '../engine/segment-memo'
import { perDirection } from '../engine/job-cache'
import { isFunctionWord } from '../../text/function-words'
import { isAllCaps, isCapitalized } from '../../text/normalize'
import { tokenize, type Token } from '../../text/tokenize'
import type { TextAnalyzer } from '../../text/analyzer'

/** Two adjacent capitalized words that may be (part of) a person's or place's name. */
export interface NamePair {
  a: Token
  b: Token
  key: string
}

/** A word written with a capital that may be (part of) a name: not a number, an acronym or a function word. */
export function nameLike(t: Token, lang: Lang): boolean {
  return (
    !t.isNumber && isCapitalized(t.text) && !isAllCaps(t.text) && !isFunctionWord(t.lower, lang) && t.text.length > 1
  )
}

/** A name's word as names are compared: folded, without a possessive ("Quispe's" is "Quispe"). */
export function bareName(t: Token): string {
  // What /['’]s$/ would remove, without a pattern run on every word a name check reads.
  const f = t.fold
  const n = f.length
  if (n < 2 || f.charCodeAt(n - 1) !== 115) return f // "s"
  const c = f.charCodeAt(n - 2)
  return c === 39 || c === 0x2019 ? f.slice(0, -2) : f
}

/** Capitalized word pairs separated by one space ("Rosa Quispe"), keyed without accents or case. */
export function namePairs(text: string, tokens: readonly Token[], lang: Lang): NamePair[] {
  const out: NamePair[] = []
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i] as Token
    const b = tokens[i + 1] as Token
    if (!nameLike(a, lang) || !nameLike(b, lang) || !/^ $/.test(text.slice(a.end, b.start))) continue
    out.push({ a, b, key: `${a.fold} ${b.fold}` })
  }
  return out
}

export interface KeptNames {
  /**
   * Name pairs the project's translations keep as they are in at least half of the segments whose
   * source has them: names kept across languages. A designation of common words is kept now and
   * then ("Arts Council") but translated as a rule ("Consejo de las Artes"), so one kept copy does
   * not count.
   */
  kept: Has
  /** Words the project's source texts write in lowercase somewhere: common words, not names. */
  common: Has
  /**
   * Capitalized words (folded) that some segment of the project has on both sides: names its
   * translations copy. One missing from a translation, or added to one, is a changed name.
   */
  keptWords: Has
}

/** What the checks ask of a set of words (a check kept across jobs asks through a recorder). */
export interface Has {
  has(word: string): boolean
}

/** The names the project keeps, per translation direction, worked out once per job. */
export const keptNamesAnalysis: Analysis<(sourceLang: Lang, targetLang: Lang) => KeptNames> = {
  id: 'kept-names',
  scope: 'job',
  compute: (ctx) =>
    perDirection((sourceLang, targetLang) =>
      keptNames(
        ctx.project.documents,
        sourceLang,
        targetLang,
        ctx.cache.text,
        (document, segment, make) => segmentFacts(ctx, document, segment, 'kept-names', make),
        ctx.cache.memo?.lastRun<NameCounts>(`kept-names:${sourceLang}>${targetLang}`)
      )
    )
}

/** What one segment pair adds to `KeptNames` (each list without repeats). */
interface SegmentNames {
  /** Words its source writes in lowercase. */
  common: string[]
  /** Capitalized source words its translation has too. */
  keptWords: string[]
  /** Name pairs of its source, and those of them its translation keeps. */
  inSource: string[]
  keptIn: string[]
}

function segmentNames(s: SegmentPair, sourceLang: Lang, targetLang: Lang, analyzer?: TextAnalyzer): SegmentNames {
  const tokens = tokenize(s.source, analyzer)
  const common = new Set<string>()
  for (const t of tokens) if (!isCapitalized(t.text) && !t.isNumber) common.add(t.fold)
  const out: SegmentNames = { common: [...common], keptWords: [], inSource: [], keptIn: [] }
  const capitals = new Set(tokens.filter((t) => isCapitalized(t.text)).map((t) => t.fold))
  if (capitals.size === 0) return out
  const targetTokens = tokenize(s.target, analyzer)
  const keptWords = new Set<string>()
  for (const t of targetTokens) if (capitals.has(t.fold)) keptWords.add(t.fold)
  out.keptWords = [...keptWords]
  const src = new Set(namePairs(s.source, tokens, sourceLang).map((p) => p.key))
  if (src.size === 0) return out
  out.inSource = [...src]
  const inTarget = new Set(namePairs(s.target, targetTokens, targetLang).map((p) => p.key))
  out.keptIn = [...inTarget].filter((key) => src.has(key))
  return out
}

/**
 * Word pairs a project's translations keep as they are (person and place names). A pair that is
 * kept elsewhere but missing here is a dropped name, not a translated phrase.
 */
export function keptNames(
  documents: readonly DocumentContext[],
  sourceLang: Lang,
  targetLang: Lang,
  analyzer?: TextAnalyzer,
  /** Keeps a segment's share across jobs (the job's segment memo); absent: made each time. */
  remember: (document: DocumentContext, segment: SegmentPair, make: () => SegmentNames) => SegmentNames = (
    _d,
    _s,
    make
  ) => make(),
  /** Where the last job's counts are kept (the job's segment memo): only changed segments are counted again. */
  lastRun?: LastRun<NameCounts>
): KeptNames {
  const names: SegmentNames[] = []
  for (const doc of documents) {
    if (doc.sourceLang !== sourceLang || doc.targetLang !== targetLang) continue
    for (const s of doc.segments) {
      if (!s.source || !s.target) continue
      names.push(remember(doc, s, () => segmentNames(s, sourceLang, targetLang, analyzer)))
    }
  }
  const before = lastRun?.get()
  // Emptied while recounting: a job that fails half way leaves nothing half counted.
  lastRun?.set(undefined)
  const counts = {
    common: recount(
      before?.common,
      names.map((n) => n.common)
    ),
    keptWords: recount(
      before?.keptWords,
      names.map((n) => n.keptWords)
    ),
    // Per pair: segments whose source has it, and those whose translation keeps it.
    inSource: recount(
      before?.inSource,
      names.map((n) => n.inSource)
    ),
    keptIn: recount(
      before?.keptIn,
      names.map((n) => n.keptIn)
    )
  }
  lastRun?.set(counts)
  const kept = new Set<string>()
  for (const [key, n] of counts.keptIn.counts) if (2 * n >= (counts.inSource.counts.get(key) ?? 0)) kept.add(key)
  return { kept, common: counts.common.counts, keptWords: counts.keptWords.counts }
}

/** The counts behind `KeptNames`, kept for the next job. */
interface NameCounts {
  common: Counted<string>
  keptWords: Counted<string>
  inSource: Counted<string>
  keptIn: Counted<string>
}
