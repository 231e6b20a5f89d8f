import type { Lang } from '../domain/language'
import { similarity, squash } from './normalize'

/**
 * Spanish and English words that share a Latin or Greek root differ in regular ways
 * ("transformación" / "transformation", "secretaría" / "secretary", "estrategia" / "strategy").
 * Both are rewritten to a common skeleton; similar skeletons mean a likely translation pair.
 */

/** Spanish suffixes with their English counterparts; the first that matches applies. */
const ES_SUFFIXES: [RegExp, string][] = [
  [/cional(?:es)?$/, 'tional'],
  [/ci[oó]n(?:es)?$/, 'tion'],
  [/si[oó]n(?:es)?$/, 'sion'],
  [/idad(?:es)?$/, 'ity'],
  [/dad(?:es)?$/, 'ty'],
  [/mente$/, 'ly'],
  [/ismos?$/, 'ism'],
  [/istas?$/, 'ist'],
  [/(?:ico|ica)s?$/, 'ic'],
  [/(?:ivo|iva)s?$/, 'ive'],
  [/(?:ario|aria)s?$/, 'ary'],
  [/(?:oso|osa)s?$/, 'ous'],
  [/encias?$/, 'ence'],
  [/ancias?$/, 'ance'],
  [/ías?$/, 'y'],
  [/ales$/, 'al']
]

const EN_SUFFIXES: [RegExp, string][] = [
  [/ical$/, 'ic'],
  [/ies$/, 'y'],
  [/ss$/, 'ss'],
  [/s$/, ''],
  [/e$/, '']
]

function spanishSkeleton(w: string): string {
  const rule = ES_SUFFIXES.find(([re]) => re.test(w))
  let s = rule
    ? w.replace(rule[0], rule[1])
    : w
        .replace(/([^aeiouáéíóú])es$/, '$1')
        .replace(/([aeiou])s$/, '$1')
        .replace(/[aoe]$/, '')
  // "estrategia" / "strategy", "especial" / "special".
  s = s.replace(/^es([ptc])/, 's$1')
  return s
}

function englishSkeleton(w: string): string {
  const rule = EN_SUFFIXES.find(([re]) => re.test(w))
  return rule ? w.replace(rule[0], rule[1]) : w
}

const SHARED: [RegExp, string][] = [
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/ch/g, 'c'],
  [/k/g, 'c'],
  [/qu/g, 'c'],
  [/y/g, 'i'],
  [/([a-z])\1/g, '$1'],
  // Spanish "-ado" / English "-ate" ("estado" / "state", "privado" / "private").
  [/([aeiou])d$/, '$1t']
]

/** The comparable skeleton of a word. Callers that meet a spelling often keep it on its record (`FormFacts.skeleton`). */
export function skeleton(word: string, lang: Lang): string {
  // Accent-bearing suffixes are matched before folding ("-ía" is not "-ia").
  const lowered = word.normalize('NFC').toLowerCase()
  let s = lang === 'es' ? spanishSkeleton(lowered) : englishSkeleton(lowered)
  s = squash(s)
  for (const [re, to] of SHARED) s = s.replace(re, to)
  return s
}

/**
 * 0..1 likelihood that two words of different languages are cognates. Short words need identity:
 * "de" and "the" are not cognates.
 */
export function cognateScore(a: string, langA: Lang, b: string, langB: Lang): number {
  const x = skeleton(a, langA)
  const y = skeleton(b, langB)
  if (x === y) return x.length >= 3 ? 1 : 0
  // Cognates share their first letter once spelling differences are normalized ("event" is not "seventh").
  if (Math.min(x.length, y.length) < 4 || x[0] !== y[0]) return 0
  const sim = similarity(x, y)
  // A shared opening matters more than a shared ending (roots lead, suffixes vary).
  let prefix = 0
  while (prefix < x.length && x[prefix] === y[prefix]) prefix++
  const bonus = prefix >= 5 ? 0.1 : 0
  return Math.min(1, sim + bonus)
}
