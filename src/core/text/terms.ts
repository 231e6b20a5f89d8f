import { RecentMap } from '../collections/recent'
import type { Lang } from '../domain/language'
import { inflectionKey, lowerKey } from './inflection'
import { isAllCaps } from './normalize'
import type { TermOptions, TermPattern, TermWord } from './patterns'
import { oneSpaceApart, tokenize, type Token } from './tokenize'
import { factsOf } from './word-forms'

export interface TermMatch {
  /** Token positions of the first and last matched word. */
  first: number
  last: number
  start: number
  end: number
}

function wordKey(text: string, lang: Lang, opts: TermOptions): string {
  return keyOf(opts.caseSensitive ? text.normalize('NFC') : text.normalize('NFC').toLowerCase(), lang, opts)
}

/** Accent-free keys by word, per language: names are matched this way for every word of a text. */
const unaccented: Record<Lang, Map<string, string>> = { es: new Map(), en: new Map() }

/** Key of a word already normalized (and lowercased unless case matters). */
function keyOf(base: string, lang: Lang, opts: TermOptions): string {
  if (!opts.accentInsensitive) return inflectionKey(base, lang)
  const cache = unaccented[lang]
  let plain = cache.get(base)
  if (plain === undefined) {
    plain = inflectionKey(base, lang)
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
    if (cache.size > 100_000) cache.clear()
    cache.set(base, plain)
  }
  return plain
}

/** `keyOf` a token's lowercase form, kept on its spelling's record. */
function tokenKey(t: Token, lang: Lang, opts: TermOptions): string {
  if (!opts.accentInsensitive) return lowerKey(t, lang)
  const facts = factsOf(t.form, lang)
  return (facts.plainKey ??= keyOf(t.lower, lang, opts))
}

export function compileTerm(term: string, lang: Lang, options: TermOptions = {}): TermPattern {
  const words = tokenize(term).map((t) => ({
    text: t.text,
    key: wordKey(t.text, lang, options),
    acronym: isAllCaps(t.text)
  }))
  return { source: term, lang, words, options }
}

/** The last few thousand texts' keys (the checks of one document share them), per variant. */
const keyCache = new RecentMap<readonly Token[], (string[] | undefined)[]>(2000)

/** Keys of every token of a text under one set of options, computed once per token list. */
export function keysFor(tokens: readonly Token[], lang: Lang, options: TermOptions): string[] {
  // Language and options as a slot number: glossary terms ask for keys millions of times.
  const variant = (lang === 'es' ? 0 : 4) + (options.accentInsensitive ? 2 : 0) + (options.caseSensitive ? 1 : 0)
  let variants = keyCache.get(tokens)
  if (!variants) {
    variants = [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined]
    keyCache.set(tokens, variants)
  }
  // Tokens carry their lowercase form already: no normalization per token.
  return (variants[variant] ??= tokens.map((t) =>
    options.caseSensitive ? wordKey(t.text, lang, options) : tokenKey(t, lang, options)
  ))
}

const keySetCache = new WeakMap<readonly string[], Set<string>>()

/**
 * Cheap test before a full search: whether the text has the pattern's first word at all. Most
 * glossary terms are absent from most paragraphs.
 */
export function mayContain(tokens: readonly Token[], pattern: TermPattern): boolean {
  const head = pattern.words[0]
  if (!head) return false
  if (head.acronym) return tokens.some((t) => t.text === head.text || t.text === `${head.text}s`)
  const keys = keysFor(tokens, pattern.lang, pattern.options)
  let set = keySetCache.get(keys)
  if (!set) {
    set = new Set(keys)
    keySetCache.set(keys, set)
  }
  return set.has(head.key)
}

function wordMatches(word: TermWord, token: Token, key: string): boolean {
  if (word.acronym) return token.text === word.text || token.text === `${word.text}s`
  return key === word.key
}

/** A gap may hold words only: a comma, bracket or stop between two words breaks a term. */
function gapIsClean(text: string, left: Token, right: Token): boolean {
  if (oneSpaceApart(text, left, right)) return true
  return /^[\s\u00a0\p{L}\p{M}\p{N}'’-]*$/u.test(text.slice(left.end, right.start))
}

/**
 * Finds the pattern in a tokenized text, left to right, without overlaps. `maxGap` lets up to that
 * many extra words sit between two words of the term ("committee of external experts" for
 * "committee of experts"): target languages insert modifiers where the source put them after the
 * term.
 */
export function findTerm(text: string, tokens: readonly Token[], pattern: TermPattern, maxGap = 0): TermMatch[] {
  const matches: TermMatch[] = []
  if (pattern.words.length === 0) return matches
  const keys = keysFor(tokens, pattern.lang, pattern.options)
  let i = 0
  while (i < tokens.length) {
    const match = matchAt(text, tokens, keys, pattern, i, maxGap)
    if (match) {
      matches.push(match)
      i = match.last + 1
    } else i++
  }
  return matches
}

/** The pattern starting at token `at`, if it is there. `keys` come from keysFor with the pattern's options. */
export function matchAt(
  text: string,
  tokens: readonly Token[],
  keys: readonly string[],
  pattern: TermPattern,
  at: number,
  maxGap = 0
): TermMatch | null {
  // Called for every token a term could start at: indexes, no per-call copies of the pattern.
  const head = pattern.words[0]
  const first = tokens[at]
  if (!head || !first || !wordMatches(head, first, keys[at] as string)) return null
  let prev = first
  for (let w = 1; w < pattern.words.length; w++) {
    const word = pattern.words[w] as TermWord
    let found: Token | null = null
    for (let gap = 0; gap <= maxGap; gap++) {
      const candidate = tokens[prev.index + 1 + gap]
      if (!candidate || !gapIsClean(text, prev, candidate)) break
      if (wordMatches(word, candidate, keys[candidate.index] as string)) {
        found = candidate
        break
      }
    }
    if (!found) return null
    prev = found
  }
  return { first: first.index, last: prev.index, start: first.start, end: prev.end }
}
