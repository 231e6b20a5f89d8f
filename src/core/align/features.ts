import type { Lang } from '../domain/language'
import { ACRONYM_PAIRS, NUMBER_WORDS, SCALE_WORDS, STOPWORDS, WORD_PAIRS } from './lexicon'
import { fold } from '../text/normalize'
import { cognateKey } from './normalize'

/**
 * Language-neutral anchors of a text: the same key on both sides means the same thing
 * (a number by value, an acronym, a dictionary concept, a cognate prefix, a punctuation mark).
 */
export interface TextFeatures {
  /** Characters, for the length model. */
  length: number
  /** Anchor keys, repeated as often as they occur. */
  keys: string[]
}

export interface GlossaryEntry {
  source: string
  target: string
}

/** Dictionary concepts: every word pair sharing a form falls in one class (union-find over the pairs). */
function buildConcepts(): Record<Lang, Map<string, string>> {
  const parent = new Map<string, string>()
  const find = (x: string): string => {
    let root = x
    while (parent.get(root) !== root) root = parent.get(root) ?? root
    parent.set(x, root)
    return root
  }
  const add = (x: string): void => {
    if (!parent.has(x)) parent.set(x, x)
  }
  const pairs = WORD_PAIRS.map(([es, en]) => [es.split(' ').map((w) => 'es:' + w), en.split(' ').map((w) => 'en:' + w)])
  for (const [es = [], en = []] of pairs) {
    const all = [...es, ...en]
    all.forEach(add)
    const first = all[0]
    if (first === undefined) continue
    for (const w of all) parent.set(find(w), find(first))
  }
  const out: Record<Lang, Map<string, string>> = { es: new Map(), en: new Map() }
  for (const form of parent.keys()) {
    const lang = form.slice(0, 2) as Lang
    out[lang].set(form.slice(3), 'd:' + find(form))
  }
  return out
}

const CONCEPTS = buildConcepts()

/** Either form of a listed pair, in either language, stands for the English form. */
const ACRONYMS = new Map(ACRONYM_PAIRS.flatMap(([es, en]) => [[es, 'a:' + en] as const, [en, 'a:' + en] as const]))

const PUNCTUATION_KEYS: Record<string, string> = {
  '?': 'p:?',
  '!': 'p:!',
  '"': 'p:"',
  '“': 'p:"',
  '”': 'p:"',
  '«': 'p:"',
  '»': 'p:"',
  ':': 'p::',
  '(': 'p:(',
  '%': 'p:%',
  $: CONCEPTS.es.get('dolar') ?? 'c:dolar',
  '€': 'c:euro',
  '£': CONCEPTS.es.get('libra') ?? 'c:libra'
}

/** Dotted acronyms (EE. UU., U.S., O.N.U.) become one token; spelled-out US forms join the acronym. */
function joinDottedAcronyms(text: string): string {
  return text.replace(/\b(?:\p{Lu}{1,2}\.\s?){2,}/gu, (m) => m.replace(/[.\s]/g, '') + ' ')
}

/*
 * Tokens: a number (digits, groups of three after a separator, a decimal part), a word (letters and
 * marks), or a punctuation mark with a key. Matched with sticky test() and lastIndex rather than
 * exec(), which makes a match array per token (every sentence of every paragraph comes here).
 */
const NUMBER = /\d+(?:[.,\u00a0\u202f]\d{3})*(?:[.,]\d+)?/uy
const WORD = /[\p{L}\p{M}]+/uy
const PUNCTUATION = '?!"“”«»:(%$€£'

/** Calls token(kind, text) for each token of text in order. */
function scanTokens(text: string, token: (kind: 'number' | 'word' | 'punctuation', text: string) => void): void {
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i)
    if (c >= 48 && c <= 57) {
      NUMBER.lastIndex = i
      NUMBER.test(text)
      token('number', text.slice(i, NUMBER.lastIndex))
      i = NUMBER.lastIndex
      continue
    }
    // ASCII letters need no Unicode test; other ASCII characters are never letters or marks.
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 128) {
      WORD.lastIndex = i
      if (WORD.test(text)) {
        token('word', text.slice(i, WORD.lastIndex))
        i = WORD.lastIndex
        continue
      }
    }
    if (PUNCTUATION.includes(text.charAt(i))) token('punctuation', text.charAt(i))
    // A surrogate pair is one character: no token starts inside it.
    const pair = c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00
    i += pair ? 2 : 1
  }
}

/** Significant digits of a number: separators and trailing zeros go, so 9.000 == 9,000 == 9 mil. */
export function numberKey(digits: string): string {
  const significant = digits.replace(/\D/g, '').replace(/^0+/, '').replace(/0+$/, '')
  return '#' + (significant === '' ? '0' : significant)
}

/** A headline in capitals: its words are not acronyms. */
function isShouting(text: string): boolean {
  return text.length > 12 && !/\p{Ll}/u.test(text)
}

export function extractFeatures(text: string, lang: Lang, cache: WordKeys = new Map()): TextFeatures {
  const keys: string[] = []
  const shouting = isShouting(text)
  let previous = ''
  const joined = joinDottedAcronyms(text)
  scanTokens(joined, (kind, token) => {
    if (kind === 'number') {
      keys.push(numberKey(token))
    } else if (kind === 'punctuation') {
      const key = PUNCTUATION_KEYS[token]
      if (key) keys.push(key)
    } else {
      let key = shouting ? undefined : cache.get(token)
      if (key === undefined) {
        key = wordKey(token, lang, shouting)
        if (!shouting) {
          if (cache.size > 200_000) cache.clear()
          cache.set(token, key)
        }
      }
      // "por ciento" / "per cent" is a percent sign, not a hundred.
      if ((token === 'ciento' || token === 'cent') && /^p[oe]r$/i.test(previous)) key = 'p:%'
      if (key !== null) keys.push(key)
      previous = token
      return
    }
    previous = ''
  })
  return { length: text.length, keys }
}

/**
 * Word keys of one language, kept by the caller for one alignment run: a key depends only on the
 * word (and on a headline being in capitals), and prose repeats its words.
 */
export type WordKeys = Map<string, string | null>

function wordKey(word: string, lang: Lang, shouting: boolean): string | null {
  if (!shouting && word.length >= 2 && word.length <= 8 && word === word.toUpperCase() && /\p{Lu}/u.test(word)) {
    const upper = fold(word).toUpperCase()
    return ACRONYMS.get(upper) ?? 'a:' + upper
  }
  const folded = fold(word)
  const value = NUMBER_WORDS.get(folded)
  if (value !== undefined) return numberKey(String(value))
  if (SCALE_WORDS.has(folded)) return null
  if (folded === 'percent') return 'p:%'
  const concept = CONCEPTS[lang].get(folded)
  if (concept) return concept
  if (STOPWORDS[lang].has(folded)) return null
  const cognate = cognateKey(folded, lang)
  return cognate ? 'c:' + cognate : null
}

/** Glossary terms found in a text, as keys shared with the other side's term ('g:<entry index>'). */
export class GlossaryMatcher {
  private readonly byFirstWord = new Map<string, Array<{ words: string[]; key: string }>>()

  constructor(entries: readonly GlossaryEntry[], side: 'source' | 'target') {
    entries.forEach((entry, index) => {
      const words = splitWords(side === 'source' ? entry.source : entry.target)
      const first = words[0]
      if (first === undefined) return
      const list = this.byFirstWord.get(first) ?? []
      list.push({ words, key: 'g:' + index })
      this.byFirstWord.set(first, list)
    })
  }

  get isEmpty(): boolean {
    return this.byFirstWord.size === 0
  }

  keysIn(text: string): string[] {
    if (this.isEmpty) return []
    const words = splitWords(text)
    const keys: string[] = []
    words.forEach((w, i) => {
      for (const term of this.byFirstWord.get(w) ?? []) {
        if (term.words.every((tw, k) => words[i + k] === tw)) keys.push(term.key)
      }
    })
    return keys
  }
}

function splitWords(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? []
}
