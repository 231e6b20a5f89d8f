import { formOf, type WordForm } from './word-forms'

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
}

/** Letters/digits, joined by inner hyphens or apostrophes ("Inter-American", "Covid-19", "people's"). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’‐‑][\p{L}\p{M}\p{N}]+)*/gu

/** Opening punctuation skipped when looking back for a sentence boundary. */
const OPENERS = new Set([
  ' ',
  '\t',
  '\n',
  '\u00a0',
  '"',
  '“',
  '‘',
  "'",
  '«',
  '(',
  '[',
  '¿',
  '¡',
  '—',
  '–',
  '-',
  '*',
  '•'
])
const BOUNDARIES = new Set(['.', '!', '?', '…', ':'])

/** Abbreviations after which a full stop does not end the sentence. */
const ABBREVIATIONS = new Set(
  'dr dra sr sra srta lic ing arq abg mr mrs ms st no nº núm num art arts av jr prof gral cnel sgto etc vs pág pp approx dept'.split(
    ' '
  )
)

function isSentenceStart(text: string, start: number): boolean {
  let i = start - 1
  while (i >= 0 && OPENERS.has(text[i] as string)) {
    if (text[i] === '\n' && text[i - 1] === '\n') return true
    i--
  }
  if (i < 0) return true
  const ch = text[i] as string
  if (!BOUNDARIES.has(ch)) return false
  if (ch !== '.') return true
  // "Dr. Pérez", "J. Pérez": the stop belongs to an abbreviation or an initial.
  let j = i - 1
  while (j >= 0 && /[\p{L}]/u.test(text[j] as string)) j--
  const before = text.slice(j + 1, i)
  if (/^\p{Lu}$/u.test(before)) return false
  return !ABBREVIATIONS.has(before.toLowerCase())
}

/**
 * Several checks tokenize the same paragraphs one after another: a bounded cache keyed by the text
 * saves the work. Two generations: when the young one fills up it becomes the old one, so a
 * project slightly larger than the limit does not empty the cache at every pass. Token arrays are
 * shared, so callers must never mutate them.
 */
const GENERATION = 20_000
let young = new Map<string, Token[]>()
let old = new Map<string, Token[]>()

export function tokenize(text: string): Token[] {
  const hit = young.get(text) ?? old.get(text)
  if (hit) {
    if (!young.has(text)) remember(text, hit)
    return hit
  }
  const tokens = scan(text)
  remember(text, tokens)
  return tokens
}

function remember(text: string, tokens: Token[]): void {
  if (young.size >= GENERATION) {
    old = young
    young = new Map()
  }
  young.set(text, tokens)
}

/** Hot path (every paragraph of a project): each spelling is lowercased and folded once. */
function scan(text: string): Token[] {
  const tokens: Token[] = []
  WORD.lastIndex = 0
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const start = m.index
    const word = m[0]
    const form = formOf(word)
    // Strings come from the spelling's record: cached tokens do not keep a copy each.
    tokens.push({
      index: tokens.length,
      text: form.text,
      start,
      end: start + word.length,
      lower: form.lower,
      fold: form.fold,
      isNumber: form.isNumber,
      sentenceStart: isSentenceStart(text, start),
      form
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
