/** The languages Cotejo reviews and the two sides of a translation. */
export type Lang = 'es' | 'en'
export type Side = 'source' | 'target'

export const LANGS: readonly Lang[] = ['es', 'en']
