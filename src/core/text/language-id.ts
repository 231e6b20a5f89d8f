import type { Lang } from '../domain/language'
import { functionWords } from './function-words'
import { tokenize, type Token } from './tokenize'

export interface LanguageScore {
  /** Words that belong to one language only (function words, characteristic endings), per language. */
  es: number
  en: number
  /** Words looked at. */
  words: number
}

const ES_ONLY = new Set([...functionWords('es')].filter((w) => !functionWords('en').has(w)))
const EN_ONLY = new Set([...functionWords('en')].filter((w) => !functionWords('es').has(w)))

/** Word shapes that only one of the two languages produces. */
const ES_SHAPE = /(?:ción|ciones|sión|mente|idad|idades|ñ|[áéíóú])/
const EN_SHAPE = /(?:tion|tions|ing|ness|ship|^th|w|k)/

const ES_WORD = { es: 1, en: 0 }
const EN_WORD = { es: 0, en: 1 }
const NEITHER = { es: 0, en: 0 }

/** Two set lookups and two short patterns: cheaper than a memo of them (and stateless). */
function wordScore(word: string): { readonly es: number; readonly en: number } {
  if (ES_ONLY.has(word)) return ES_WORD
  if (EN_ONLY.has(word)) return EN_WORD
  if (word.length < 4) return NEITHER
  return { es: ES_SHAPE.test(word) ? 0.5 : 0, en: EN_SHAPE.test(word) ? 0.5 : 0 }
}

/** Scores the given tokens (callers drop names and quotes first). */
export function scoreTokens(tokens: readonly Token[]): LanguageScore {
  const score: LanguageScore = { es: 0, en: 0, words: 0 }
  for (const t of tokens) {
    if (t.isNumber) continue
    const s = wordScore(t.lower)
    score.es += s.es
    score.en += s.en
    score.words++
  }
  return score
}

export function scoreLanguage(text: string): LanguageScore {
  return scoreTokens(tokenize(text))
}

/**
 * The language of a stretch of text, or null when the evidence is thin or mixed. Function words
 * decide: a sentence has several even when its content words are shared names or cognates.
 */
export function identifyLanguage(score: LanguageScore, minEvidence = 3): Lang | null {
  if (score.es >= minEvidence && score.es >= 3 * Math.max(score.en, 0.5)) return 'es'
  if (score.en >= minEvidence && score.en >= 3 * Math.max(score.es, 0.5)) return 'en'
  return null
}
