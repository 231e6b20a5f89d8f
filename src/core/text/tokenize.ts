import { FNV_OFFSET, hashStep } from '../collections/fnv'
import { getOrMake } from '../collections/multimap'
import { stopEndsSentence } from './sentences'
import type { TextAnalyzer } from './analyzer'
import { FormTable, type WordForm } from './word-forms'

export interface Token {
  /** Position among the tokens of the text. */
  index: number
  text: string
  start: number
  end: number
  /** Lowercase, accents kept. */
  lower: string
  /** Lowercase, accents removed. */
  fold: string
  /** Digits only (with separators): "2021", "9,000". */
  isNumber: boolean
  /** First word of a sentence (or after a colon): its capital letter says nothing about it being a name. */
  sentenceStart: boolean
  /** The spelling's shared record: per-word facts are worked out once per spelling. */
  form: WordForm
  /** What was worked out from the token list this token belongs to (see `fromTokens`). */
  list: TokenList
}

/** One token list's memo, shared by its tokens: it lives exactly as long as the list. */
class TokenList {
  values: Map<object, unknown> | undefined = undefined
  constructor(readonly tokens: readonly Token[]) {}
}

/**
 * `make()`, worked out once per token list made by `tokenize` (its names, its term keys, its
 * words): the checks that read one text share it, and it goes when the list goes. `key` names the
 * kind of result (a constant of the module that asks); a list cut out of another is not memoized.
 */
export function fromTokens<T>(tokens: readonly Token[], key: object, make: () => T): T {
  const list = tokens[0]?.list
  if (list === undefined || list.tokens !== tokens) return make()
  return getOrMake((list.values ??= new Map()), key, make) as T
}

/**
 * What a token is: letters/digits, joined by inner hyphens or apostrophes ("Inter-American",
 * "Covid-19", "people's"). `scan` reads exactly these without the pattern; tests hold it to it.
 */
export const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’‐‑][\p{L}\p{M}\p{N}]+)*/gu

/** Opening punctuation skipped when looking back for a sentence boundary, by character code. */
const OPENERS = new Set(
  [' ', '\t', '\n', '\u00a0', '"', '“', '‘', "'", '«', '(', '[', '¿', '¡', '—', '–', '-', '*', '•'].map((c) =>
    c.charCodeAt(0)
  )
)
const BOUNDARIES = new Set(['.', '!', '?', '…', ':'].map((c) => c.charCodeAt(0)))
const NEWLINE = 10
const FULL_STOP = 46

function isSentenceStart(text: string, start: number): boolean {
  let i = start - 1
  while (i >= 0 && OPENERS.has(text.charCodeAt(i))) {
    if (text.charCodeAt(i) === NEWLINE && text.charCodeAt(i - 1) === NEWLINE) return true
    i--
  }
  if (i < 0) return true
  const ch = text.charCodeAt(i)
  if (!BOUNDARIES.has(ch)) return false
  if (ch !== FULL_STOP) return true
  // "Dr. Pérez", "J. Pérez", "3.5": the sentence splitter decides whether the stop ends a sentence.
  return stopEndsSentence(text, i)
}

/**
 * The tokens of `text`. Pass the job's analyzer (`ctx.cache.text`): it keeps the token lists of the
 * texts it read lately and one record per spelling, so the checks that tokenize a paragraph one
 * after another share the work. Without one, the text is scanned on its own (for one-off texts such
 * as glossary terms). Token arrays may be shared: callers must never mutate them.
 */
export function tokenize(text: string, analyzer?: TextAnalyzer): Token[] {
  return analyzer ? analyzer.tokenize(text) : scan(text, new FormTable())
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u

/** Letters, marks and digits (what `WORD` joins) of the Basic Multilingual Plane: 1 by code unit. */
const BMP_WORD_CHARS = ((): Uint8Array => {
  const table = new Uint8Array(65536)
  for (let c = 0; c < 65536; c++) if ((c < 0xd800 || c > 0xdfff) && WORD_CHAR.test(String.fromCharCode(c))) table[c] = 1
  return table
})()

/** Code units taken by the word character at `i` (2 for one outside the BMP), 0 if it is none. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = text.codePointAt(i) as number
    return cp > 0xffff && WORD_CHAR.test(String.fromCodePoint(cp)) ? 2 : 0
  }
  return BMP_WORD_CHARS[c] as number
}

/** Inner hyphens and apostrophes of `WORD`: - ' ’ ‐ ‑ */
const isJoiner = (c: number): boolean => c === 45 || c === 39 || c === 0x2019 || c === 0x2010 || c === 0x2011

/**
 * Hot path (every paragraph of a project): the words `WORD` matches, read character by character
 * and hashed on the way, so a spelling seen before (in `forms`) is found without cutting it out of
 * the text.
 */
export function scan(text: string, forms: FormTable): Token[] {
  const tokens: Token[] = []
  const list = new TokenList(tokens)
  const n = text.length
  let i = 0
  while (i < n) {
    let width = wordCharAt(text, i)
    if (width === 0) {
      i++
      continue
    }
    const start = i
    let hash = FNV_OFFSET
    for (;;) {
      while (width > 0) {
        hash = hashStep(hash, text.charCodeAt(i))
        if (width === 2) hash = hashStep(hash, text.charCodeAt(i + 1))
        i += width
        width = i < n ? wordCharAt(text, i) : 0
      }
      // A joiner continues the word only when a word character follows it.
      if (i + 1 < n && isJoiner(text.charCodeAt(i))) {
        const next = wordCharAt(text, i + 1)
        if (next > 0) {
          hash = hashStep(hash, text.charCodeAt(i))
          i++
          width = next
          continue
        }
      }
      break
    }
    const form = forms.formAt(text, start, i, hash)
    // Strings come from the spelling's record: cached tokens do not keep a copy each.
    tokens.push({
      index: tokens.length,
      text: form.text,
      start,
      end: i,
      lower: form.lower,
      fold: form.fold,
      isNumber: form.isNumber,
      sentenceStart: isSentenceStart(text, start),
      form,
      list
    })
  }
  return tokens
}

/** One plain space between two tokens, as between most words: tested without slicing the text. */
export function oneSpaceApart(text: string, left: Token, right: Token): boolean {
  return right.start - left.end === 1 && text.charCodeAt(left.end) === 32
}

/** True when only spaces separate two tokens (no comma, bracket or sentence stop in between). */
export function adjacent(text: string, left: Token, right: Token): boolean {
  if (oneSpaceApart(text, left, right)) return true
  return /^[\s\u00a0]*$/.test(text.slice(left.end, right.start))
}

/** The text between two tokens. */
export function between(text: string, left: Token, right: Token): string {
  return text.slice(left.end, right.start)
}
