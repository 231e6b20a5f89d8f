/** Character-level normalization shared by the term and entity checks. */

const COMBINING_MARKS = /[\u0300-\u036f]/g

// eslint-disable-next-line no-control-regex -- the ASCII range is the point
const ASCII = /^[\x00-\x7f]*$/

/** Plain ASCII: most words of a text; their lowercase is their folded form, no Unicode work needed. */
export const isAscii = (text: string): boolean => ASCII.test(text)

/** Lowercase without diacritics: "Begoña" -> "begona", "Ñandú" -> "nandu". Most words are ASCII and skip normalization. */
export function fold(text: string): string {
  return isAscii(text) ? text.toLowerCase() : text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase()
}

/** Lowercase, accents kept (accents can change meaning: "secretaria" vs "secretaría"). */
export function lower(text: string): string {
  return isAscii(text) ? text.toLowerCase() : text.normalize('NFC').toLowerCase()
}

/** Folded form without hyphens and apostrophes, for comparing "Inter-American" with "interamericano". */
export function squash(text: string): string {
  return fold(text).replace(/[-'’‐‑]/g, '')
}

export function hasLetter(text: string): boolean {
  return /\p{L}/u.test(text)
}

/** First character is an uppercase letter. Hot path: plain case mapping, no Unicode regex. */
export function isCapitalized(word: string): boolean {
  return capitalAt(word, 0)
}

/** The character at `i` is a capital (one that lowercasing changes); ASCII is read by its code. */
export function capitalAt(word: string, i: number): boolean {
  const c = word.charCodeAt(i)
  if (c < 128) return c >= 65 && c <= 90
  const ch = word.charAt(i)
  return ch !== ch.toLowerCase()
}

/** Two or more letters, all of them uppercase ("BID", "COVID-19", "EE.UU"). */
export function isAllCaps(word: string): boolean {
  const first = word.charCodeAt(0)
  if (first >= 97 && first <= 122) return false // a lowercase ASCII initial, most words
  if (word !== word.toUpperCase() || word === word.toLowerCase()) return false
  let letters = 0
  for (const ch of word) if (ch !== ch.toLowerCase() && ++letters >= 2) return true
  return false
}

/** An uppercase letter after the first one ("iPhone", "McDonald", "SARS-CoV"): brand or name, never a dictionary word. */
export function hasInnerCapital(word: string): boolean {
  return /.\p{Lu}/u.test(word) && !isAllCaps(word)
}

/** Levenshtein distance; small words only (callers cap lengths). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0
  if (a.length === 0) return b.length
  if (b.length === 0) return a.length
  let prev = new Array<number>(b.length + 1)
  let cur = new Array<number>(b.length + 1)
  for (let j = 0; j <= b.length; j++) prev[j] = j
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1
      cur[j] = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost)
    }
    ;[prev, cur] = [cur, prev]
  }
  return prev[b.length] as number
}

/** 1 for identical strings, 0 for nothing in common. */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length)
  return longest === 0 ? 1 : 1 - editDistance(a, b) / longest
}

/** The same letters in any order ("IC" / "CI", "fro" / "for"). */
export function sameLetters(a: string, b: string): boolean {
  return a.length === b.length && [...a].sort().join('') === [...b].sort().join('')
}
