/**
 * A language tag as people read it, in the UI's language ('nl-NL' → "Dutch (Netherlands)" in
 * English, "neerlandés (Países Bajos)" in Spanish); the tag itself when the platform has no name.
 */
export function languageName(tag: string, uiLanguage: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'language', fallback: 'code' }).of(tag) ?? tag
  } catch {
    // Not a tag Intl accepts (a database written by hand): show it as stored.
    return tag
  }
}
