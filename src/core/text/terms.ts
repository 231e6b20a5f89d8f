import type { Lang } from '../domain/language'
import { inflectionKey, lowerKey } from './inflection'
import { isAllCaps } from './normalize'
import type { TermOptions, TermPattern, TermWord } from './patterns'
import { fromTokens, oneSpaceApart, tokenize, type Token } from './tokenize'
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

/**
 * Key of a word already normalized (and lowercased unless case matters). A token's is kept on its
 * spelling's record (`tokenKey`), so this runs once per spelling and per glossary word.
 */
function keyOf(base: string, lang: Lang, opts: TermOptions): string {
  if (!opts.accentInsensitive) return inflectionKey(base, lang)
  return inflectionKey(base, lang)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
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

/** Memo keys (`fromTokens`) of a text's token keys and of their set, per variant of `keysFor`. */
const KEYS: readonly object[] = Array.from({ length: 8 }, (_, variant) => ({ keys: variant }))
const KEY_SETS: readonly object[] = Array.from({ length: 8 }, (_, variant) => ({ keySet: variant }))

const variantOf = (lang: Lang, options: TermOptions): number =>
  (lang === 'es' ? 0 : 4) + (options.accentInsensitive ? 2 : 0) + (options.caseSensitive ? 1 : 0)

/** Keys of every token of a text under one set of options, computed once per token list. */
export function keysFor(tokens: readonly Token[], lang: Lang, options: TermOptions): string[] {
  // Language and options as a slot number: glossary terms ask for keys millions of times.
  // Tokens carry their lowercase form already: no normalization per token.
  return fromTokens(tokens, KEYS[variantOf(lang, options)] as object, () =>
    tokens.map((t) => (options.caseSensitive ? wordKey(t.text, lang, options) : tokenKey(t, lang, options)))
  )
}

/**
 * Cheap test before a full search: whether the text has the pattern's first word at all. Most
 * glossary terms are absent from most paragraphs.
 */
export function mayContain(tokens: readonly Token[], pattern: TermPattern): boolean {
  const head = pattern.words[0]
  if (!head) return false
  if (head.acronym) return tokens.some((t) => t.text === head.text || t.text === `${head.text}s`)
  const keySet = fromTokens(
    tokens,
    KEY_SETS[variantOf(pattern.lang, pattern.options)] as object,
    () => new Set(keysFor(tokens, pattern.lang, pattern.options))
  )
  return keySet.has(head.key)
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
