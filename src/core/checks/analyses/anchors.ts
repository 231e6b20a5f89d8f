/**
 * Passages on one side with no counterpart on the other, found by anchoring: words that match
 * across the languages (numbers, names, cognates) are aligned in order, and a long stretch of one
 * side between two anchors, none of whose words matches anything on the other side, facing an
 * empty stretch there, is a dropped (or added) passage.
 */
import type { Lang } from '../../domain/language'
import { isFunctionWord } from '../../text/function-words'
import { cognateForm, cognateForms, type TextRange } from '../../text/lexicon/text'
import type { TextAnalyzer } from '../../text/analyzer'
import type { BilingualLexicon } from '../../text/bilingual-lexicon'
import { tokenize as tokenizeText, type Token } from '../../text/tokenize'
import { factsOf, type AnchorFacts } from '../../text/word-forms'
import { listGaps, middleListGaps } from './list-gaps'
import { tailGaps } from './tail-gaps'
import type { SentenceBounds } from '../../domain/document'

/**
 * A text's anchoring words as parallel lists: what each word is (shared by every word spelled
 * alike) and where it is. A paragraph has hundreds of words, and an object per word was most of
 * what omission and addition allocated.
 */
export interface AnchorWords {
  facts: AnchorFacts[]
  starts: number[]
  ends: number[]
}

const TOKEN_RE = /[\p{L}\p{N}]+(?:[-'’.,][\p{L}\p{N}]+)*/gu
/** A shared token that is one anchoring token as it stands: no marks, no joiners but these. */
const PLAIN_TOKEN = /^[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*$/u

function anchorFacts(word: string, lang: Lang): AnchorFacts {
  const numeric = /^\d/.test(word)
  const key = numeric ? word.replace(/\D/g, '') : cognateForm(word)
  const content = numeric || (word.length >= 3 && !isFunctionWord(word.toLowerCase(), lang))
  const prefix = numeric ? key : key.slice(0, 3)
  return { text: word, key, prefix, numeric, content, lexicon: undefined, lemmas: undefined, translations: undefined }
}

/** The facts' answers of `lexicon` (what it gives for their text, in their language), kept on them. */
function askedOf(f: AnchorFacts, lexicon: BilingualLexicon): AnchorFacts {
  if (f.lexicon !== lexicon) {
    f.lexicon = lexicon
    f.lemmas = undefined
    f.translations = undefined
  }
  return f
}

/** `lexicon.lemmas` of a word's text in `lang`, the language of its facts. */
export function lemmasOf(f: AnchorFacts, lang: Lang, lexicon: BilingualLexicon): readonly string[] {
  return (askedOf(f, lexicon).lemmas ??= lexicon.lemmas(f.text, lang))
}

/** `lexicon.translations` of a word's text from `lang`, the language of its facts. */
export function translationsOf(f: AnchorFacts, lang: Lang, lexicon: BilingualLexicon): readonly string[] {
  return (askedOf(f, lexicon).translations ??= lexicon.translations(f.text, lang))
}

/**
 * Read off the shared tokenizer's tokens: a run of them one "." or "," apart ("9.000", "EE.UU") is
 * scanned again as a whole, and so is a token with marks or other joiners; any other token is one
 * anchoring word, whose facts are kept on its spelling's record. Not kept per text: the gaps they
 * give are (see omission), and keeping lists per text cost more in garbage collection than making
 * them again when a document is checked again.
 */
export function anchorWords(text: string, lang: Lang, analyzer?: TextAnalyzer): AnchorWords {
  const shared = tokenizeText(text, analyzer)
  const words: AnchorWords = { facts: [], starts: [], ends: [] }
  for (let i = 0; i < shared.length; i++) {
    const first = shared[i] as Token
    let j = i
    for (let next = shared[j + 1]; next && next.start === (shared[j] as Token).end + 1; next = shared[j + 1]) {
      const between = text.charCodeAt(next.start - 1)
      if (between !== 46 && between !== 44) break // "." or ","
      j++
    }
    const form = first.form
    if (j === i && (form.anchorPlain ??= PLAIN_TOKEN.test(form.text))) {
      const facts = factsOf(form, lang)
      words.facts.push((facts.anchor ??= anchorFacts(form.text, lang)))
      words.starts.push(first.start)
      words.ends.push(first.end)
      continue
    }
    const last = shared[j] as Token
    const run = text.slice(first.start, last.end)
    TOKEN_RE.lastIndex = 0
    for (let m = TOKEN_RE.exec(run); m; m = TOKEN_RE.exec(run)) {
      words.facts.push(anchorFacts(m[0], lang))
      words.starts.push(first.start + m.index)
      words.ends.push(first.start + m.index + m[0].length)
    }
    i = j
  }
  return words
}

/** No candidates: one shared, frozen list (most words have none). */
const NONE: readonly number[] = Object.freeze([])

/** For each word of `from`, the content words of `to` it may correspond to: none, the one, or two of several. */
function candidates(from: readonly AnchorFacts[], to: readonly AnchorFacts[]): (readonly number[])[] {
  // Words of `to` by prefix: most prefixes have one word, kept as a number rather than a list.
  const index = new Map<string, number | number[]>()
  for (let j = 0; j < to.length; j++) {
    const t = to[j] as AnchorFacts
    if (!t.content) continue
    const had = index.get(t.prefix)
    if (had === undefined) index.set(t.prefix, j)
    else if (typeof had === 'number') index.set(t.prefix, [had, j])
    else had.push(j)
  }
  const matches = (f: AnchorFacts, j: number): boolean => {
    const t = to[j] as AnchorFacts
    // A word's key is its cognate form: compared as is, not looked up again from its text.
    return f.numeric || t.numeric ? f.key === t.key : f.key === t.key || cognateForms(f.key, t.key)
  }
  return from.map((f) => {
    if (!f.content) return NONE
    const near = index.get(f.prefix)
    if (near === undefined) return NONE
    if (typeof near === 'number') return matches(f, near) ? [near] : NONE
    // A list only for the few words that have a candidate; two tell "not unique" as well as all
    // would (a word repeated a thousand times on both sides would otherwise be a million pairs).
    let found: number[] | undefined
    for (const j of near) {
      if (!matches(f, j)) continue
      ;(found ??= []).push(j)
      if (found.length === 2) break
    }
    return found ?? NONE
  })
}

/**
 * Gives a word of either side with no candidate one the lexicon pairs it with ("cercana" / "near",
 * "anunció" / "announced"): words of `t` are indexed by their dictionary forms, and each word of `s`
 * looks its translations up there. Numbers and function words are left to the other matches. Lexicon
 * pairs only tell whether a word is explained (never anchor), so one is enough: linear in the words,
 * where every pair of a word repeated on both sides would be quadratic.
 */
function addLexiconPairs(
  s: AnchorWords,
  t: AnchorWords,
  sc: (readonly number[])[],
  tc: (readonly number[])[],
  langs: { source: Lang; target: Lang },
  lexicon: BilingualLexicon
): void {
  const byLemma = new Map<string, number>()
  const targetLemmas: (readonly string[] | undefined)[] = []
  for (let j = 0; j < t.facts.length; j++) {
    const f = t.facts[j] as AnchorFacts
    if (!f.content || f.numeric) continue
    const lemmas = lemmasOf(f, langs.target, lexicon)
    targetLemmas[j] = lemmas
    for (const lemma of lemmas) if (!byLemma.has(lemma)) byLemma.set(lemma, j)
  }
  const byTranslation = new Map<string, number>()
  for (let i = 0; i < s.facts.length; i++) {
    const f = s.facts[i] as AnchorFacts
    if (!f.content || f.numeric) continue
    for (const word of translationsOf(f, langs.source, lexicon)) {
      const j = byLemma.get(word)
      if (j === undefined) continue
      if (!byTranslation.has(word)) byTranslation.set(word, i)
      if ((sc[i] as readonly number[]).length === 0) sc[i] = [j]
    }
  }
  for (let j = 0; j < t.facts.length; j++) {
    if ((tc[j] as readonly number[]).length > 0) continue
    for (const lemma of targetLemmas[j] ?? []) {
      const i = byTranslation.get(lemma)
      if (i === undefined) continue
      tc[j] = [i]
      break
    }
  }
}

/** Longest chain of pairs increasing on both sides (patience sorting), O(n log n). */
function increasingChain(pairs: [number, number][]): [number, number][] {
  const sorted = [...pairs].sort((a, b) => a[0] - b[0])
  const tails: number[] = []
  const prev: number[] = []
  const tailIdx: number[] = []
  sorted.forEach((p, i) => {
    let lo = 0
    let hi = tails.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((tails[mid] as number) < p[1]) lo = mid + 1
      else hi = mid
    }
    tails[lo] = p[1]
    tailIdx[lo] = i
    prev[i] = lo > 0 ? (tailIdx[lo - 1] as number) : -1
  })
  const chain: [number, number][] = []
  for (let i = tailIdx[tails.length - 1] ?? -1; i !== -1; i = prev[i] as number)
    chain.push(sorted[i] as [number, number])
  return chain.reverse()
}

export interface Gaps {
  /** Source passages with no counterpart in the target. */
  omitted: TextRange[]
  /** Target passages with no counterpart in the source. */
  added: TextRange[]
  /**
   * Where the content words nothing on the other side explains start, per side (when the texts
   * anchored at all). A part of a text can hold a phrase gap only where these allow it.
   */
  unexplained?: { source: number[]; target: number[] }
}

/** A stretch must have this many content words, nearly all matching nothing on the other side (a
 * passage whose words turn up elsewhere was moved, not dropped). */
const MIN_WORDS = 5
const MIN_CHARS = 35
const UNMATCHED_SHARE = 0.85
/** The facing stretch may hold at most this share of the missing words (a stray word or two). */
const FACING_SHARE = 0.2
/** Anchors needed before a stretch can be called unmatched: the rest must align. */
const MIN_ANCHORS = 3

/** Content words of `side` that match nothing on the other side. */
function unexplained(side: AnchorWords, cands: (readonly number[])[]): number {
  let n = 0
  for (let i = 0; i < side.facts.length; i++)
    if ((side.facts[i] as AnchorFacts).content && (cands[i] as readonly number[]).length === 0) n++
  return n
}

/**
 * Words of one side that match nothing on the other, beyond those of the other side: a dropped
 * passage leaves this surplus; a passage moved and reworded without cognates leaves none, because
 * its rewording is just as unmatched on the other side.
 */
const surplusOf = (
  side: AnchorWords,
  cands: (readonly number[])[],
  other: AnchorWords,
  otherCands: (readonly number[])[]
): number => unexplained(side, cands) - unexplained(other, otherCands)

/** The unmatched passage must account for most of its side's surplus of unmatched words. */
const SURPLUS_SHARE = 0.7

/** Content words among facing[from, to). */
function contentCount(facing: AnchorWords, from: number, to: number): number {
  let n = 0
  for (let i = from; i < to; i++) if ((facing.facts[i] as AnchorFacts).content) n++
  return n
}

function judgeGap(
  side: AnchorWords,
  cands: (readonly number[])[],
  from: number,
  to: number,
  facingContent: number,
  text: string,
  surplus: number
): TextRange | null {
  const content: number[] = []
  for (let i = from; i < to; i++) if ((side.facts[i] as AnchorFacts).content) content.push(i)
  if (content.length < MIN_WORDS) return null
  if (facingContent > Math.floor(FACING_SHARE * content.length)) return null
  const unmatched = content.filter((i) => (cands[i] as readonly number[]).length === 0)
  if (unmatched.length < Math.max(3, UNMATCHED_SHARE * content.length)) return null
  if (surplus < SURPLUS_SHARE * unmatched.length) return null
  const start = side.starts[unmatched[0] as number] as number
  const end = side.ends[unmatched[unmatched.length - 1] as number] as number
  if (end - start < MIN_CHARS) return null
  return { start, end, text: text.slice(start, end) }
}

/**
 * A short phrase (a qualifier, a clause) of one side whose content words nothing on the other side
 * explains, in a pair whose other side is wholly explained (see `findGaps`): the phrase must hold
 * every unexplained word of its side (`budget`), two content words at least, one of them a word
 * the lexicon knows (so its translations are absent, not unknown). Unexplained words joined by
 * function words make one phrase; punctuation that ends a clause or a list item ends it.
 */
function phraseGaps(
  side: AnchorWords,
  explained: readonly boolean[],
  from: number,
  to: number,
  budget: { surplus: number },
  text: string,
  lang: Lang,
  lexicon: BilingualLexicon | undefined
): TextRange[] {
  if (budget.surplus <= 0) return []
  const out: TextRange[] = []
  let phrase: number[] = []
  const close = (): void => {
    if (phrase.length > 0 && phrase.length === budget.surplus && evidentPhrase(side, phrase, lang, lexicon)) {
      budget.surplus -= phrase.length
      const start = side.starts[phrase[0] as number] as number
      const end = side.ends[phrase[phrase.length - 1] as number] as number
      out.push({ start, end, text: text.slice(start, end) })
    }
    phrase = []
  }
  for (let i = from; i < to; i++) {
    const f = side.facts[i] as AnchorFacts
    if (!f.content) continue
    if (explained[i]) {
      close()
      continue
    }
    // Punctuation that ends a clause or a list item ends a phrase too ("taxi driver, along": two).
    const last = phrase[phrase.length - 1]
    if (last !== undefined && /[,.;:!?()]/.test(text.slice(side.ends[last], side.starts[i]))) close()
    phrase.push(i)
  }
  close()
  return out
}

/** Content words a phrase needs. */
const MIN_PHRASE_WORDS = 2

function evidentPhrase(
  side: AnchorWords,
  phrase: readonly number[],
  lang: Lang,
  lexicon: BilingualLexicon | undefined,
  minWords = MIN_PHRASE_WORDS
): boolean {
  const words = phrase.map((i) => side.facts[i] as AnchorFacts)
  // One word is too often one a translation leaves implicit or renders by a word the lexicon lacks.
  if (words.length < minWords || words.some((w) => w.numeric)) return false
  // Names, places and acronyms present on one side only are the entity check's.
  if (words.every((w) => /^\p{Lu}/u.test(w.text))) return false
  // Evidence that the words have a rendering that is absent, not one the lexicon does not know.
  return lexicon === undefined || words.some((w) => lexicon.translations(w.text, lang).length > 0)
}

/** Degree words that make a qualifier of the word after them ("más cercana", "most remote"). */
const DEGREE: Record<Lang, ReadonlySet<string>> = {
  es: new Set(['más', 'menos', 'muy']),
  en: new Set(['more', 'most', 'less', 'least', 'very'])
}

/** Whether some content word nothing explains comes right after a degree word. */
function degreeBeforeUnexplained(side: AnchorWords, explained: readonly boolean[], lang: Lang): boolean {
  for (let i = 1; i < side.facts.length; i++) {
    const f = side.facts[i] as AnchorFacts
    if (f.content && !explained[i] && DEGREE[lang].has((side.facts[i - 1] as AnchorFacts).text.toLowerCase()))
      return true
  }
  return false
}

/** Whether `before` (the text just before a word) ends with a degree word. */
export function followsDegreeWord(before: string, lang: Lang): boolean {
  return lang === 'es'
    ? /(?:^|[^\p{L}])(?:más|menos|muy)\s+$/iu.test(before)
    : /\b(?:more|most|less|least|very)\s+$/i.test(before)
}

/** The stretch of one side between two anchors, and its facing stretch on the other side. */
interface Stretch {
  side: AnchorWords
  explained: readonly boolean[]
  cands: readonly (readonly number[])[]
  from: number
  to: number
  text: string
  lang: Lang
  /** The facing stretch widened for word order, and its unexplained content words. */
  facing: { from: number; to: number; unexplained: number }
}

/**
 * A qualifier (a degree word and the word it qualifies, "más cercana") of a stretch between two
 * anchors, whose word nothing on the other side explains, facing a stretch that accounts for all
 * its own content words: dropped, or added. A stretch whose
 * explained words have their counterparts outside the facing stretch was restructured: nothing.
 */
function qualifierGaps(st: Stretch, lexicon: BilingualLexicon): TextRange[] {
  const { side, explained, text, lang, facing } = st
  if (facing.unexplained > 0) return []
  for (let i = st.from; i < st.to; i++) {
    const c = st.cands[i] as readonly number[]
    if (c.length > 0 && !c.some((j) => j >= facing.from && j < facing.to)) return []
  }
  const out: TextRange[] = []
  const neighbourExplained = (i: number, step: number): boolean => {
    for (let k = i + step; k >= 0 && k < side.facts.length; k += step)
      if ((side.facts[k] as AnchorFacts).content) return explained[k] as boolean
    return true
  }
  for (let i = st.from; i < st.to; i++) {
    if (!(side.facts[i] as AnchorFacts).content || explained[i]) continue
    // One word alone: a longer unexplained run is a rewording the lexicon does not know.
    if (!neighbourExplained(i, -1) || !neighbourExplained(i, 1)) continue
    const degree = side.facts[i - 1] as AnchorFacts | undefined
    if (!degree || !DEGREE[lang].has(degree.text.toLowerCase())) continue
    if (!evidentPhrase(side, [i], lang, lexicon, 1)) continue
    const start = side.starts[i - 1] as number
    const end = side.ends[i] as number
    out.push({ start, end, text: text.slice(start, end) })
  }
  return out
}

const overlaps = (r: TextRange, list: readonly TextRange[]): boolean =>
  list.some((o) => r.start < o.end && o.start < r.end)

/** Words of a run two texts share verbatim before it counts as copied, not as shared names. */
const COPIED_RUN = 4

/** Whether the two texts share a run of `COPIED_RUN` words, lowercase, not all capitalized or numbers. */
function sharesRun(a: AnchorWords, b: AnchorWords): boolean {
  const runs = new Set<string>()
  const runAt = (w: AnchorWords, i: number): string | null => {
    const slice = w.facts.slice(i, i + COPIED_RUN)
    if (!slice.some((f) => !f.numeric && /^\p{Ll}/u.test(f.text))) return null
    return slice.map((f) => f.text.toLowerCase()).join(' ')
  }
  for (let i = 0; i + COPIED_RUN <= a.facts.length; i++) {
    const r = runAt(a, i)
    if (r) runs.add(r)
  }
  for (let j = 0; j + COPIED_RUN <= b.facts.length; j++) {
    const r = runAt(b, j)
    if (r && runs.has(r)) return true
  }
  return false
}

/** Content words of side[from, to) that nothing on the other side explains. */
function unexplainedIn(side: AnchorWords, explained: readonly boolean[], from: number, to: number): number {
  let n = 0
  for (let i = from; i < to; i++) if ((side.facts[i] as AnchorFacts).content && !explained[i]) n++
  return n
}

/**
 * Which words of `side` something on the other side accounts for: a candidate (number, cognate,
 * lexicon pair), or a word of the other side the lexicon pairs it with even if that word is too
 * short or too common to anchor ("already" / "ya", "year" / "año").
 */
function explainedWords(
  side: AnchorWords,
  cands: (readonly number[])[],
  other: AnchorWords,
  langs: { side: Lang; other: Lang },
  lexicon: BilingualLexicon | undefined
): boolean[] {
  // The other side's dictionary forms, gathered only once a word has no candidate (most have one).
  let otherLemmas: Set<string> | undefined
  const lemmasOfOther = (dictionary: BilingualLexicon): Set<string> => {
    if (otherLemmas) return otherLemmas
    otherLemmas = new Set<string>()
    for (const f of other.facts) for (const l of lemmasOf(f, langs.other, dictionary)) otherLemmas.add(l)
    return otherLemmas
  }
  let all = true
  const explained = side.facts.map((f, i) => {
    if ((cands[i] as readonly number[]).length > 0 || !f.content) return true
    const found =
      lexicon !== undefined && translationsOf(f, langs.side, lexicon).some((w) => lemmasOfOther(lexicon).has(w))
    all &&= found
    return found
  })
  if (all) return explained
  // A word written again ("protective protective") is the repeated-word check's, not a phrase.
  const explainedKeys = new Set<string>()
  for (let i = 0; i < explained.length; i++) if (explained[i]) explainedKeys.add((side.facts[i] as AnchorFacts).key)
  for (let i = 0; i < explained.length; i++) {
    if (explained[i]) continue
    const key = (side.facts[i] as AnchorFacts).key
    explained[i] = explainedKeys.has(key) || side.facts[i - 1]?.key === key || side.facts[i + 1]?.key === key
  }
  return explained
}

/** Most of a side's content words left unexplained for it to vouch that a qualifier is missing from it. */
const LOOSE_SHARE = 0.25

/** Whether a side accounts for nearly all its content words: loose translations do not. */
function tight(side: AnchorWords, explained: readonly boolean[]): boolean {
  const content = contentCount(side, 0, side.facts.length)
  return unexplainedIn(side, explained, 0, side.facts.length) <= LOOSE_SHARE * content
}

/** Anchors the stretches of `localGaps` need: with fewer, positions say too little. */
const MIN_LOCAL_ANCHORS = 2
/** Content words on each side of a facing stretch that must be explained too (word order differs). */
const FACING_MARGIN = 2

/** The stretch [from, to) widened by `margin` content words each way. */
function widened(side: AnchorWords, from: number, to: number, margin: number): [number, number] {
  let a = from
  for (let n = 0; a > 0 && n < margin;) if ((side.facts[--a] as AnchorFacts).content) n++
  let b = to
  for (let n = 0; b < side.facts.length && n < margin; b++) if ((side.facts[b] as AnchorFacts).content) n++
  return [a, b]
}

/**
 * Qualifiers dropped or added, by stretches between the anchors of a denser chain (lexicon pairs
 * that are each other's only match included): the shorter the stretch, the likelier a rewording
 * shows on both sides of it. Only a side that accounts for nearly all its words vouches for a gap
 * on the other. Longer phrases are left to `phraseGaps`: found this way, they were mostly idioms
 * and free renderings of professional translations.
 */
function localGaps(
  s: AnchorWords,
  t: AnchorWords,
  c: {
    sc: (readonly number[])[]
    tc: (readonly number[])[]
    spelled: { sc: (readonly number[])[] }
    unique: [number, number][]
  },
  e: { se: readonly boolean[]; te: readonly boolean[] },
  x: { source: string; target: string; sourceLang: Lang; targetLang: Lang },
  lexicon: BilingualLexicon
): Gaps {
  const out: Gaps = { omitted: [], added: [] }
  const dense = [...c.unique]
  c.sc.forEach((js, i) => {
    const j = js[0]
    const back = j === undefined ? undefined : c.tc[j]
    if (js.length === 1 && (c.spelled.sc[i] as readonly number[]).length === 0 && back?.length === 1 && back[0] === i)
      dense.push([i, j as number])
  })
  const chain = increasingChain(dense)
  if (chain.length < MIN_LOCAL_ANCHORS) return out
  const bounds: [number, number][] = [[-1, -1], ...chain, [s.facts.length, t.facts.length]]
  for (let k = 1; k < bounds.length; k++) {
    const [s0, t0] = bounds[k - 1] as [number, number]
    const [s1, t1] = bounds[k] as [number, number]
    const facing = (side: AnchorWords, explained: readonly boolean[], from: number, to: number) => {
      const [a, b] = widened(side, from, to, FACING_MARGIN)
      return { from: a, to: b, unexplained: unexplainedIn(side, explained, a, b) }
    }
    const sourceStretch: Stretch = {
      side: s,
      explained: e.se,
      cands: c.sc,
      from: s0 + 1,
      to: s1,
      text: x.source,
      lang: x.sourceLang,
      facing: facing(t, e.te, t0 + 1, t1)
    }
    const targetStretch: Stretch = {
      side: t,
      explained: e.te,
      cands: c.tc,
      from: t0 + 1,
      to: t1,
      text: x.target,
      lang: x.targetLang,
      facing: facing(s, e.se, s0 + 1, s1)
    }
    if (tight(t, e.te)) out.omitted.push(...qualifierGaps(sourceStretch, lexicon))
    if (tight(s, e.se)) out.added.push(...qualifierGaps(targetStretch, lexicon))
  }
  // Phrases missing on both sides are one phrase reworded (or moved) beyond what the lexicon knows.
  return out.omitted.length > 0 && out.added.length > 0 ? { omitted: [], added: [] } : out
}

/** What `findGaps` looks for: long passages (a paragraph's), short phrases (a sentence pair's). */
export interface GapKinds {
  passages: boolean
  phrases: boolean
  /** Sentences matched one to one, [source bounds, target bounds]: their tails are looked at too. */
  sentencePairs?: readonly (readonly [SentenceBounds, SentenceBounds])[]
}

export function findGaps(
  source: string,
  target: string,
  sourceLang: Lang,
  targetLang: Lang,
  analyzer?: TextAnalyzer,
  lexicon?: BilingualLexicon,
  look: GapKinds = { passages: true, phrases: true }
): Gaps {
  const s = anchorWords(source, sourceLang, analyzer)
  const t = anchorWords(target, targetLang, analyzer)
  const spelled = { sc: candidates(s.facts, t.facts), tc: candidates(t.facts, s.facts) }
  // Lexicon pairs explain words (fewer look unmatched) but do not anchor: a dictionary pair is a
  // weaker sign of position than a number, a name or a cognate.
  const sc = lexicon ? [...spelled.sc] : spelled.sc
  const tc = lexicon ? [...spelled.tc] : spelled.tc
  if (lexicon) addLexiconPairs(s, t, sc, tc, { source: sourceLang, target: targetLang }, lexicon)
  // Anchors: pairs that are each other's only candidate.
  const unique: [number, number][] = []
  spelled.sc.forEach((js, i) => {
    const j = js[0]
    if (js.length === 1 && j !== undefined && (spelled.tc[j] as readonly number[]).length === 1) unique.push([i, j])
  })
  const chain = increasingChain(unique)
  const gaps: Gaps = { omitted: [], added: [] }
  const phrases: Gaps = { omitted: [], added: [] }
  const se = explainedWords(s, sc, t, { side: sourceLang, other: targetLang }, lexicon)
  const te = explainedWords(t, tc, s, { side: targetLang, other: sourceLang }, lexicon)
  const starts = (side: AnchorWords, explained: readonly boolean[]): number[] =>
    side.starts.filter((_, i) => (side.facts[i] as AnchorFacts).content && !explained[i])
  const unexplained = { source: starts(s, se), target: starts(t, te) }
  // Too few anchors to place a passage; which words are accounted for still tells whether a
  // qualifier (a closed table, no position needed) is missing from a close translation.
  if (chain.length < MIN_ANCHORS) return { ...gaps, unexplained }
  {
    const sourceSurplus = surplusOf(s, sc, t, tc)
    const targetSurplus = -sourceSurplus
    const spelledSurplus = surplusOf(s, spelled.sc, t, spelled.tc)
    // The lexicon only explains words away: a passage must be unmatched both with and without it
    // (its pairs shift the balance of unmatched words, which is what tells a drop from a rewording).
    const passage = (side: 'source' | 'target', from: number, to: number, facing: number): TextRange | null =>
      side === 'source'
        ? judgeGap(s, sc, from, to, facing, source, sourceSurplus) &&
          judgeGap(s, spelled.sc, from, to, facing, source, spelledSurplus)
        : judgeGap(t, tc, from, to, facing, target, targetSurplus) &&
          judgeGap(t, spelled.tc, from, to, facing, target, -spelledSurplus)
    const bounds: [number, number][] = [[-1, -1], ...chain, [s.facts.length, t.facts.length]]
    // Short phrases may take no more words than one side leaves unexplained beyond the other: a
    // word reworded elsewhere leaves an unexplained word there too.
    // A passage left in the source language matches itself word for word and throws the rest out of
    // line: the untranslated check reports it, and phrases are not looked for around it.
    const sourceLeft = unexplainedIn(s, se, 0, s.facts.length)
    const targetLeft = unexplainedIn(t, te, 0, t.facts.length)
    // A phrase is looked for only where the other side is wholly accounted for: every content word
    // there has its counterpart here. Loose translations (news, paraphrase) never are.
    const possible = look.phrases && (sourceLeft === 0) !== (targetLeft === 0) && !sharesRun(s, t)
    const sourceBudget = { surplus: possible && targetLeft === 0 ? sourceLeft : 0 }
    const targetBudget = { surplus: possible && sourceLeft === 0 ? targetLeft : 0 }
    for (let k = 1; k < bounds.length; k++) {
      const [s0, t0] = bounds[k - 1] as [number, number]
      const [s1, t1] = bounds[k] as [number, number]
      const omitted = look.passages && passage('source', s0 + 1, s1, contentCount(t, t0 + 1, t1))
      if (omitted) gaps.omitted.push(omitted)
      else phrases.omitted.push(...phraseGaps(s, se, s0 + 1, s1, sourceBudget, source, sourceLang, lexicon))
      const added = look.passages && passage('target', t0 + 1, t1, contentCount(s, s0 + 1, s1))
      if (added) gaps.added.push(added)
      else phrases.added.push(...phraseGaps(t, te, t0 + 1, t1, targetBudget, target, targetLang, lexicon))
    }
  }
  // Qualifiers: only where a word nothing explains follows a degree word (a cheap test first).
  const qualifier =
    look.phrases &&
    lexicon !== undefined &&
    (degreeBeforeUnexplained(s, se, sourceLang) || degreeBeforeUnexplained(t, te, targetLang))
  if (qualifier && lexicon && !sharesRun(s, t)) {
    const local = localGaps(
      s,
      t,
      { sc, tc, spelled, unique },
      { se, te },
      { source, target, sourceLang, targetLang },
      lexicon
    )
    for (const r of local.omitted)
      if (!overlaps(r, phrases.omitted) && !overlaps(r, gaps.omitted)) phrases.omitted.push(r)
    for (const r of local.added) if (!overlaps(r, phrases.added) && !overlaps(r, gaps.added)) phrases.added.push(r)
  }
  // Lists and sentence ends: their structure tells an item or a final phrase added from a rewording.
  const pairs = look.sentencePairs ?? []
  if (look.passages || pairs.length > 0) {
    const sourceSide = { words: s, explained: se, counterparts: sc, text: source, lang: sourceLang }
    const targetSide = { words: t, explained: te, counterparts: tc, text: target, lang: targetLang }
    const omitted = tailGaps(sourceSide, targetSide, pairs, lexicon)
    const added = tailGaps(
      targetSide,
      sourceSide,
      pairs.map(([a, b]) => [b, a] as const),
      lexicon
    )
    if (look.passages)
      for (const find of [listGaps, middleListGaps]) {
        omitted.push(...find(sourceSide, targetSide, lexicon))
        added.push(...find(targetSide, sourceSide, lexicon))
      }
    for (const r of omitted) if (!overlaps(r, phrases.omitted) && !overlaps(r, gaps.omitted)) phrases.omitted.push(r)
    for (const r of added) if (!overlaps(r, phrases.added) && !overlaps(r, gaps.added)) phrases.added.push(r)
  }
  // A passage "missing" here and one "added" there is the same passage moved and reworded.
  if (gaps.omitted.length > 0 && gaps.added.length > 0) return { omitted: [], added: [], unexplained }
  return {
    omitted: [...gaps.omitted, ...phrases.omitted],
    added: [...gaps.added, ...phrases.added],
    unexplained
  }
}
