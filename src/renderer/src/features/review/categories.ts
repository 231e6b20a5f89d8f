import type { MqmCategory, Severity } from '@core/domain/findings'

/** Categories a reviewer can give a correction, in the MQM typology. */
export const MQM_CATEGORIES: readonly MqmCategory[] = [
  'accuracy/mistranslation',
  'accuracy/omission',
  'accuracy/addition',
  'accuracy/untranslated',
  'terminology/inconsistent-with-termbase',
  'terminology/inconsistent-use',
  'linguistic-conventions/grammar',
  'linguistic-conventions/punctuation',
  'linguistic-conventions/spelling',
  'locale-conventions/number-format',
  'locale-conventions/date-format',
  'design-and-markup/markup',
  'style/awkward',
  'source/error'
]

export const SEVERITY_ORDER: readonly Severity[] = ['critical', 'major', 'minor']

/** The family (first part) of a category: the legend's icon and colour group. */
export function family(category: string): string {
  return category.split('/')[0] ?? category
}

/** Short glyph per family, shown in highlights and in the legend next to the colour. */
export const FAMILY_ICON: Record<string, string> = {
  accuracy: 'A',
  terminology: 'T',
  'linguistic-conventions': 'L',
  'locale-conventions': 'N',
  'design-and-markup': 'M',
  style: 'S',
  source: '§'
}

/** i18n key of a category: the slash becomes a dot-free name. */
export function categoryKey(category: string): string {
  return `categories.${category.replace('/', '__')}`
}
