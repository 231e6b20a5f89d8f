/**
 * Language tags as CAT files write them, made BCP 47 without changing what they say: `EN-US` is
 * `en-US`, a well-formed oddity such as `en-EN` stays, and a file that names no language has none
 * (null), never a guess.
 */

/** Canonical form of a tag from a file; the trimmed text when it is not a tag; null when absent or `*all*`. */
export function canonicalLang(raw: string | undefined | null): string | null {
  const tag = raw?.trim() ?? ''
  if (tag === '' || tag === '*all*') return null
  try {
    return Intl.getCanonicalLocales(tag.replace(/_/g, '-'))[0] ?? tag
  } catch {
    return tag
  }
}

/** Whether two tags name the same language as written (case and `_`/`-` aside). */
export function sameLang(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a.toLowerCase().replace(/_/g, '-') === b.toLowerCase().replace(/_/g, '-')
}
