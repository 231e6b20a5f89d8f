import type { Lang } from '../../domain/language'
import { cognateScore, skeleton } from '../../text/cognates'
import { glueCounterparts, isFunctionWord, isNameGlue } from '../../text/function-words'
import { foldKey } from '../../text/inflection'
import { isCapitalized } from '../../text/normalize'
import type { Token } from '../../text/tokenize'
import { factsOf, type WordForm } from '../../text/word-forms'
import type { Analysis } from '../engine/types'
import { pushTo } from '../../collections/multimap'

/** A text with its tokens, computed once per paragraph. */
export interface TokenizedText {
  text: string
  tokens: Token[]
}

export interface RenderingRequest {
  source: TokenizedText
  target: TokenizedText
  sourceLang: Lang
  targetLang: Lang
  /** Token ranges of the occurrences of one source phrase in this segment, in text order. */
  occurrences: readonly { first: number; last: number }[]
  /** Extra evidence that a target word belongs to the phrase's rendering (0..1), learned from other occurrences. */
  association?: (targetKey: string) => number
  /** The job's memo of form scores, content masks, pair links and keys. */
  memo: RenderingMemo
}

/** Where a source phrase is rendered in the target. */
export interface Rendering {
  first: number
  last: number
  start: number
  end: number
  text: string
  /** Content words of the source phrase accounted for by the rendering, and how many it has. */
  matched: number
  /** Of those, the ones matched by form (identical or cognate), not only by association. */
  lexical: number
  content: number
  /** Comparable form: inflection keys of the rendering's content words, and the same joined. */
  keys: string[]
  key: string
}

/** Minimum cognate score for a word pair to anchor a rendering. */
export const ANCHOR_SCORE = 0.8
const ASSOCIATION_SCORE = 0.3
/**
 * Share of the longer skeleton two cognates may differ by: the score is the similarity (plus at
 * most 0.1 for a long shared opening), so ANCHOR_SCORE needs at most 1 - (ANCHOR_SCORE - 0.1) edits.
 */
const MAX_LENGTH_GAP = 1.1 - ANCHOR_SCORE
/** Content words allowed between two anchors of one rendering. */
const MAX_GAP = 2

/** Form scores kept per spelling pair; all are dropped together past this many. */
const PAIR_LIMIT = 200_000

/**
 * What locating renderings works out once and reads many times, owned by the job that reads it
 * (`renderingsAnalysis`): form scores per spelling pair, content masks, pair links, keys.
 */
export class RenderingMemo {
  /** Per language of the first word: its spelling, then the other word's spelling, to their score. */
  readonly scores: Record<Lang, Map<WordForm, Map<WordForm, number>>> = { es: new Map(), en: new Map() }
  scored = 0
  readonly masks: Record<Lang, WeakMap<readonly Token[], Uint8Array>> = { es: new WeakMap(), en: new WeakMap() }
  links = new WeakMap<readonly Token[], WeakMap<readonly Token[], PairLinks>>()
  readonly keys = new WeakMap<readonly Token[], string[]>()

  /**
   * Drops the links kept so far. The project-term analysis calls it when done: it needs each pair's
   * links for all its terms, but nothing reads them afterwards, and kept for the whole project they
   * only add to what the garbage collector walks on the thread.
   */
  forgetLinks(): void {
    this.links = new WeakMap()
  }
}

/** The renderings memo of a job, shared by the glossary and consistency checks. */
export const renderingsAnalysis: Analysis<RenderingMemo> = {
  id: 'renderings',
  scope: 'job',
  compute: () => new RenderingMemo()
}

/** 0..1: how likely two words of different languages translate each other, from their form alone. */
export function lexicalScore(memo: RenderingMemo, a: Token, langA: Lang, b: Token, langB: Lang): number {
  if (a.isNumber || b.isNumber) return 0
  if (a.fold === b.fold) return a.fold.length >= 2 ? 1 : 0
  const byForm = memo.scores[langA]
  let scores = byForm.get(a.form)
  const hit = scores?.get(b.form)
  if (hit !== undefined) return hit
  const score = cognateScore(a.lower, langA, b.lower, langB)
  if (++memo.scored > PAIR_LIMIT) {
    memo.scores.es.clear()
    memo.scores.en.clear()
    memo.scored = 0
    scores = undefined
  }
  if (!scores) byForm.set(a.form, (scores = new Map()))
  scores.set(b.form, score)
  return score
}

/** Not glue, not a function word, not a number. */
export function isContent(t: Token, lang: Lang): boolean {
  if (t.isNumber) return false
  const facts = factsOf(t.form, lang)
  return (facts.content ??= !isNameGlue(t.lower, lang) && !isFunctionWord(t.lower, lang))
}

/** A token's cognate skeleton. */
function skeletonOf(t: Token, lang: Lang): string {
  const facts = factsOf(t.form, lang)
  return (facts.skeleton ??= skeleton(t.lower, lang))
}

/**
 * False when two words cannot score ANCHOR_SCORE: different words whose skeletons differ in
 * length by more than the edit distance allowed (or are too short to be cognates unless equal).
 */
function mayAnchor(s: Token, sourceLang: Lang, w: Token, targetLang: Lang): boolean {
  if (s.fold === w.fold) return true
  const x = skeletonOf(s, sourceLang)
  const y = skeletonOf(w, targetLang)
  if (x === y) return true
  const longest = Math.max(x.length, y.length)
  return Math.min(x.length, y.length) >= 4 && longest - Math.min(x.length, y.length) <= MAX_LENGTH_GAP * longest
}

/** `isContent` for every token of a text (1 or 0 by position), worked out once per text. */
export function contentMask(memo: RenderingMemo, tokens: readonly Token[], lang: Lang): Uint8Array {
  const masks = memo.masks[lang]
  let mask = masks.get(tokens)
  if (!mask) {
    mask = new Uint8Array(tokens.length)
    for (let i = 0; i < tokens.length; i++) if (isContent(tokens[i] as Token, lang)) mask[i] = 1
    masks.set(tokens, mask)
  }
  return mask
}

/** Content words of a range, as comparable keys. */
export function contentKeys(tokens: readonly Token[], first: number, last: number, lang: Lang): string[] {
  const keys: string[] = []
  for (let i = first; i <= last; i++) {
    const t = tokens[i] as Token
    if (isContent(t, lang)) keys.push(foldKey(t, lang))
  }
  return keys
}

/** Punctuation that no name or term crosses. */
function separated(text: string, a: Token, b: Token): boolean {
  return /[,.;:!?"“”«»()[\]]/.test(text.slice(a.end, b.start))
}

/** Per target token, the source tokens it may translate by form (score >= ANCHOR_SCORE); computed once per pair. */
interface PairLinks {
  get(targetIndex: number): [number, number][] | undefined
  /** Target tokens that are content words. */
  content: Set<number>
}

/**
 * Scores only plausible pairs: identical words, and words whose skeletons start alike (cognates
 * share their first letter once spelling is normalized). Keeps the work linear in practice.
 */
export function pairLinks(
  memo: RenderingMemo,
  source: TokenizedText,
  target: TokenizedText,
  sourceLang: Lang,
  targetLang: Lang
): PairLinks {
  let perSource = memo.links.get(source.tokens)
  if (!perSource) {
    perSource = new WeakMap()
    memo.links.set(source.tokens, perSource)
  }
  const hit = perSource.get(target.tokens)
  if (hit) return hit
  const byInitial = new Map<string, Token[]>()
  const byFold = new Map<string, Token[]>()
  const sourceContent = contentMask(memo, source.tokens, sourceLang)
  const targetContent = contentMask(memo, target.tokens, targetLang)
  for (const s of source.tokens) {
    if (sourceContent[s.index] !== 1) continue
    pushTo(byInitial, skeletonOf(s, sourceLang).charAt(0), s)
    pushTo(byFold, s.fold, s)
  }
  const map = new Map<number, [number, number][]>()
  const content = new Set<number>()
  const scale = source.tokens.length / Math.max(1, target.tokens.length)
  for (const w of target.tokens) {
    if (targetContent[w.index] !== 1) continue
    content.add(w.index)
    const near = (group: readonly Token[] | undefined) => group && nearby(group, w.index * scale)
    const alike = linksTo(
      memo,
      w,
      near(byInitial.get(skeletonOf(w, targetLang).charAt(0))),
      undefined,
      sourceLang,
      targetLang
    )
    const list = linksTo(memo, w, near(byFold.get(w.fold)), alike, sourceLang, targetLang)
    if (list !== undefined) map.set(w.index, list)
  }
  const links: PairLinks = { get: (i) => map.get(i), content }
  perSource.set(target.tokens, links)
  return links
}

/**
 * Source words of a group a target word is compared with: all of them in any real paragraph; in a
 * text of thousands of sentences, the `LINK_WINDOW` nearest its expected position (`at`, a source
 * token index), so the work stays linear however often a word repeats.
 */
function nearby(group: readonly Token[], at: number): readonly Token[] {
  if (group.length <= LINK_WINDOW) return group
  let lo = 0
  let hi = group.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((group[mid] as Token).index < at) lo = mid + 1
    else hi = mid
  }
  const from = Math.max(0, Math.min(group.length - LINK_WINDOW, lo - LINK_WINDOW / 2))
  return group.slice(from, from + LINK_WINDOW)
}

/** Source words with the same initial (or spelling) a target word is compared with, at most. */
const LINK_WINDOW = 256

/** Adds to `list` the source words of `group` that may translate `w` by form (made on the first one). */
function linksTo(
  memo: RenderingMemo,
  w: Token,
  group: readonly Token[] | undefined,
  list: [number, number][] | undefined,
  sourceLang: Lang,
  targetLang: Lang
): [number, number][] | undefined {
  if (group === undefined) return list
  for (const s of group) {
    if (list?.some(([i]) => i === s.index) || !mayAnchor(s, sourceLang, w, targetLang)) continue
    const score = lexicalScore(memo, s, sourceLang, w, targetLang)
    if (score >= ANCHOR_SCORE) (list ??= []).push([s.index, score])
  }
  return list
}

/** Inflection keys of a text's tokens, without accents (how renderings are compared). */
export function keysOf(memo: RenderingMemo, text: TokenizedText, lang: Lang): string[] {
  let keys = memo.keys.get(text.tokens)
  if (!keys) {
    keys = text.tokens.map((t) => foldKey(t, lang))
    memo.keys.set(text.tokens, keys)
  }
  return keys
}

interface Anchor {
  index: number
  /** Source content positions (in the phrase) this word matches by form; empty: association only. */
  sources: number[]
}

interface Window {
  anchors: Anchor[]
  matched: number
  lexical: number
  first: number
  last: number
  position: number
}

/**
 * Locates the target words that render each occurrence of a source phrase: words that look like
 * translations of its words (identical, cognate) or that keep turning up wherever the phrase is
 * translated (association), grouped into compact windows, assigned to the occurrences in text
 * order, then widened over adjacent unexplained words while some source words are still
 * unaccounted for ("Department" in "Department of Health and Social Protection" for
 * "Ministerio de Salud y Protección Social"). An occurrence gets null when too little of
 * it is found to say where it is.
 */
export function locateRenderings(req: RenderingRequest): (Rendering | null)[] {
  const { source, target, sourceLang, targetLang, occurrences } = req
  const head = occurrences[0]
  if (!head) return []
  const srcContent: Token[] = []
  for (let i = head.first; i <= head.last; i++) {
    const t = source.tokens[i] as Token
    if (isContent(t, sourceLang)) srcContent.push(t)
  }
  const k = srcContent.length
  if (k === 0) return occurrences.map(() => null)
  const namelike = srcContent.every((t) => isCapitalized(t.text) || /^\p{N}/u.test(t.text))
  const { anchors, outsideBest } = findAnchors(req, namelike)

  const windows = candidateWindows(anchors, target, targetLang, k)
  const relStart = (o: { first: number }): number =>
    (source.tokens[o.first] as Token).start / Math.max(1, source.text.length)
  const assignment = assign(
    occurrences.map(relStart),
    windows.filter((w) => w.lexical >= 1 && w.matched >= Math.ceil(k / 2))
  )
  const taken = new Set<number>()
  for (const w of assignment) if (w) for (let i = w.first; i <= w.last; i++) taken.add(i)
  // A lowercase phrase is widened only across glue its source has ("salud y protección
  // social" may take "health and"; "agua potable" may not reach "chair of the").
  const sourceGlue = new Set<string>()
  for (let i = head.first; i <= head.last; i++) {
    const t = source.tokens[i] as Token
    if (isNameGlue(t.lower, sourceLang)) sourceGlue.add(t.lower)
  }
  const crossable = namelike ? null : glueCounterparts(sourceGlue, sourceLang)
  const elsewhere = (t: Token): boolean => (outsideBest[t.index] ?? 0) >= ANCHOR_SCORE
  return assignment.map((w) =>
    w ? widen(w, k, srcContent, target, targetLang, namelike, crossable, taken, elsewhere) : null
  )
}

/**
 * Target words that may belong to the rendering: those matching a word of the phrase by form
 * (better than any word outside the phrase), and words associated with the phrase. Also gives,
 * per target word, its best match outside the phrase (such a word belongs to something else).
 */
function findAnchors(req: RenderingRequest, namelike: boolean): { anchors: Anchor[]; outsideBest: number[] } {
  const { source, target, sourceLang, targetLang, occurrences } = req
  // Source token -> its position among the phrase's content words, for every occurrence.
  const contentPos = new Map<number, number>()
  for (const o of occurrences) {
    let n = 0
    for (let i = o.first; i <= o.last; i++) if (isContent(source.tokens[i] as Token, sourceLang)) contentPos.set(i, n++)
  }
  const links = pairLinks(req.memo, source, target, sourceLang, targetLang)
  const targetKeys = keysOf(req.memo, target, targetLang)
  const anchors: Anchor[] = []
  const outsideBest: number[] = new Array<number>(target.tokens.length).fill(0)
  for (const w of target.tokens) {
    if (!links.content.has(w.index)) continue
    let inBest = 0
    let outBest = 0
    // Most words match nothing in the phrase: their list is made only when one does.
    let sources: number[] | undefined
    const linked = links.get(w.index)
    if (linked !== undefined) {
      for (let l = 0; l < linked.length; l++) {
        const [si, score] = linked[l] as [number, number]
        const pos = contentPos.get(si)
        if (pos === undefined) outBest = Math.max(outBest, score)
        else {
          inBest = Math.max(inBest, score)
          if (!sources) sources = [pos]
          else if (!sources.includes(pos)) sources.push(pos)
        }
      }
    }
    outsideBest[w.index] = outBest
    if (sources !== undefined && inBest >= outBest) anchors.push({ index: w.index, sources })
    // A name is rendered in capitals: an associated lowercase word next to it is context, not name.
    else if (
      outBest < ANCHOR_SCORE &&
      (!namelike || isCapitalized(w.text)) &&
      (req.association?.(targetKeys[w.index] as string) ?? 0) >= ASSOCIATION_SCORE
    ) {
      anchors.push({ index: w.index, sources: [] })
    }
  }
  return { anchors, outsideBest }
}

/** Compact groups of at most k+1 anchors, each a candidate rendering. */
function candidateWindows(anchors: Anchor[], target: TokenizedText, lang: Lang, k: number): Window[] {
  const runs: Anchor[][] = []
  for (const a of anchors) {
    const run = runs[runs.length - 1]
    const prev = run?.[run.length - 1]
    let gap = 0
    if (prev)
      for (let i = prev.index + 1; i < a.index; i++) if (!isNameGlue((target.tokens[i] as Token).lower, lang)) gap++
    if (
      run &&
      prev &&
      gap <= MAX_GAP &&
      !separated(target.text, target.tokens[prev.index] as Token, target.tokens[a.index] as Token)
    )
      run.push(a)
    else runs.push([a])
  }
  const windows: Window[] = []
  for (const run of runs) {
    const options: Window[] = []
    for (let i = 0; i < run.length; i++) {
      for (let j = i; j < run.length && j - i < k + 1; j++) {
        const slice = run.slice(i, j + 1)
        const covered = new Set<number>()
        let assocOnly = 0
        for (const a of slice) {
          const s = a.sources.find((x) => !covered.has(x))
          if (s !== undefined) covered.add(s)
          else if (a.sources.length === 0) assocOnly++
        }
        const matched = Math.min(k, covered.size + Math.min(assocOnly, k - covered.size))
        const first = (slice[0] as Anchor).index
        const last = (slice[slice.length - 1] as Anchor).index
        const position = (target.tokens[first] as Token).start / Math.max(1, target.text.length)
        options.push({ anchors: slice, matched, lexical: covered.size, first, last, position })
      }
    }
    // One run may hold several renderings ("the State ... the state"): take the best window, drop
    // the ones overlapping it, repeat.
    while (options.length > 0) {
      const best = options.reduce((a, b) => (better(b, a) ? b : a))
      windows.push(best)
      for (let i = options.length - 1; i >= 0; i--) {
        const o = options[i] as Window
        if (o.first <= best.last && best.first <= o.last) options.splice(i, 1)
      }
    }
  }
  return windows.sort((a, b) => a.first - b.first)
}

function better(a: Window, b: Window): boolean {
  if (a.matched !== b.matched) return a.matched > b.matched
  if (a.lexical !== b.lexical) return a.lexical > b.lexical
  return a.last - a.first < b.last - b.first
}

/**
 * Gives each occurrence (by relative position) a window, in text order, maximizing the words
 * explained and then positional agreement. Occurrences left without a window get null.
 */
function assign(positions: number[], windows: Window[]): (Window | null)[] {
  const n = positions.length
  const m = windows.length
  // best[i][j]: best score placing occurrences i.. using windows j..
  const memo = new Map<string, { score: number; pick: (Window | null)[] }>()
  const solve = (i: number, j: number): { score: number; pick: (Window | null)[] } => {
    if (i === n) return { score: 0, pick: [] }
    const key = `${i}:${j}`
    const hit = memo.get(key)
    if (hit) return hit
    const skipOcc = solve(i + 1, j)
    let result = { score: skipOcc.score, pick: [null as Window | null, ...skipOcc.pick] }
    for (let w = j; w < m; w++) {
      const win = windows[w] as Window
      const rest = solve(i + 1, w + 1)
      const score = rest.score + win.matched * 10 - Math.abs(win.position - (positions[i] as number))
      if (score > result.score) result = { score, pick: [win, ...rest.pick] }
    }
    memo.set(key, result)
    return result
  }
  return solve(0, 0).pick
}

/** Widens a window over adjacent words that may render the source words it does not explain yet. */
function widen(
  win: Window,
  k: number,
  srcContent: Token[],
  target: TokenizedText,
  lang: Lang,
  capitalized: boolean,
  crossable: ReadonlySet<string> | null,
  taken: Set<number>,
  explainedElsewhere: (w: Token) => boolean
): Rendering {
  let first = win.first
  let last = win.last
  let missing = k - win.matched
  const eligible = (w: Token): boolean =>
    !taken.has(w.index) &&
    isContent(w, lang) &&
    (capitalized ? isCapitalized(w.text) || /^\p{N}/u.test(w.text) : !isCapitalized(w.text) || w.sentenceStart) &&
    !explainedElsewhere(w)
  const step = (from: number, dir: 1 | -1): number | null => {
    let i = from + dir
    let glue = 0
    while (i >= 0 && i < target.tokens.length) {
      const w = target.tokens[i] as Token
      const inner = target.tokens[i - dir] as Token
      if (separated(target.text, dir === 1 ? inner : w, dir === 1 ? w : inner)) return null
      if (isNameGlue(w.lower, lang) && !(capitalized && isCapitalized(w.text) && !w.sentenceStart)) {
        if (++glue > 2 || (crossable && !crossable.has(w.lower))) return null
        i += dir
        continue
      }
      return eligible(w) ? i : null
    }
    return null
  }
  // When the phrase's first word is the one not found, its rendering most likely opens the window.
  const preferLeft = !win.anchors.some((a) => a.sources.includes(0))
  while (missing > 0) {
    const left = step(first, -1)
    const right = step(last, 1)
    const pick = preferLeft ? (left ?? right) : (right ?? left)
    if (pick === null) break
    if (pick < first) first = pick
    else last = pick
    missing--
  }
  const a = target.tokens[first] as Token
  const b = target.tokens[last] as Token
  const keys = contentKeys(target.tokens, first, last, lang)
  return {
    first,
    last,
    start: a.start,
    end: b.end,
    text: target.text.slice(a.start, b.end),
    matched: win.matched,
    lexical: win.lexical,
    content: srcContent.length,
    keys,
    key: keys.join(' ')
  }
}

/**
 * Every place where a target text holds exactly the given rendering (its content words, in order,
 * with only glue between them and no punctuation): the fast path for a term's usual rendering.
 */
export function findRendering(
  memo: RenderingMemo,
  target: TokenizedText,
  lang: Lang,
  keys: readonly string[],
  content: number
): Rendering[] {
  const found: Rendering[] = []
  if (keys.length === 0) return found
  const tk = keysOf(memo, target, lang)
  const toks = target.tokens
  for (let i = 0; i < toks.length; i++) {
    if (tk[i] !== keys[0] || !isContent(toks[i] as Token, lang)) continue
    let j = i
    let k = 1
    while (k < keys.length) {
      let n = j + 1
      while (n < toks.length && !isContent(toks[n] as Token, lang) && isNameGlue((toks[n] as Token).lower, lang)) n++
      if (n >= toks.length || tk[n] !== keys[k] || separated(target.text, toks[j] as Token, toks[n] as Token)) break
      j = n
      k++
    }
    if (k < keys.length) continue
    const a = toks[i] as Token
    const b = toks[j] as Token
    found.push({
      first: i,
      last: j,
      start: a.start,
      end: b.end,
      text: target.text.slice(a.start, b.end),
      matched: content,
      lexical: content,
      content,
      keys: [...keys],
      key: keys.join(' ')
    })
    i = j
  }
  return found
}
