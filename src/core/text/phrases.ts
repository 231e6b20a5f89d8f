import type { Lang } from '../domain/language'
import { COORDINATORS, isFunctionWord, isNameGlue } from './function-words'
import { isAllCaps, isCapitalized } from './normalize'
import { adjacent, fromTokens, type Token } from './tokenize'

/** A run of tokens: maximal capitalized name, or a piece of one. */
export interface Phrase {
  first: number
  last: number
  start: number
  end: number
  text: string
}

export function phraseOf(text: string, tokens: readonly Token[], first: number, last: number): Phrase {
  const a = tokens[first] as Token
  const b = tokens[last] as Token
  return { first, last, start: a.start, end: b.end, text: text.slice(a.start, b.end) }
}

function isCapToken(t: Token): boolean {
  return !t.isNumber && isCapitalized(t.text)
}

const ARTICLES = new Set(['el', 'la', 'los', 'las', 'the'])

/**
 * Whether glue words tokens[j..k-1] join the name started at `start` to the capitalized tokens[k].
 * They do not after a sentence-initial word ("Llegó a Lima"), around acronyms ("la OEA y la OPS"),
 * or as a conjunction plus article, which opens a new noun phrase ("el Banco y la Red").
 */
function glueMayJoin(tokens: readonly Token[], start: number, j: number, k: number, lang: Lang): boolean {
  const before = tokens[j - 1] as Token
  const after = tokens[k] as Token
  if (j - 1 === start && before.sentenceStart) return false
  if (isAllCaps(before.text) || isAllCaps(after.text)) return false
  const first = (tokens[j] as Token).lower
  const second = tokens[j + 1]?.lower
  return !(COORDINATORS[lang].has(first) && k - j === 2 && second !== undefined && ARTICLES.has(second))
}

/**
 * Maximal capitalized names: capitalized words joined by spaces and by at most two lowercase glue
 * words ("Oficina Nacional de Estadística", "Bank of the West"). A capitalized function word
 * that opens a sentence ("La", "The") is not part of the name it introduces.
 */
export function capitalizedPhrases(text: string, tokens: readonly Token[], lang: Lang): readonly Phrase[] {
  return fromTokens(tokens, PHRASES[lang], () => findPhrases(text, tokens, lang))
}

/**
 * The names of a text are read by several checks (entities, untranslated, consistency...), each
 * several times: kept with its token list (see `fromTokens`), under these keys. Shared, so never
 * mutate them.
 */
const PHRASES: Readonly<Record<Lang, object>> = { es: { phrases: 'es' }, en: { phrases: 'en' } }

function findPhrases(text: string, tokens: readonly Token[], lang: Lang): Phrase[] {
  const phrases: Phrase[] = []
  let i = 0
  while (i < tokens.length) {
    const t = tokens[i] as Token
    if (!isCapToken(t) || (t.sentenceStart && isFunctionWord(t.lower, lang))) {
      i++
      continue
    }
    let last = i
    let j = i + 1
    while (j < tokens.length) {
      const next = tokens[j] as Token
      const prev = tokens[j - 1] as Token
      if (!adjacent(text, prev, next)) break
      if (isCapToken(next)) {
        last = j
        j++
        continue
      }
      // Up to two glue words, then a capitalized word must follow.
      let k = j
      while (
        k < tokens.length &&
        k - j < 2 &&
        isNameGlue((tokens[k] as Token).lower, lang) &&
        !isCapToken(tokens[k] as Token)
      ) {
        if (!adjacent(text, tokens[k - 1] as Token, tokens[k] as Token)) break
        k++
      }
      const after = tokens[k]
      if (
        k > j &&
        after &&
        isCapToken(after) &&
        adjacent(text, tokens[k - 1] as Token, after) &&
        glueMayJoin(tokens, i, j, k, lang)
      ) {
        last = k
        j = k + 1
        continue
      }
      break
    }
    phrases.push(phraseOf(text, tokens, i, last))
    i = last + 1
  }
  return phrases
}

/** Tokens of a phrase that carry meaning (not glue). */
export function contentTokens(tokens: readonly Token[], phrase: { first: number; last: number }, lang: Lang): Token[] {
  const out: Token[] = []
  for (let i = phrase.first; i <= phrase.last; i++) {
    const t = tokens[i] as Token
    if (!isNameGlue(t.lower, lang) && !t.isNumber) out.push(t)
  }
  return out
}
