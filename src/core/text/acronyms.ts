import type { Lang } from '../domain/language'
import { isNameGlue } from './function-words'
import { fold, isAllCaps } from './normalize'
import type { Token } from './tokenize'

/** I to XXXIX: ordinals of events and laws ("VII Cumbre", "Title IV"), not acronyms. */
const ROMAN = /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$/

export function isRomanNumeral(word: string): boolean {
  return ROMAN.test(word)
}

/** "TCDs" -> "TCD", "UN's" -> "UN"; other words unchanged. */
export function acronymBase(word: string): string {
  const bare = word.replace(/['’]s$/, '')
  return /^[\p{Lu}\d&-]{2,}s$/u.test(bare) ? bare.slice(0, -1) : bare
}

/**
 * Whether a token is an acronym: two or more capitals, not a Roman numeral, not inside a run of
 * all-caps words (a headline or a shouted sentence is not a list of acronyms).
 */
export function isAcronymToken(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]
  if (!t || t.isNumber) return false
  const base = acronymBase(t.text)
  if (!isAllCaps(base) || isRomanNumeral(base)) return false
  // Accented capitals spell words ("MÉTODO", "ATENCIÓN"), not acronyms.
  if (!/^\p{Lu}/u.test(base) || /[ÁÉÍÓÚÀÈÌÒÙ]/.test(base)) return false
  const capsRun = (from: number, step: number): number => {
    let n = 0
    for (let j = from; j >= 0 && j < tokens.length && n < 3; j += step) {
      const w = tokens[j] as Token
      if (w.isNumber || !isAllCaps(w.text) || w.text.length < 2) break
      n++
    }
    return n
  }
  return capsRun(i - 1, -1) + capsRun(i + 1, 1) < 2
}

/** Dotted acronyms that the tokenizer splits: "EE. UU.", "EE.UU", "U.S.", "U.N.". */
export const DOTTED_ACRONYM = /(?<![\p{L}.])\p{Lu}{1,2}\.(?: ?\p{Lu}{1,2}\.?)+(?!\p{L})/gu

/** Letters a word gives an acronym: its initial, and the initial of each hyphenated part. */
function initialsOf(word: string): string[] {
  return word
    .split(/[-‐‑]/)
    .filter((p) => p !== '')
    .map((p) => fold(p).charAt(0))
}

/**
 * The words right before `end` (exclusive) whose initials spell `acronym` in order: every content
 * word gives its initial, glue words ("de", "of the") may give theirs or be skipped. Returns the
 * index of the first word, or null. "Organización de los Estados Americanos" spells OEA,
 * "Bank of the Nation" spells BN, "human development index" does not spell IHD.
 */
export function expansionStart(tokens: readonly Token[], end: number, acronym: string, lang: Lang): number | null {
  const letters = fold(acronym).replace(/[^a-z0-9]/g, '')
  if (letters.length < 2) return null
  // Right to left: letter position k still to spell (exclusive end), word position w.
  const solve = (k: number, w: number, used: number): number | null => {
    if (k === 0) return used > 0 ? w + 1 : null
    if (w < 0 || end - 1 - w > letters.length * 3) return null
    const tok = tokens[w] as Token
    if (tok.isNumber) return null
    const glue = isNameGlue(tok.lower, lang)
    if (glue) {
      const skipped = solve(k, w - 1, used)
      if (skipped !== null) return skipped
    }
    const parts = initialsOf(tok.text)
    // A word spells one initial per hyphenated part, or only its first part's initial.
    for (const take of [parts.length, 1]) {
      if (take > k) continue
      const want = letters.slice(k - take, k)
      if (parts.slice(0, take).join('') === want) {
        const r = solve(k - take, w - 1, used + 1)
        if (r !== null) return r
      }
    }
    return null
  }
  return solve(letters.length, end - 1, 0)
}
