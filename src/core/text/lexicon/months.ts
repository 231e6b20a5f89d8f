/** Month names, folded to lowercase without accents, to their number. */
import type { Lang } from '../../domain/language'

const ES = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre'
]
const EN = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december'
]

const MONTHS: Record<Lang, ReadonlyMap<string, number>> = {
  es: new Map([...ES.map((m, i): [string, number] => [m, i + 1]), ['setiembre', 9]]),
  en: new Map([
    ...EN.map((m, i): [string, number] => [m, i + 1]),
    ...['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'].map(
      (m): [string, number] => [m, EN.findIndex((full) => full.startsWith(m.slice(0, 3))) + 1]
    )
  ])
}

export function monthNumber(word: string, lang: Lang): number | undefined {
  return MONTHS[lang].get(word.toLowerCase())
}

export function monthWords(lang: Lang): Iterable<string> {
  return MONTHS[lang].keys()
}
