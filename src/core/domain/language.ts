/**
 * Languages. A document carries the languages its file says, as canonical BCP 47 tags
 * (`LanguageTag`: 'nl-NL', 'es-419', 'ja'); `Lang` is narrower: the two languages Cotejo analyses
 * deeply (its lexicons, spellers, name and negation rules). The deep checks run only when a
 * document's tags map to Spanish and English (`analysisLang`); every other pair gets the checks that
 * read no language.
 */

/** The languages Cotejo reviews in depth and the two sides of a translation. */
export type Lang = 'es' | 'en'
export type Side = 'source' | 'target'

export const LANGS: readonly Lang[] = ['es', 'en']

/** A canonical BCP 47 tag (as `Intl.getCanonicalLocales` writes it). Every `Lang` is one. */
export type LanguageTag = string

/** Longest tag stored (RFC 5646 asks implementations to accept at least 35 characters). */
export const MAX_TAG_LENGTH = 35

/**
 * The canonical form of a language tag ('EN_us' → 'en-US', 'iw' → 'he'), or null when it is not
 * a well-formed tag. Underscores, as some tools write them, read as hyphens.
 */
export function canonicalTag(input: string): LanguageTag | null {
  const tag = input.trim().replace(/_/g, '-')
  if (tag === '' || tag.length > MAX_TAG_LENGTH) return null
  try {
    const [canonical] = Intl.getCanonicalLocales(tag)
    return canonical ?? null
  } catch {
    // RangeError: not a well-formed tag.
    return null
  }
}

/** The tag's language subtag in lower case: 'es-PE' → 'es'. */
export function primaryLanguage(tag: LanguageTag): string {
  return (tag.split('-')[0] ?? '').toLowerCase()
}

/** The language Cotejo analyses for a tag ('es-PE' → 'es'), or null when it has no deep analysis ('nl-NL'). */
export function analysisLang(tag: LanguageTag): Lang | null {
  const primary = primaryLanguage(tag)
  return primary === 'es' || primary === 'en' ? primary : null
}

/** True when the deep, Spanish↔English checks apply: one side is Spanish and the other English. */
export function isSpanishEnglish(sourceTag: LanguageTag, targetTag: LanguageTag): boolean {
  const s = analysisLang(sourceTag)
  const t = analysisLang(targetTag)
  return s !== null && t !== null && s !== t
}

/**
 * The conventions the language-independent checks read a text with (how numbers are written,
 * sentence ends): the tag's own analysis language, else the one whose decimal mark the language
 * shares ('nl', 'de', 'fr' write 1,5 as Spanish does; 'ja', 'zh' write 1.5 as English does).
 */
export function conventionLang(tag: LanguageTag): Lang {
  const own = analysisLang(tag)
  if (own) return own
  let decimal = '.'
  try {
    decimal = new Intl.NumberFormat(tag).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.'
  } catch {
    // A tag the platform has no data for: English conventions.
  }
  return decimal === ',' ? 'es' : 'en'
}

/** Both sides' conventions (`conventionLang`), for code that reads text with a `Lang`. */
export function conventionLangs(tags: { sourceLang: LanguageTag; targetLang: LanguageTag }): {
  sourceLang: Lang
  targetLang: Lang
} {
  return { sourceLang: conventionLang(tags.sourceLang), targetLang: conventionLang(tags.targetLang) }
}
