/** Small text utilities for the checks that read words and paragraphs. */
import { fold } from '../normalize'
import type { TextAnalyzer } from '../analyzer'
import { fromTokens, type Token } from '../tokenize'
import { PARAGRAPH_JOINER } from '../../domain/document'

export interface TextRange {
  start: number
  end: number
  text: string
}

/** The paragraphs of a bead's joined text, with their offsets in it. */
export function paragraphRanges(joined: string): TextRange[] {
  const out: TextRange[] = []
  let offset = 0
  for (const part of joined.split(PARAGRAPH_JOINER)) {
    out.push({ start: offset, end: offset + part.length, text: part })
    offset += part.length + PARAGRAPH_JOINER.length
  }
  return out
}

const WORD_RE = /\p{L}+(?:['’-]\p{L}+)*/gu
const PLAIN_WORD = /^\p{L}+(?:['’-]\p{L}+)*$/u

/**
 * Words (letters, with inner hyphens and apostrophes) and their offsets. Shared result: do not
 * mutate. With the job's analyzer, read off its tokens, which are a superset of words (letters,
 * digits and marks joined the same way): a token of letters only is a word as it stands, any other
 * holds its words inside, so the text is scanned once for every check. Without one, the text is
 * matched on its own: every word lies inside one token, so the result is the same.
 */
export function words(text: string, analyzer?: TextAnalyzer): readonly TextRange[] {
  if (!analyzer) return wordsIn(text, 0, [])
  const tokens = analyzer.tokenize(text)
  return fromTokens(tokens, wordsOf, () => wordsOf(tokens))
}

function wordsIn(text: string, offset: number, into: TextRange[]): TextRange[] {
  WORD_RE.lastIndex = 0
  for (let m = WORD_RE.exec(text); m; m = WORD_RE.exec(text))
    into.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0] })
  return into
}

function wordsOf(tokens: readonly Token[]): readonly TextRange[] {
  let list: TextRange[] | undefined
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    if ((t.form.plainWord ??= PLAIN_WORD.test(t.text))) {
      list?.push(t)
      continue
    }
    wordsIn(t.text, t.start, (list ??= tokens.slice(0, i)))
  }
  return list ?? tokens
}

export const isCapitalized = (w: string): boolean => /^\p{Lu}(?:\p{Ll}|['’-])/u.test(w)
export const isAllCaps = (w: string): boolean => /^\p{Lu}[\p{Lu}\d-]*$/u.test(w) && w.length > 1

/** First letters shared by two folded words. */
export function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length)
  let i = 0
  while (i < n && a[i] === b[i]) i++
  return i
}

/** Whether a lowercase ASCII letter is followed by itself somewhere in `f` (what `([a-z])\1` needs). */
function hasDoubledLetter(f: string): boolean {
  for (let i = 1; i < f.length; i++) {
    const c = f.charCodeAt(i)
    if (c === f.charCodeAt(i - 1) && c >= 97 && c <= 122) return true
  }
  return false
}

/** The last letter a word may lose to `(ic|iv|ari|os)[oa]s?$`: "o", "a" or "s". */
function mayEndInGender(f: string): boolean {
  const c = f.charCodeAt(f.length - 1)
  return c === 111 || c === 97 || c === 115
}

/**
 * Spanish spellings mapped to their English shape, applied in order to both words before comparing.
 * Each rule has a cheap test that holds whenever its pattern could match: most words match none of
 * them, and the test spares the pattern (this runs for every pair of name words a check compares).
 */
const SPELLING: [RegExp, string, (f: string) => boolean][] = [
  [/ph/g, 'f', (f) => f.includes('ph')],
  [/th/g, 't', (f) => f.includes('th')],
  [/y/g, 'i', (f) => f.includes('y')],
  [/([a-z])\1/g, '$1', hasDoubledLetter],
  [/ci(?=[aeo])/g, 'ti', (f) => f.includes('ci')],
  [/^es(?=[ptc])/, 's', (f) => f.startsWith('es')],
  [/cional(es)?$/, 'tional', (f) => f.includes('cional')],
  [/cion(es)?$/, 'tion', (f) => f.includes('cion')],
  [/dad(es)?$/, 'ty', (f) => f.includes('dad')],
  [/(ic|iv|ari|os)[oa]s?$/, '$1', mayEndInGender],
  [/ncias?$/, 'nce', (f) => f.includes('ncia')],
  [/mente$/, 'ly', (f) => f.endsWith('mente')],
  [/er$/, 're', (f) => f.endsWith('er')]
]

/**
 * A word spelled the English way, for cognate comparison and indexing. Worked out again per call:
 * the anchoring words keep it on their spelling's record, and the other callers compare names only.
 */
export function cognateForm(w: string): string {
  let f = fold(w)
  for (const [re, to, may] of SPELLING) if (may(f)) f = f.replace(re, to)
  return f
}

/**
 * Cognates across Spanish and English by spelling: "impacto"/"impact", "detección"/"detection",
 * "nacional"/"national". Words sharing most of the shorter one's letters once spelled alike.
 */
export function isCognate(a: string, b: string, strict = false): boolean {
  return cognateForms(cognateForm(a), cognateForm(b), strict)
}

/** `isCognate` for words already in their `cognateForm`. */
export function cognateForms(fa: string, fb: string, strict = false): boolean {
  const shorter = Math.min(fa.length, fb.length)
  if (shorter < 4) return fa === fb
  const p = commonPrefix(fa, fb)
  // Strict: the same word up to its last letter ("impacto"/"impact"), not a relative
  // ("organizada"/"organization").
  if (strict) return p >= shorter - 1
  return p >= Math.min(shorter, Math.max(4, Math.ceil(0.75 * shorter)))
}
