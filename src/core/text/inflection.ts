import type { Lang } from '../domain/language'
import type { Token } from './tokenize'
import { factsOf } from './word-forms'

/**
 * Light inflection: reduces number (and Spanish gender) so a term matches its inflected forms
 * ("oficinas de enlace regionales" contains "oficina de enlace"; "desks" is "desk").
 * Deliberately weaker than a stemmer: it must not merge different words of a termbase. Accents are
 * kept except where the plural itself moves them ("nación" / "naciones").
 */
export function inflectionKey(word: string, lang: Lang): string {
  return lang === 'es' ? spanishKey(word) : englishKey(word)
}

/** `inflectionKey` of a token's lowercase form, worked out once per spelling. */
export function lowerKey(t: Token, lang: Lang): string {
  const facts = factsOf(t.form, lang)
  return (facts.lowerKey ??= inflectionKey(t.lower, lang))
}

/** `inflectionKey` of a token's folded form (no accents): how renderings are compared. */
export function foldKey(t: Token, lang: Lang): string {
  const facts = factsOf(t.form, lang)
  return (facts.foldKey ??= inflectionKey(t.fold, lang))
}

const VOWEL = /[aeiouáéíóú]/

function spanishKey(w: string): string {
  if (w.length <= 3) return w
  let s = w
  if (s.endsWith('iones')) s = s.slice(0, -5) + 'ión'
  else if (s.endsWith('ces') && s.length > 4) s = s.slice(0, -3) + 'z'
  else if (s.endsWith('es') && s.length > 4 && !VOWEL.test(s.charAt(s.length - 3))) s = s.slice(0, -2)
  // Only after an unstressed vowel: "país" and "compás" are singular.
  else if (s.endsWith('s') && /[aeiou]/.test(s.charAt(s.length - 2))) s = s.slice(0, -1)
  // Gender and the vowel a plural leaves: "nuevo/nueva", "parte/partes" -> one key.
  if (s.length > 3 && /[aoe]$/.test(s)) s = s.slice(0, -1)
  return s
}

function englishKey(w: string): string {
  const s = w.replace(/['’]s$/, '').replace(/s['’]$/, 's')
  if (s.length <= 3) return s
  if (s.endsWith('ies') && s.length > 4) return s.slice(0, -3) + 'y'
  if (/(?:ss|sh|ch|x|z)es$/.test(s)) return s.slice(0, -2)
  if (s.endsWith('s') && !/(?:ss|us|is)$/.test(s)) return s.slice(0, -1)
  return s
}
