import type { Lang } from '../../domain/language'
import type { Analysis, DocumentContext, SegmentPair } from '../engine/types'
import { recording, segmentFacts, stillAnswers, type Recorded } from '../engine/segment-facts'
import type { LastRun } from '../engine/segment-memo'
import { perDirection, read } from '../engine/job-cache'
import { foldKey, lowerKey } from '../../text/inflection'
import { isAllCaps, isCapitalized } from '../../text/normalize'
import { capitalizedPhrases, type Phrase } from '../../text/phrases'
import { isNameGlue } from '../../text/function-words'
import {
  contentMask,
  findRendering,
  isContent,
  locateRenderings,
  type Rendering,
  RenderingMemo,
  renderingsAnalysis,
  type TokenizedText
} from './rendering'
import type { TextAnalyzer } from '../../text/analyzer'
import { adjacent, tokenize, type Token } from '../../text/tokenize'
import { pushTo } from '../../collections/multimap'

/** One segment pair of the project, tokenized once. */
export interface CorpusPair {
  documentId: string
  segment: number
  source: TokenizedText
  target: TokenizedText
}

export interface TermOccurrence {
  /** Position in `TermAnalysis.pairs` (project order: documents, then segments). */
  pair: number
  first: number
  last: number
  start: number
  end: number
  text: string
  /** Every content word capitalized: written as a name here. */
  capitalized: boolean
  /** Part of a longer capitalized name here ("Premio Nacional" in "Premio Nacional de Arte"). */
  embedded: boolean
  rendering: Rendering | null
}

export interface ProjectTerm {
  /** Inflection keys of its words, lowercase, accents kept. */
  key: string
  words: string[]
  /**
   * One capitalized word ("Estado"): only its capitalized occurrences count ("estado", lowercase,
   * is another word), and only its capitalization is compared.
   */
  single: boolean
  occurrences: TermOccurrence[]
}

/** A numbered event's name ("IV Foro Regional de ..."), grouped by its number and first words. */
export interface NumberedName {
  pair: number
  start: number
  end: number
  text: string
  /** Number and the first two words after it: names of one event share it. */
  group: string
  /** The whole name, for telling variants apart. */
  full: string
}

export interface TermAnalysis {
  pairs: CorpusPair[]
  numbered: NumberedName[]
  terms: ProjectTerm[]
  /**
   * Lowercase terms of a noun and a relational adjective ("servicio alimentario", "riego
   * tecnificado"), with their renderings: only their consistency is compared.
   */
  lowercaseTerms: ProjectTerm[]
}

/** Occurrences used to learn which target words go with a term (enough for a stable estimate). */
const SAMPLE = 24
/** Packs (pair, token) positions in one number; no paragraph has this many tokens. */
const STRIDE = 1_000_000
/** Minimum share of a term's translations a target word must appear in to count as associated. */
const MIN_SUPPORT = 0.5
/** Bounds on one paragraph's term location (see `locateAll`). */
const MAX_LOCATED_TOKENS = 600
const MAX_LOCATED_OCCURRENCES = 24

/** The project's terms per translation direction, analysed once per job: every document's run shares them. */
export const projectTermsAnalysis: Analysis<(sourceLang: Lang, targetLang: Lang) => TermAnalysis> = {
  id: 'project-terms',
  scope: 'job',
  compute: (ctx) =>
    perDirection((sourceLang, targetLang) =>
      analyzeProjectTerms(
        ctx.project.documents,
        sourceLang,
        targetLang,
        read(ctx, renderingsAnalysis),
        ctx.cache.text,
        (document, segment, id, make, valid) => segmentFacts(ctx, document, segment, id, make, valid),
        ctx.cache.memo?.lastRun<SourceTerms>(`project-terms:${sourceLang}>${targetLang}`)
      )
    )
}

/**
 * The source side of a run (the terms, their occurrences and the numbered names), with what it was
 * read from: the pairs' documents, positions and source texts. A job whose pairs have the same
 * sources (a target edit) starts from it; only where each occurrence is rendered is worked out again.
 */
export interface SourceTerms {
  from: { documentIds: string[]; segments: number[]; sources: string[] }
  numbered: NumberedName[]
  terms: ProjectTerm[]
  lowercaseTerms: ProjectTerm[]
  /** The last run's target side, for the next run on the same sources to redo only what an edit reaches. */
  located?: LocatedRun
}

/**
 * What a run worked out on the target side: its pairs, their facts, the count of pairs each target
 * word is in (`df`), and each term located (`terms` then `lowercaseTerms`, as in `SourceTerms`) with
 * the words whose count its location read. A term is located again only when one of its pairs
 * changed or the count of a word it read did: otherwise it reads as before.
 */
interface LocatedRun {
  pairs: CorpusPair[]
  facts: PairTerms[]
  df: Map<string, number>
  terms: ProjectTerm[]
  lowercaseTerms: ProjectTerm[]
  reads: Set<string>[]
}

/** Whether `pairs` are the ones `kept` was read from, with the same source texts. */
function sameSources(kept: SourceTerms['from'], pairs: readonly CorpusPair[]): boolean {
  return (
    kept.sources.length === pairs.length &&
    pairs.every(
      (p, i) =>
        p.source.text === kept.sources[i] && p.segment === kept.segments[i] && p.documentId === kept.documentIds[i]
    )
  )
}

/** Terms with their occurrences copied, none located yet (`locateAll` fills the renderings in). */
const unlocated = (terms: readonly ProjectTerm[]): ProjectTerm[] =>
  terms.map((t) => ({ ...t, occurrences: t.occurrences.map((o) => ({ ...o, rendering: null })) }))

/**
 * Keeps what the analysis works out for one segment pair across jobs (the job's segment memo,
 * `segmentFacts`); `valid` tells whether a kept value still holds.
 */
export type PairFacts = <T>(
  document: DocumentContext,
  segment: SegmentPair,
  id: string,
  make: () => T,
  valid?: (kept: T) => boolean
) => T

/**
 * Finds the capitalized multi-word terms of a project's source texts (institutions, titles,
 * programmes, and their parts), every occurrence of each (in any case), and where each occurrence
 * is rendered in the target.
 */
export function analyzeProjectTerms(
  documents: readonly DocumentContext[],
  sourceLang: Lang,
  targetLang: Lang,
  /** The job's renderings memo (see `renderingsAnalysis`). */
  shared: RenderingMemo = new RenderingMemo(),
  analyzer?: TextAnalyzer,
  remember: PairFacts = (_d, _s, _id, make) => make(),
  /** Where the last run's source side is kept (the job's segment memo), for the next to start from. */
  lastRun?: LastRun<SourceTerms>
): TermAnalysis {
  // The last run's target side, taken (so a run that throws leaves none): pairs it read as they are
  // now are its objects, with its facts.
  const kept = lastRun?.get()
  const before = kept?.located
  if (kept) kept.located = undefined
  const pairs: CorpusPair[] = []
  /** Where each pair comes from, for `remember`. */
  const origins: { document: DocumentContext; segment: SegmentPair }[] = []
  /** Pairs that are not the last run's (positions in `pairs`). */
  const changed: number[] = []
  for (const doc of documents) {
    if (doc.sourceLang !== sourceLang || doc.targetLang !== targetLang) continue
    for (const s of doc.segments) {
      if (s.source === '' || s.target === '') continue
      const last = before?.pairs[pairs.length]
      const same =
        last !== undefined &&
        last.documentId === doc.id &&
        last.segment === s.index &&
        last.source.text === s.source &&
        last.target.text === s.target
      if (!same) changed.push(pairs.length)
      origins.push({ document: doc, segment: s })
      pairs.push(
        same
          ? last
          : {
              documentId: doc.id,
              segment: s.index,
              source: { text: s.source, tokens: tokenize(s.source, analyzer) },
              target: { text: s.target, tokens: tokenize(s.target, analyzer) }
            }
      )
    }
  }

  // What each pair says on its own (its words' keys, names and candidate terms), kept across jobs.
  const facts = pairs.map((p, pi) => {
    if (before && before.pairs[pi] === p) return before.facts[pi] as PairTerms
    const { document, segment } = origins[pi] as (typeof origins)[number]
    return remember(document, segment, 'pair-terms', () => pairTerms(p, sourceLang, targetLang, shared))
  })
  const targetSets = facts.map((f) => f.targetSet)

  // The source side as the last run read it when the sources are the same (kept unlocated: this
  // run locates copies).
  let source = kept
  if (!source || !sameSources(source.from, pairs)) {
    const from = {
      documentIds: pairs.map((p) => p.documentId),
      segments: pairs.map((p) => p.segment),
      sources: pairs.map((p) => p.source.text)
    }
    source = { from, ...sourceTerms(pairs, facts, sourceLang) }
    lastRun?.set(source)
  }
  const { numbered } = source
  const all = [...source.terms, ...source.lowercaseTerms]

  // Same sources, so the same pairs in the same places: only targets changed.
  const incremental = before !== undefined && source === kept && before.pairs.length === pairs.length
  const df = incremental ? before.df : documentFrequencies(targetSets)
  const moved = incremental ? recount(df, changed, before.facts, facts) : new Set<string>()
  const touched = new Set(changed)
  const memo: PairRenderings = new WeakMap()
  // Where a pair's occurrences of a term are rendered, kept across jobs with the associations read.
  const located: LocateMemo = (pi, key, locate, association) => {
    const { document, segment } = origins[pi] as (typeof origins)[number]
    return remember(
      document,
      segment,
      `term-renderings:${key}`,
      (): Recorded<(Rendering | null)[], number> => recording(association, locate),
      (kept) => stillAnswers(kept, association)
    ).value
  }
  const previous = incremental ? [...before.terms, ...before.lowercaseTerms] : []
  const movedWords = [...moved]
  const reads: Set<string>[] = []
  const out = all.map((term, t) => {
    const last = incremental ? before.reads[t] : undefined
    if (last && !term.occurrences.some((o) => touched.has(o.pair)) && !movedWords.some((k) => last.has(k))) {
      reads.push(last)
      return previous[t] as ProjectTerm
    }
    const copy = unlocated([term])[0] as ProjectTerm
    const read = new Set<string>()
    locateAll(copy, pairs, targetSets, df, sourceLang, targetLang, memo, shared, located, read)
    reads.push(read)
    return copy
  })
  shared.forgetLinks()
  const terms = out.slice(0, source.terms.length)
  const lowercaseTerms = out.slice(source.terms.length)
  source.located = { pairs, facts, df, terms, lowercaseTerms, reads }
  return { pairs, numbered, terms, lowercaseTerms }
}

/** How many pairs' targets hold each word (`PairTerms.targetSet`). */
function documentFrequencies(targetSets: readonly Set<string>[]): Map<string, number> {
  const df = new Map<string, number>()
  for (const set of targetSets) for (const k of set) df.set(k, (df.get(k) ?? 0) + 1)
  return df
}

/** `df` brought from the `before` facts to the `after` ones at the `changed` pairs; the words whose count moved. */
function recount(
  df: Map<string, number>,
  changed: readonly number[],
  before: readonly PairTerms[],
  after: readonly PairTerms[]
): Set<string> {
  const moved = new Set<string>()
  for (const pi of changed) {
    const was = (before[pi] as PairTerms).targetSet
    const is = (after[pi] as PairTerms).targetSet
    for (const k of was)
      if (!is.has(k)) {
        const n = (df.get(k) ?? 0) - 1
        if (n > 0) df.set(k, n)
        else df.delete(k)
        moved.add(k)
      }
    for (const k of is)
      if (!was.has(k)) {
        df.set(k, (df.get(k) ?? 0) + 1)
        moved.add(k)
      }
  }
  return moved
}

/** The terms of the pairs' source texts and every occurrence of each, and the numbered names: read from the sources alone. */
function sourceTerms(
  pairs: readonly CorpusPair[],
  facts: readonly PairTerms[],
  sourceLang: Lang
): Pick<TermAnalysis, 'numbered' | 'terms' | 'lowercaseTerms'> {
  const sourceKeys = facts.map((f) => f.sourceKeys)

  // Candidate terms: capitalized names and their parts between glue words, and capitalized
  // single words inside a sentence ("del Estado").
  const candidates = new Map<string, { words: string[]; single: boolean; lowercase?: boolean }>()
  const numbered: NumberedName[] = []
  // Capitalized words standing alone (not part of a longer name): where single-word terms occur.
  const standalone = new Set<number>()
  const names: (readonly Phrase[])[] = []
  // Lowercase terms are followed only when they occur often enough to have a convention.
  // Counted per document: a convention is one text's (see consistency).
  const lowercaseCounts = new Map<string, number>()
  const inDocument = (pi: number, key: string): string => `${(pairs[pi] as CorpusPair).documentId}\u0001${key}`
  const frequent = new Set<string>()
  facts.forEach((f, pi) => {
    for (const c of f.candidates) {
      if (!c.lowercase) continue
      const k = inDocument(pi, c.key)
      const n = (lowercaseCounts.get(k) ?? 0) + 1
      lowercaseCounts.set(k, n)
      if (n >= MIN_LOWERCASE_OCCURRENCES) frequent.add(c.key)
    }
  })
  facts.forEach((f, pi) => {
    names.push(f.phrases)
    for (const first of f.standalone) standalone.add(pi * STRIDE + first)
    for (const c of f.candidates) if (!c.lowercase || frequent.has(c.key)) candidates.set(c.key, c)
    for (const n of f.numbered) numbered.push({ pair: pi, ...n })
  })

  // Where each term's first word (single-word terms) or first two words appear, to find every
  // occurrence without scanning all text per term: names share their first words ("Ministerio
  // de ..."), so the second narrows the search most. Positions are packed as pair * STRIDE + token.
  const firstWords = new Set<string>()
  const openings = new Map<string, Set<string>>()
  for (const { words, single } of candidates.values()) {
    const [head, second] = words as [string, string?]
    if (single || second === undefined) firstWords.add(head)
    else {
      let seconds = openings.get(head)
      if (!seconds) openings.set(head, (seconds = new Set()))
      seconds.add(second)
    }
  }
  const index = new Map<string, number[]>()
  const pairIndex = new Map<string, Map<string, number[]>>()
  sourceKeys.forEach((keys, pi) =>
    keys.forEach((k, ti) => {
      if (firstWords.has(k)) pushTo(index, k, pi * STRIDE + ti)
      const next = keys[ti + 1]
      if (next === undefined || !openings.get(k)?.has(next)) return
      let bySecond = pairIndex.get(k)
      if (!bySecond) pairIndex.set(k, (bySecond = new Map()))
      pushTo(bySecond, next, pi * STRIDE + ti)
    })
  )
  const positions = (words: readonly string[], single: boolean): readonly number[] =>
    (single || words.length < 2
      ? index.get(words[0] as string)
      : pairIndex.get(words[0] as string)?.get(words[1] as string)) ?? []

  const terms: ProjectTerm[] = []
  const lowercaseTerms: ProjectTerm[] = []
  for (const [key, { words, single, lowercase }] of candidates) {
    const occurrences: TermOccurrence[] = []
    for (const packed of positions(words, single)) {
      const pi = Math.floor(packed / STRIDE)
      const ti = packed % STRIDE
      const p = pairs[pi] as CorpusPair
      const keys = sourceKeys[pi] as string[]
      let ok = true
      for (let k = 1; k < words.length && ok; k++) {
        const tok = p.source.tokens[ti + k]
        ok =
          keys[ti + k] === words[k] &&
          tok !== undefined &&
          adjacent(p.source.text, p.source.tokens[ti + k - 1] as Token, tok)
      }
      if (!ok) continue
      const first = p.source.tokens[ti] as Token
      if (single && (!standalone.has(packed) || first.sentenceStart)) continue
      const last = p.source.tokens[ti + words.length - 1] as Token
      const content = p.source.tokens.slice(ti, ti + words.length).filter((t) => isContent(t, sourceLang))
      occurrences.push({
        pair: pi,
        first: ti,
        last: ti + words.length - 1,
        start: first.start,
        end: last.end,
        text: p.source.text.slice(first.start, last.end),
        capitalized: content.every((t) => isCapitalized(t.text)),
        embedded: embeddedIn(names[pi] ?? [], ti, ti + words.length - 1),
        rendering: null
      })
    }
    if (lowercase) {
      // Only the documents where the term is frequent: its renderings elsewhere are not located.
      const kept = occurrences.filter(
        (o) => (lowercaseCounts.get(inDocument(o.pair, key)) ?? 0) >= MIN_LOWERCASE_OCCURRENCES
      )
      if (kept.length >= MIN_LOWERCASE_OCCURRENCES) lowercaseTerms.push({ key, words, single, occurrences: kept })
    } else if (occurrences.length >= 2) terms.push({ key, words, single, occurrences })
  }
  return { numbered, terms, lowercaseTerms }
}

/** What one pair contributes to the project's terms, worked out from it alone. */
interface PairTerms {
  /** Inflection keys of its source tokens. */
  sourceKeys: string[]
  /** Keys of its target's content words. */
  targetSet: Set<string>
  /** Its source's capitalized names. */
  phrases: readonly Phrase[]
  /** Source tokens that are names of one word. */
  standalone: number[]
  /** Candidate terms in the order met. */
  candidates: { key: string; words: string[]; single: boolean; lowercase?: boolean }[]
  numbered: Omit<NumberedName, 'pair'>[]
}

function pairTerms(p: CorpusPair, sourceLang: Lang, targetLang: Lang, shared: RenderingMemo): PairTerms {
  const keys = p.source.tokens.map((t) => lowerKey(t, sourceLang))
  const content = contentMask(shared, p.target.tokens, targetLang)
  const targetSet = new Set<string>()
  for (const t of p.target.tokens) if (content[t.index] === 1) targetSet.add(foldKey(t, targetLang))
  const phrases = capitalizedPhrases(p.source.text, p.source.tokens, sourceLang)
  const out: PairTerms = { sourceKeys: keys, targetSet, phrases, standalone: [], candidates: [], numbered: [] }
  for (const phrase of phrases) {
    const head = p.source.tokens[phrase.first] as Token
    // All-caps runs are headlines or acronym lists, not names to follow.
    if (p.source.tokens.slice(phrase.first, phrase.last + 1).every((t) => isAllCaps(t.text))) continue
    if (phrase.first === phrase.last) {
      out.standalone.push(phrase.first)
      if (!head.sentenceStart && !isAllCaps(head.text) && head.text.length >= 4 && isContent(head, sourceLang)) {
        out.candidates.push({
          key: `=${keys[phrase.first] as string}`,
          words: [keys[phrase.first] as string],
          single: true
        })
      }
      continue
    }
    for (const [a, b] of subPhrases(p.source.tokens, phrase.first, phrase.last, sourceLang)) {
      const words = keys.slice(a, b + 1)
      out.candidates.push({ key: words.join(' '), words, single: false })
    }
    const name = numberedName(p.source.tokens, keys, phrase.first, phrase.last, sourceLang)
    if (name) out.numbered.push({ start: phrase.start, end: phrase.end, text: phrase.text, ...name })
  }
  for (let i = 0; i + 1 < p.source.tokens.length; i++) {
    const [noun, adjective] = [p.source.tokens[i] as Token, p.source.tokens[i + 1] as Token]
    if (!lowercaseTerm(noun, adjective, p.source.text, sourceLang)) continue
    const words = [keys[i] as string, keys[i + 1] as string]
    out.candidates.push({ key: `~${words.join(' ')}`, words, single: false, lowercase: true })
  }
  return out
}

/** A lowercase term must occur this often: two renderings of two occurrences say nothing of a convention. */
const MIN_LOWERCASE_OCCURRENCES = 3

/** Spanish relational adjectives ("alimentario", "forestal", "hídrico", "tecnificado"). */
const RELATIONAL = /(?:ari[oa]s?|al(?:es)?|ic[oa]s?|iv[oa]s?|ad[oa]s?)$/u

/**
 * A noun and the relational adjective after it, both lowercase ("servicio alimentario"): a term of
 * the text, rendered one way throughout. Spanish only (English puts the modifier first).
 */
function lowercaseTerm(noun: Token, adjective: Token, text: string, lang: Lang): boolean {
  if (lang !== 'es' || !adjacent(text, noun, adjective)) return false
  return (
    [noun, adjective].every((t) => t.text.length >= 5 && /^\p{Ll}/u.test(t.text) && isContent(t, lang)) &&
    RELATIONAL.test(adjective.lower) &&
    !RELATIONAL.test(noun.lower)
  )
}

/**
 * Whether tokens first..last lie inside a longer name. Names of a text are disjoint and in order, so
 * only the last one starting at or before `first` can hold them (a search, not a scan: a text may
 * hold thousands of names).
 */
function embeddedIn(names: readonly Phrase[], first: number, last: number): boolean {
  let lo = 0
  let hi = names.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((names[mid] as Phrase).first <= first) lo = mid + 1
    else hi = mid
  }
  const n = names[lo - 1]
  return n !== undefined && last <= n.last && n.last - n.first > last - first
}

/** Ordinals written as words open event names too ("Primer Foro", "Second Summit"). */
const ORDINAL =
  /^(?:[IVX]+|\d+(?:er|ro|do|to|vo|no|mo|°|º|st|nd|rd|th)|primer|primera|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|first|second|third|fourth|fifth)$/i

/** A name that opens with an ordinal and two capitalized words: the name of one edition of an event. */
function numberedName(
  tokens: readonly Token[],
  keys: readonly string[],
  first: number,
  last: number,
  lang: Lang
): { group: string; full: string } | null {
  const head = tokens[first] as Token
  if (!ORDINAL.test(head.text)) return null
  const words: string[] = []
  for (let i = first + 1; i <= last && words.length < 2; i++)
    if (isContent(tokens[i] as Token, lang)) words.push(keys[i] as string)
  if (words.length < 2) return null
  return { group: [head.text.toLowerCase(), ...words].join(' '), full: keys.slice(first, last + 1).join(' ') }
}

/** Sub-ranges of a name that start and end on capitalized words at glue boundaries, with 2+ content words. */
function subPhrases(tokens: readonly Token[], first: number, last: number, lang: Lang): [number, number][] {
  const runs: [number, number][] = []
  let i = first
  while (i <= last) {
    if (isNameGlue((tokens[i] as Token).lower, lang) && !isCapitalized((tokens[i] as Token).text)) {
      i++
      continue
    }
    const start = i
    while (
      i + 1 <= last &&
      !(isNameGlue((tokens[i + 1] as Token).lower, lang) && !isCapitalized((tokens[i + 1] as Token).text))
    )
      i++
    runs.push([start, i])
    i++
  }
  // Suffixes only: the full name and the complements it ends with ("Salud y Protección Social" in
  // "Ministerio de Salud y Protección Social"). A prefix cut off its modifier has no contiguous
  // rendering in English ("Plan Nacional" of "National Development Plan").
  const out: [number, number][] = []
  const to = (runs[runs.length - 1] as [number, number] | undefined)?.[1] ?? last
  for (const [from] of runs) {
    let content = 0
    for (let k = from; k <= to; k++) if (isContent(tokens[k] as Token, lang)) content++
    if (content >= 2) out.push([from, to])
  }
  return out
}

/**
 * Renderings of a term in a pair of texts already seen (per analysis run). Identical texts share
 * their token arrays (the tokenizer's cache), so boilerplate paragraphs that recur across releases
 * are located once, without building keys from whole paragraphs.
 */
type PairRenderings = WeakMap<readonly Token[], WeakMap<readonly Token[], Map<string, (Rendering | null)[]>>>

function memoFor(memo: PairRenderings, p: CorpusPair): Map<string, (Rendering | null)[]> {
  let bySource = memo.get(p.source.tokens)
  if (!bySource) memo.set(p.source.tokens, (bySource = new WeakMap()))
  let known = bySource.get(p.target.tokens)
  if (!known) bySource.set(p.target.tokens, (known = new Map()))
  return known
}

/**
 * The renderings `locate` finds in pair `pi` for occurrences `key` names (term, pass, token ranges),
 * reading `association`: from an earlier job when it read the same associations.
 */
type LocateMemo = (
  pi: number,
  key: string,
  locate: (association: (key: string) => number) => (Rendering | null)[],
  association: (key: string) => number
) => (Rendering | null)[]

function locateAll(
  term: ProjectTerm,
  pairs: CorpusPair[],
  targetSets: Set<string>[],
  df: Map<string, number>,
  sourceLang: Lang,
  targetLang: Lang,
  memo: PairRenderings,
  shared: RenderingMemo,
  located: LocateMemo,
  /** Gets the words whose `df` the term's location read. */
  reads: Set<string>
): void {
  const pairIds = [...new Set(term.occurrences.map((o) => o.pair))]
  const step = Math.max(1, Math.floor(pairIds.length / SAMPLE))
  const sample = pairIds.filter((_, i) => i % step === 0)
  const support = new Map<string, number>()
  for (const pi of sample) for (const k of targetSets[pi] as Set<string>) support.set(k, (support.get(k) ?? 0) + 1)
  const outside = pairs.length - pairIds.length
  // Words found wherever the term is translated, and rarely elsewhere.
  const statistical = (key: string): number => {
    if (sample.length < 3) return 0
    const s = (support.get(key) ?? 0) / sample.length
    if (s < MIN_SUPPORT) return 0
    reads.add(key)
    const elsewhere = outside > 0 ? Math.max(0, (df.get(key) ?? 0) - s * pairIds.length) / outside : 0
    return Math.max(0, s - elsewhere)
  }

  const byPair = new Map<number, TermOccurrence[]>()
  for (const occ of term.occurrences) {
    pushTo(byPair, occ.pair, occ)
  }
  const locate = (
    pi: number,
    occs: TermOccurrence[],
    association: (key: string) => number,
    learnedPass: boolean
  ): void => {
    const p = pairs[pi] as CorpusPair
    // Locating compares each target word with the phrase's occurrences: a paragraph far longer than
    // any release's, or one term written dozens of times in it, is left unlocated (no finding).
    if (p.source.tokens.length > MAX_LOCATED_TOKENS || occs.length > MAX_LOCATED_OCCURRENCES) {
      for (const o of occs) o.rendering = null
      return
    }
    // Boilerplate paragraphs recur verbatim across releases: locate them once.
    const seen = memoFor(memo, p)
    const memoKey = `${learnedPass ? 2 : 1}\u0001${term.key}`
    const known = seen.get(memoKey)
    if (known) {
      occs.forEach((o, i) => (o.rendering = known[i] ?? null))
      return
    }
    const ranges = occs.map((o) => `${o.first}-${o.last}`).join(',')
    const renderings = located(
      pi,
      `${memoKey}\u0001${ranges}`,
      (read) =>
        locateRenderings({
          source: p.source,
          target: p.target,
          sourceLang,
          targetLang,
          occurrences: occs,
          association: read,
          memo: shared
        }),
      association
    )
    occs.forEach((o, i) => (o.rendering = renderings[i] ?? null))
    seen.set(memoKey, renderings)
  }

  // First pass on a sample: learn the usual rendering and the words renderings are made of.
  const counts = new Map<string, number>()
  const vocabulary = new Set<string>()
  let usual: Rendering | null = null
  for (const pi of sample) {
    const occs = byPair.get(pi) as TermOccurrence[]
    // Where the usual rendering reads as often as the term occurs, and its words all match the
    // term's by form (so locating would find the same), it is the rendering.
    const fast =
      usual && usual.lexical === usual.content
        ? findRendering(shared, (pairs[pi] as CorpusPair).target, targetLang, usual.keys, usual.content)
        : []
    if (fast.length > 0 && fast.length === occs.length) occs.forEach((o, i) => (o.rendering = fast[i] ?? null))
    else locate(pi, occs, statistical, false)
    for (const o of occs) {
      if (!o.rendering) continue
      for (const k of o.rendering.keys) vocabulary.add(k)
      const n = (counts.get(o.rendering.key) ?? 0) + 1
      counts.set(o.rendering.key, n)
      if (!usual || n > (counts.get(usual.key) ?? 0)) usual = o.rendering
    }
  }
  // The words of the renderings found so far anchor the others ("National Forum on Sustainable
  // Cities" is found through "III National Forum of Sustainable Cities").
  const learned = (key: string): number => Math.max(statistical(key), vocabulary.has(key) ? 0.5 : 0)
  const sampled = new Set(sample)
  for (const [pi, occs] of byPair) {
    if (sampled.has(pi)) {
      if (occs.some((o) => !o.rendering)) locate(pi, occs, learned, true)
      continue
    }
    // A term used hundreds of times is located in full only where it does not read as usual.
    const p = pairs[pi] as CorpusPair
    const fast = usual ? findRendering(shared, p.target, targetLang, usual.keys, usual.content) : []
    if (fast.length === occs.length) occs.forEach((o, i) => (o.rendering = fast[i] ?? null))
    else locate(pi, occs, learned, true)
  }
}

/** True when the glue-free words of `inner` appear in order inside `outer` (a sub-term). */
export function containsTerm(outer: ProjectTerm, inner: ProjectTerm): boolean {
  return outer !== inner && ` ${outer.key} `.includes(` ${inner.key} `)
}
