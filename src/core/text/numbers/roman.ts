/**
 * Roman numerals, read only where the context makes them numbers: "la VII Cumbre", "fase III",
 * "siglo XXI", "Phase II trial". Uppercase words that merely look Roman ("MIX", "CIVIL", "DC", "MD",
 * the pronoun "I", "IV" for intravenous) must not become numbers.
 */
import type { Lang } from '../../domain/language'
import { fold } from '../normalize'

const VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 }

/** Strict Roman grammar up to 3999 (no "IIII", no "IC"). */
const ROMAN_RE = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/

export function romanValue(token: string): number | null {
  if (token === '' || !ROMAN_RE.test(token)) return null
  let total = 0
  for (let i = 0; i < token.length; i++) {
    const v = VALUES[token[i] as string] as number
    const next = VALUES[token[i + 1] ?? ''] ?? 0
    total += v < next ? -v : v
  }
  return total
}

/**
 * Nouns after which a Roman numeral is an ordinal or an index: "fase III", "Phase III", "tipo 2" is
 * written with digits too. Folded, lowercase.
 */
const CONTEXT_NOUNS: Record<Lang, ReadonlySet<string>> = {
  es: new Set([
    'fase',
    'tipo',
    'grado',
    'etapa',
    'estadio',
    'clase',
    'nivel',
    'siglo',
    'capitulo',
    'titulo',
    'parte',
    'volumen',
    'tomo',
    'anexo',
    'seccion',
    'libro',
    'region',
    'zona',
    'mundial',
    'categoria',
    'edicion',
    'promocion',
    'legislatura',
    'congreso',
    'cumbre',
    'foro',
    'encuentro',
    'simposio'
  ]),
  en: new Set([
    'phase',
    'type',
    'grade',
    'stage',
    'class',
    'level',
    'century',
    'chapter',
    'title',
    'part',
    'volume',
    'annex',
    'appendix',
    'section',
    'book',
    'region',
    'zone',
    'war',
    'category',
    'edition',
    'congress',
    'summit',
    'forum',
    'symposium'
  ])
}

/** Determiners after which "VII Cumbre" / "the VII Summit" reads as an ordinal. */
const DETERMINERS: Record<Lang, ReadonlySet<string>> = {
  es: new Set(['el', 'la', 'los', 'las', 'del', 'al', 'esta', 'este', 'su', 'nuestra', 'nuestro']),
  en: new Set(['the', 'this', 'its', 'our', 'their'])
}

export interface RomanContext {
  lang: Lang
  /** The word before, as written (may be ''). */
  previous: string
  /** The word after, as written (may be ''). */
  next: string
  /** True when the word before or after is itself all capitals (a headline or an acronym run). */
  inCapsRun: boolean
}

const isCapitalized = (w: string): boolean => /^\p{Lu}\p{Ll}/u.test(w)

/**
 * Value of a Roman numeral token in context, or null. Only I, V and X numerals are read (L, C, D, M
 * are too often letters of acronyms); a lone "I" only in Spanish, where it is no pronoun.
 */
export function romanInContext(token: string, ctx: RomanContext): number | null {
  if (!/^[IVX]+$/.test(token) || token.length > 6) return null
  const value = romanValue(token)
  if (value === null || ctx.inCapsRun) return null
  const prev = fold(ctx.previous)
  const afterNoun = CONTEXT_NOUNS[ctx.lang].has(prev)
  if (token === 'I') {
    if (ctx.lang === 'en') return afterNoun && prev !== 'title' ? 1 : null
    return afterNoun || (DETERMINERS.es.has(prev) && isCapitalized(ctx.next)) ? 1 : null
  }
  if (afterNoun) return value
  // "IV fluids" (intravenous) has a lowercase word after: only a capitalized head noun counts.
  if (isCapitalized(ctx.next)) return value
  return DETERMINERS[ctx.lang].has(prev) && ctx.next !== '' && token !== 'IV' ? value : null
}
