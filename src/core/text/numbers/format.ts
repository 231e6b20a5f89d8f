/** Writes a value the way a target text writes its numbers, for suggestions. */
import type { Lang } from '../../domain/language'
import type { DecimalStyle } from './numerals'

function group(intDigits: string, sep: string): string {
  return intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, sep)
}

/**
 * English and point-decimal Spanish: 4,000 and 1.5. Comma-decimal Spanish: 4.000 and 1,5. Four-digit
 * integers stay ungrouped in Spanish, as the RAE recommends. `decimals` keeps the digits a text wrote
 * ("812,450.00").
 */
export function formatValue(value: number, lang: Lang, style: DecimalStyle, decimals?: number): string {
  const plain = decimals === undefined ? String(Number(value.toPrecision(12))) : value.toFixed(decimals)
  const [intPart = '0', frac] = plain.split('.')
  const comma = lang === 'es' && style !== 'point'
  const thousands = comma ? '.' : ','
  const decimal = comma ? ',' : '.'
  const grouped = comma && intPart.length <= 4 ? intPart : group(intPart, thousands)
  return frac === undefined ? grouped : `${grouped}${decimal}${frac}`
}
