import type { Lang } from '../domain/language'

/**
 * Spelling dictionaries. Loaded by Node code (main process, CLI) and injected: checks never read
 * files. Absent in contexts without dictionaries; checks that need it then report nothing.
 */
export interface SpellService {
  /** True when the word, as written, is spelled correctly in the language. */
  check(word: string, lang: Lang): boolean
  /** Corrections, best first. Slow: call it only for words already found misspelled. */
  suggest?(word: string, lang: Lang): string[]
  /**
   * True when the dictionary accepts any of the words. Not cached: for probing many generated
   * candidates without evicting the words of the text from `check`'s cache.
   */
  knowsAny?(words: readonly string[], lang: Lang): boolean
}
