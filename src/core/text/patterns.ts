/**
 * Compiled term and name patterns: what terms.ts compiles and mentions.ts indexes. Apart from both
 * so that word-forms can hold a spelling's name patterns without importing the matchers (which
 * import word-forms).
 */
import type { Lang } from '../domain/language'

export interface TermOptions {
  /** Default false: accents matter ("secretaria" is not "secretaría"). */
  accentInsensitive?: boolean
  /** Default false: case is ignored, except in acronyms, which always match case. */
  caseSensitive?: boolean
}

export interface TermWord {
  text: string
  key: string
  /** All-caps words ("BID", "PCM") match only themselves, in capitals. */
  acronym: boolean
}

export interface TermPattern {
  source: string
  lang: Lang
  words: TermWord[]
  options: TermOptions
}

export interface NamePattern {
  id: string
  pattern: TermPattern
  weak: boolean
}
