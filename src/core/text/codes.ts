import type { Lang } from '../domain/language'
import { KNOWN_ENTITIES } from './entity-map'
import type { Token } from './tokenize'

/** An identifier made of capitals and digits: a disease, gene, drug, scale, model or standard. */
export interface CodeMention {
  start: number
  end: number
  text: string
  /** Capitals and digits only ("COVID19"): how codes are compared. */
  key: string
  letters: string
  digits: string
}

const DIGIT = /\p{N}/u
/** What a code's comparison key keeps: letters and digits, whatever their script or width. */
const NOT_KEY = /[^\p{L}\p{N}]/gu
/** A word and a year ("Mundiales-2009", "Euro-2009"): an edition of an event, named in words. */
const NAME_AND_YEAR = /^\p{Lu}\p{Ll}+[-‐‑](?:19|20)\d\d$/u
/** A chemical formula of the commonest elements ("CO2", "H2O", "NO2"): often written out in words. */
const FORMULA = /^(?:[CHONS]\d?)+$/

/** A code a translation may write out in words ("impuesto al CO2" / "carbon tax"). */
export const mayBeSpelledOut = (code: CodeMention): boolean => FORMULA.test(code.key)

/**
 * Codes of a text: words that open with a capital and hold a digit ("COVID-19", "CTLA-4", "SF-36",
 * "H1N1", "PD-L1", "A320", "CO₂"). Codes are copied across languages, so each should be found on
 * the other side as it is.
 */
export function findCodes(tokens: readonly Token[]): CodeMention[] {
  const out: CodeMention[] = []
  for (const t of tokens) {
    const first = t.text.charAt(0)
    if (first === first.toLowerCase() || !DIGIT.test(t.text) || NAME_AND_YEAR.test(t.text)) continue
    const key = t.text.normalize('NFKC').toUpperCase().replace(NOT_KEY, '')
    out.push({
      start: t.start,
      end: t.end,
      text: t.text,
      key,
      letters: key.replace(/\p{N}/gu, ''),
      digits: key.replace(/\P{N}/gu, '')
    })
  }
  return out
}

/** Letters and digits of a whole text, for finding a code written apart ("COVID 19"). */
export function squashedText(text: string): string {
  return text.normalize('NFKC').toUpperCase().replace(NOT_KEY, '')
}

/** Acronyms of one language and their counterparts in the other ("VIH" / "HIV"), from the built-in map. */
const counterparts: ReadonlyMap<string, ReadonlySet<string>> = ((): Map<string, Set<string>> => {
  const table = new Map<string, Set<string>>()
  for (const entity of KNOWN_ENTITIES) {
    for (const [from, to] of [
      ['es', 'en'],
      ['en', 'es']
    ] as const) {
      for (const a of entity[from].acronyms) {
        const set = table.get(`${from}:${a.toUpperCase()}`) ?? new Set<string>()
        for (const b of entity[to].acronyms) set.add(b.toUpperCase())
        table.set(`${from}:${a.toUpperCase()}`, set)
      }
    }
  }
  return table
})()

/** The letter parts a code may take in the other language ("VIH-1" is "HIV-1" in English). */
export function lettersIn(letters: string, from: Lang): ReadonlySet<string> {
  return counterparts.get(`${from}:${letters}`) ?? new Set()
}
