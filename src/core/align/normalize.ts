/**
 * Orthographic normalization that brings Spanish and English cognates to one spelling
 * (financiero/financial, sistema/system, teléfono/telephone, comité/committee, nación/nation),
 * so a shared prefix can serve as a language-neutral key.
 */

/** Spelling rules shared by both languages: digraphs and letters that differ only in spelling. */
export function cognateSpelling(folded: string): string {
  return (
    folded
      .replace(/ph/g, 'f')
      .replace(/th/g, 't')
      .replace(/ch/g, 'c')
      .replace(/k/g, 'c')
      .replace(/y/g, 'i')
      // proyecto/project, mayor/major; b and v sound alike in Spanish (móvil/mobile).
      .replace(/j/g, 'i')
      .replace(/v/g, 'b')
      .replace(/t(?=i[aeou])/g, 'c')
      .replace(/([a-z])\1/g, '$1')
  )
}

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
