import type { NumeralReading } from './numerals'

export type MentionKind = 'number' | 'percent' | 'ordinal' | 'year' | 'time' | 'month' | 'roman' | 'word'

/** A currency named next to an amount. '$' alone is any dollar or peso. */
export type Currency = 'PEN' | 'USD' | 'EUR' | 'GBP' | 'MXN' | 'COP' | 'CLP' | 'ARS' | '$'

/** One number as written in a text, with every value it can stand for. */
export interface NumberMention {
  start: number
  end: number
  text: string
  kind: MentionKind
  /**
   * Normalized readings: 'n:9000' for numbers, 't:15:00' for clock times, 'm:11' for months. Two
   * mentions match when they share a key, so "4 mil" (n:4000) matches "4,000" and an ambiguous
   * "9,000" (n:9000, n:9) matches either reading.
   */
  keys: string[]
  /**
   * Digits and large scale words are hard: reported when they have no counterpart. Number words,
   * code parts ("COVID-19") and list markers are soft: they match, but are never reported alone.
   */
  hard: boolean
  /** A word that can render a number without being one ("a", "both", "ambos"): only absorbs. */
  standIn?: boolean
  currency?: Currency
  /** The digits as written and how they read, for the number-format check. */
  numeral?: { raw: string; start: number; reading: NumeralReading }
}

/** Key for a numeric value; rounding hides floating-point noise (1.5 * 1e6). */
export function numberKey(v: number): string {
  return `n:${Number(v.toPrecision(12))}`
}

export function sharesKey(a: NumberMention, b: NumberMention): boolean {
  return a.keys.some((k) => b.keys.includes(k))
}
