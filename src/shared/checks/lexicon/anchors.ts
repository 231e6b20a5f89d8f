/**
 * Passages on one side with no counterpart on the other, found by anchoring: words that match
 * across the languages (numbers, names, cognates) are aligned in order, and a long stretch of one
 * side between two anchors, none of whose words matches anything on the other side, facing an
 * empty stretch there, is a dropped (or added) passage.
 */
import type { Lang } from '../../domain/types'
import { isFunctionWord } from './function-words'
import { cognateForm, isCognate, type TextRange } from './text'
import { pushTo } from '../../collections/multimap'

interface Tok extends TextRange {
  key: string
  /** What candidates are looked up by: a number whole, a word by its first letters. */
  prefix: string
  numeric: boolean
  content: boolean
}

const TOKEN_RE = /[\p{L}\p{N}]+(?:[-'’.,][\p{L}\p{N}]+)*/gu

/** Omission and addition both tokenize every segment: keep recent results (not mutated by callers). */
const tokenCache: Record<Lang, Map<string, Tok[]>> = { es: new Map(), en: new Map() }
const TOKEN_CACHE_LIMIT = 20_000

function tokenize(text: string, lang: Lang): Tok[] {
  const cache = tokenCache[lang]
  const hit = cache.get(text)
  if (hit) return hit
  if (cache.size >= TOKEN_CACHE_LIMIT) cache.clear()
  const out: Tok[] = []
  cache.set(text, out)
  TOKEN_RE.lastIndex = 0
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const word = m[0]
    const numeric = /^\d/.test(word)
    const key = numeric ? word.replace(/\D/g, '') : cognateForm(word)
    const content = numeric || (word.length >= 3 && !isFunctionWord(word, lang))
    const prefix = numeric ? key : key.slice(0, 3)
    out.push({ start: m.index, end: m.index + word.length, text: word, key, prefix, numeric, content })
  }
  return out
}

/** No candidates: one shared, frozen list (most tokens have none). */
const NONE: readonly number[] = Object.freeze([])

/** For each token of `from`, the content tokens of `to` it may correspond to. */
function candidates(from: Tok[], to: Tok[]): (readonly number[])[] {
  const index = new Map<string, number[]>()
  to.forEach((t, j) => {
    if (t.content) pushTo(index, t.prefix, j)
  })
  return from.map((f) => {
    if (!f.content) return NONE
    const near = index.get(f.prefix)
    if (!near) return NONE
    return near.filter((j) => {
      const t = to[j] as Tok
      return f.numeric || t.numeric ? f.key === t.key : f.key === t.key || isCognate(f.text, t.text)
    })
  })
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

/**
 * Words of one side that match nothing on the other, beyond those of the other side: a dropped
 * passage leaves this surplus; a passage moved and reworded without cognates leaves none, because
 * its rewording is just as unmatched on the other side.
 */
const surplusOf = (
  side: Tok[],
  cands: (readonly number[])[],
  other: Tok[],
  otherCands: (readonly number[])[]
): number => {
  const unexplained = (toks: Tok[], cs: (readonly number[])[]): number =>
    toks.filter((t, i) => t.content && (cs[i] as readonly number[]).length === 0).length
  return unexplained(side, cands) - unexplained(other, otherCands)
}

/** The unmatched passage must account for most of its side's surplus of unmatched words. */
const SURPLUS_SHARE = 0.7

function judgeGap(
  side: Tok[],
  cands: (readonly number[])[],
  from: number,
  to: number,
  facing: Tok[],
  text: string,
  surplus: number
): TextRange | null {
  const content: number[] = []
  for (let i = from; i < to; i++) if ((side[i] as Tok).content) content.push(i)
  if (content.length < MIN_WORDS) return null
  const facingContent = facing.filter((t) => t.content).length
  if (facingContent > Math.floor(FACING_SHARE * content.length)) return null
  const unmatched = content.filter((i) => (cands[i] as readonly number[]).length === 0)
  if (unmatched.length < Math.max(3, UNMATCHED_SHARE * content.length)) return null
  if (surplus < SURPLUS_SHARE * unmatched.length) return null
  const first = side[unmatched[0] as number] as Tok
  const last = side[unmatched[unmatched.length - 1] as number] as Tok
  if (last.end - first.start < MIN_CHARS) return null
  return { start: first.start, end: last.end, text: text.slice(first.start, last.end) }
}

export function findGaps(source: string, target: string, sourceLang: Lang, targetLang: Lang): Gaps {
  const s = tokenize(source, sourceLang)
  const t = tokenize(target, targetLang)
  const sc = candidates(s, t)
  const tc = candidates(t, s)
  // Anchors: pairs that are each other's only candidate.
  const unique: [number, number][] = []
  sc.forEach((js, i) => {
    const j = js[0]
    if (js.length === 1 && j !== undefined && (tc[j] as readonly number[]).length === 1) unique.push([i, j])
  })
  const chain = increasingChain(unique)
  const gaps: Gaps = { omitted: [], added: [] }
  if (chain.length < MIN_ANCHORS) return gaps
  const sourceSurplus = surplusOf(s, sc, t, tc)
  const targetSurplus = -sourceSurplus
  const bounds: [number, number][] = [[-1, -1], ...chain, [s.length, t.length]]
  for (let k = 1; k < bounds.length; k++) {
    const [s0, t0] = bounds[k - 1] as [number, number]
    const [s1, t1] = bounds[k] as [number, number]
    const omitted = judgeGap(s, sc, s0 + 1, s1, t.slice(t0 + 1, t1), source, sourceSurplus)
    if (omitted) gaps.omitted.push(omitted)
    const added = judgeGap(t, tc, t0 + 1, t1, s.slice(s0 + 1, s1), target, targetSurplus)
    if (added) gaps.added.push(added)
  }
  // A passage "missing" here and one "added" there is the same passage moved and reworded.
  if (gaps.omitted.length > 0 && gaps.added.length > 0) return { omitted: [], added: [] }
  return gaps
}

/**
 * Share of one text's content words that have a counterpart (number, name, cognate) in the other:
 * how literal a translation is, so checks that compare wording can stay silent on free ones.
 */
export function matchedShare(source: string, target: string, sourceLang: Lang, targetLang: Lang): number {
  const s = tokenize(source, sourceLang)
  const t = tokenize(target, targetLang)
  const sc = candidates(s, t)
  let content = 0
  let matched = 0
  s.forEach((tok, i) => {
    if (!tok.content) return
    content++
    if ((sc[i] as readonly number[]).length > 0) matched++
  })
  return content === 0 ? 0 : matched / content
}
