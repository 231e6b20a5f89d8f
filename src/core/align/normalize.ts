/**
 * Orthographic normalization that brings Spanish and English cognates to one spelling
 * (financiero/financial, sistema/system, teléfono/telephone, comité/committee, nación/nation),
 * so a shared prefix can serve as a language-neutral key.
 */

/** Spelling rules shared by both languages: digraphs and letters that differ only in spelling. */
export function cognateSpelling(folded: string): string {
  // Three passes over the letters, not nine replace() calls: every word not yet cached comes here.
  // ph, th, ch lose their h (ph -> f), judged on the word as written: a k before an h is no ch.
  let digraphs = ''
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charAt(i)
    if ((c === 'p' || c === 't' || c === 'c') && folded.charAt(i + 1) === 'h') {
      digraphs += c === 'p' ? 'f' : c
      i++
    } else digraphs += c
  }
  // k -> c, y -> i; proyecto/project, mayor/major (j -> i); b and v sound alike in Spanish (móvil/mobile).
  let letters = ''
  for (let i = 0; i < digraphs.length; i++) letters += LETTER_SPELLING[digraphs.charAt(i)] ?? digraphs.charAt(i)
  // t before i + vowel sounds like c (nation/nación), then doubled letters count once.
  let out = ''
  let previous = ''
  for (let i = 0; i < letters.length; i++) {
    let c = letters.charAt(i)
    if (c === 't' && letters.charAt(i + 1) === 'i' && 'aeou'.includes(letters.charAt(i + 2) || '-')) c = 'c'
    if (c === previous && c >= 'a' && c <= 'z') {
      // A pair of one letter counts once; a third starts a new pair (as /([a-z])\1/g does).
      previous = ''
      continue
    }
    out += c
    previous = c
  }
  return out
}

const LETTER_SPELLING: Readonly<Record<string, string>> = { k: 'c', y: 'i', j: 'i', v: 'b' }

/** Spanish adds an e before s + consonant where English starts with s (estrategia/strategy). */
function dropProstheticE(word: string, lang: 'es' | 'en'): string {
  return lang === 'es' && /^es[bcdfgklmnpqrtvw]/.test(word) ? word.slice(1) : word
}

/** Four letters: longer prefixes lose pairs like parte/part, shorter ones match too much by chance. */
export const COGNATE_PREFIX = 4

/** The key two cognates share, or null for a word too short to compare by spelling. */
export function cognateKey(folded: string, lang: 'es' | 'en'): string | null {
  const spelled = cognateSpelling(dropProstheticE(folded, lang))
  if (spelled.length < 4) return null
  return spelled.slice(0, COGNATE_PREFIX)
}
