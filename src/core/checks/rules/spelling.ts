import type { Lang } from '../../domain/language'
import { otherLang } from '../../text/function-words'
import {
  editDistance,
  fold,
  hasInnerCapital,
  isAllCaps,
  isCapitalized,
  sameLetters,
  similarity
} from '../../text/normalize'
import type { TextAnalyzer } from '../../text/analyzer'
import { americanForm } from '../../text/regional-spelling'
import { tokenize, type Token } from '../../text/tokenize'
import { factsOf } from '../../text/word-forms'
import { segmentFacts, segmentFindings } from '../engine/segment-facts'
import type { Analysis, CheckContext, CheckDefinition, RawFinding } from '../engine/types'
import type { SpellService } from '../../text/speller'
import { read } from '../engine/job-cache'

/** URLs, e-mail addresses, hashtags and handles: never words. */
const NOT_PROSE =
  /\b(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.-]+|[#@][\p{L}\p{N}_]+|\b[\w-]+\.(?:pdf|docx?|xlsx?|html?|gob\.pe|com|org)\b/giu

/**
 * Prefixes written solid in both languages' current norms (RAE; AP and Chicago for English):
 * "cybercrime", "ciberdelincuencia", "multicenter". A hyphen is kept only before a capital or the
 * same vowel, which the rule checks.
 */
const SOLID_PREFIXES: Record<Lang, readonly string[]> = {
  en: ['cyber', 'multi', 'micro', 'macro', 'bio', 'neuro', 'tele', 'hyper', 'intra', 'socio', 'infra', 'mini', 'nano'],
  es: [
    'ciber',
    'multi',
    'micro',
    'macro',
    'bio',
    'neuro',
    'tele',
    'hiper',
    'intra',
    'socio',
    'infra',
    'mini',
    'nano',
    'anti',
    'super'
  ]
}

/** Every word of every glossary term and variant: a termbase term is never a spelling error. */
const termWordsAnalysis: Analysis<Set<string>> = {
  id: 'glossary-words',
  scope: 'glossary',
  compute(ctx) {
    const words = new Set<string>()
    for (const e of ctx.glossary) {
      for (const term of [e.source, e.target, ...e.allowed, ...e.forbidden])
        for (const t of tokenize(term)) words.add(t.fold)
    }
    return words
  }
}

function closedCompound(t: Token, lang: Lang, spell: SpellService): string | null {
  const m = /^(\p{L}+)[-‐‑](\p{L}+)$/u.exec(t.text)
  if (!m) return null
  const prefix = (m[1] as string).toLowerCase()
  const rest = m[2] as string
  if (!SOLID_PREFIXES[lang].includes(prefix)) return null
  const restLower = rest.toLowerCase()
  if (prefix.slice(-1) === restLower[0] || isAllCaps(rest) || !spell.check(restLower, lang)) return null
  const joined = `${m[1] as string}${restLower}`
  return isCapitalized(t.text) ? joined : joined.toLowerCase()
}

/** Accepted as written, as the lowercase form of a capital-initial word, or with its possessive removed. */
function known(word: string, lang: Lang, spell: SpellService): boolean {
  const w = word.includes('’') ? word.replace(/’/g, "'") : word
  if (spell.check(w, lang)) return true
  const bare = w.includes("'") ? w.replace(/'s$/i, '') : w
  return bare !== w && spell.check(bare, lang)
}

const HYPHENS = /[-‐‑]/

/** The parts of a hyphenated word; the word itself otherwise. */
const partsOf = (word: string): string[] => (HYPHENS.test(word) ? word.split(HYPHENS).filter((p) => p !== '') : [word])

/**
 * A typo rather than a word the dictionary lacks: the first suggestion restores one dropped letter
 * ("goverment" / "government") or swaps two adjacent ones ("fro" / "for"). Suggestions that
 * delete or replace a letter mostly turn a missing technical word into a wrong common one
 * ("dyads" / "dads"), so they are not trusted.
 */
function nearSuggestion(word: string, lang: Lang, spell: SpellService, analyzer: TextAnalyzer): string | null {
  if (word.length < 4 || !spell.suggest) return null
  // Unknown words recur across a project (names, technical terms): each is searched once while
  // the job's analyzer lives.
  const remembered = analyzer.memo(NEAR_SUGGESTIONS, () => new WeakMap<SpellService, NearByLang>())
  let known = remembered.get(spell)
  if (!known) remembered.set(spell, (known = { es: new Map(), en: new Map() }))
  const hit = known[lang].get(word)
  if (hit !== undefined) return hit
  const near = searchNearSuggestion(word, lang, spell)
  if (known[lang].size >= MAX_REMEMBERED) known[lang].clear()
  known[lang].set(word, near)
  return near
}

/** Per dictionary service (tests use their own), per language: unknown word -> its near suggestion. */
type NearByLang = Record<Lang, Map<string, string | null>>
const NEAR_SUGGESTIONS = { memo: 'near suggestions' }
const MAX_REMEMBERED = 20_000

function searchNearSuggestion(word: string, lang: Lang, spell: SpellService): string | null {
  if (!spell.suggest) return null
  // A full search for suggestions costs tens of milliseconds for a word with nothing near it, which
  // is most unknown words (technical terms): only search when a slip could be the answer.
  const slips = slipCandidates(word.toLowerCase(), lang)
  const slipPossible = spell.knowsAny ? spell.knowsAny(slips, lang) : slips.some((w) => spell.check(w, lang))
  if (!slipPossible) return null
  const first = spell.suggest(word, lang)[0]
  if (!first) return null
  const a = word.toLowerCase()
  const b = first.toLowerCase()
  const droppedLetter = b.length === a.length + 1 && editDistance(a, b) === 1
  const swapped = sameLetters(a, b) && editDistance(a, b) === 2 && adjacentSwap(a, b)
  return droppedLetter || swapped ? first : null
}

const ALPHABET: Record<Lang, readonly string[]> = {
  en: [...'abcdefghijklmnopqrstuvwxyz'],
  es: [...'abcdefghijklmnopqrstuvwxyzáéíóúüñ']
}

/** Every word one dropped letter or one swap of adjacent letters away from `word` (lowercase). */
function slipCandidates(word: string, lang: Lang): string[] {
  const out: string[] = []
  for (let i = 0; i <= word.length; i++) {
    for (const letter of ALPHABET[lang]) out.push(word.slice(0, i) + letter + word.slice(i))
  }
  for (let i = 0; i + 1 < word.length; i++) {
    out.push(word.slice(0, i) + (word[i + 1] as string) + (word[i] as string) + word.slice(i + 2))
  }
  return out
}

function adjacentSwap(a: string, b: string): boolean {
  for (let i = 0; i + 1 < a.length; i++) {
    if (a[i] !== b[i]) return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)
  }
  return false
}

const ACCENTED: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú', n: 'ñ' }

/**
 * Spanish with a lost accent or a letter dropped by an encoding error ("dias" / "días",
 * "imputacin" / "imputación"): one accented letter, changed or inserted, makes a dictionary word.
 */
function accentRestored(word: string, spell: SpellService): string | null {
  for (let i = 0; i < word.length; i++) {
    const accented = ACCENTED[word[i] as string]
    if (accented) {
      const candidate = word.slice(0, i) + accented + word.slice(i + 1)
      if (spell.check(candidate, 'es')) return candidate
    }
  }
  for (let i = 0; i <= word.length; i++) {
    for (const letter of ['á', 'é', 'í', 'ó', 'ú', 'ñ']) {
      const candidate = word.slice(0, i) + letter + word.slice(i)
      if (spell.check(candidate, 'es')) return candidate
    }
  }
  return null
}

/** A word of Spanish prose: Spanish knows it, English does not. */
const spanishOnly = (t: Token | undefined, spell: SpellService): boolean =>
  t !== undefined && !t.isNumber && known(t.text, 'es', spell) && !known(t.text, 'en', spell)

/**
 * Whether an English-looking word of a Spanish text is a Spanish word that lost its accent: an
 * accent makes the whole word Spanish, the word before it is Spanish only and the one after it
 * Spanish too (a loanword or a quoted English phrase has English around it: "on line", "ad hoc").
 */
function lostAccent(
  t: Token,
  parts: readonly string[],
  tokens: readonly Token[],
  lang: Lang,
  spell: SpellService
): boolean {
  if (lang !== 'es' || parts.length !== 1 || !accentRestored(t.lower, spell)) return false
  const next = tokens[t.index + 1]
  return spanishOnly(tokens[t.index - 1], spell) && next !== undefined && known(next.text, 'es', spell)
}

interface Verdict {
  messageKey: 'accent' | 'usSpelling' | 'misspelledSuggest'
  suggestion: string
  confidence: number
}

/**
 * Why an unknown word is worth a reviewer's time, or null. Dictionaries lack most technical
 * vocabulary, so a bare "not in the dictionary" is not enough: the word must be one accent, one
 * regional spelling or one slip away from a real word, and not a near-copy of a source word.
 */
function verdict(
  word: string,
  lang: Lang,
  sourceTokens: readonly Token[],
  spell: SpellService,
  british: boolean,
  analyzer: TextAnalyzer
): Verdict | null {
  const lower = word.toLowerCase()
  if (lang === 'es') {
    const restored = accentRestored(lower, spell)
    if (restored) return { messageKey: 'accent', suggestion: restored, confidence: 0.85 }
  } else {
    // "programme's": the possessive keeps its ending in the American form.
    const possessive = /['’]s$/.exec(lower)?.[0] ?? ''
    const us = americanForm(lower.slice(0, lower.length - possessive.length), spell)
    // A translation written in British English throughout is a choice, not a mistake.
    if (us) return british ? null : { messageKey: 'usSpelling', suggestion: us + possessive, confidence: 0.8 }
  }
  const folded = fold(word)
  const sourceParts = sourceTokens.flatMap((s) => s.fold.split(/[-‐‑]/))
  if (sourceParts.some((p) => p.length >= 5 && similarity(p, folded) >= 0.75)) return null
  const near = nearSuggestion(word, lang, spell, analyzer)
  return near ? { messageKey: 'misspelledSuggest', suggestion: near, confidence: 0.7 } : null
}

function checkSegment(
  index: number,
  source: string,
  target: string,
  ctx: CheckContext,
  spell: SpellService,
  british: boolean
): RawFinding[] {
  const lang = ctx.document.targetLang
  const findings: RawFinding[] = []
  // The full pattern is slow; most paragraphs have nothing it could match.
  const masked = /[@#]|https?:|www\.|\.[a-z]{2,4}\b/i.test(target)
    ? [...target.matchAll(NOT_PROSE)].map((m) => [m.index, m.index + m[0].length] as const)
    : []
  const sourceTokens = tokenize(source, ctx.cache.text)
  const sourceWords = new Set<string>()
  for (const t of sourceTokens) sourceWords.add(t.fold)
  const glossary = read(ctx, termWordsAnalysis)
  const targetTokens = tokenize(target, ctx.cache.text)
  for (const t of targetTokens) {
    const shape = (t.form.spellingShape ??= spellingShape(t.text, t.isNumber))
    if (shape === SKIPPED || (masked.length > 0 && masked.some(([a, b]) => t.start >= a && t.end <= b))) continue
    if (shape === HYPHENATED) {
      // A prefix written apart, then the tests `spellingShape` makes of unhyphenated words.
      const solid = t.text.length > 4 ? closedCompound(t, lang, spell) : null
      if (solid) {
        findings.push({
          segment: index,
          side: 'target',
          targetSpan: { start: t.start, end: t.end, text: t.text },
          messageKey: 'closedCompound',
          params: { word: t.text, suggestion: solid },
          suggestion: solid,
          confidence: 0.8
        })
        continue
      }
      if (nameLikeOrShort(t.text)) continue
    }
    // The whole word first: most are in the source, the glossary or the dictionary, and then its
    // parts need no look.
    if (glossary.has(t.fold) || sourceWords.has(t.fold) || knownForm(t, lang, spell)) continue
    const parts = partsOf(t.text)
    const bad = parts.filter((p) => p.length > 2 && !known(p, lang, spell))
    if (bad.length === 0) continue
    // Words of the other language (loanwords, a term given in the original) belong to the untranslated
    // check; but one an accent away from a Spanish word, amid Spanish words, lost the accent ("til"
    // for "útil").
    if (bad.every((p) => known(p, otherLang(lang), spell)) && !lostAccent(t, bad, targetTokens, lang, spell)) continue
    for (const part of bad) {
      const v = verdict(part, lang, sourceTokens, spell, british, ctx.cache.text)
      if (!v) continue
      findings.push({
        segment: index,
        side: 'target',
        targetSpan: { start: t.start, end: t.end, text: t.text },
        messageKey: v.messageKey,
        params: { word: part, suggestion: v.suggestion },
        suggestion: parts.length === 1 ? v.suggestion : t.text.replace(part, v.suggestion),
        confidence: v.confidence
      })
      break
    }
  }
  return findings
}

/** What the loop of `checkSegment` does with a spelling, worked out once per spelling. */
const SKIPPED = 0
const PLAIN = 1
const HYPHENATED = 2

/**
 * Longer than any word of either language's dictionary: a run of letters this long (a pasted hash,
 * a URL without spaces, a keyboard held down) is not a spelling error to suggest for, and the
 * speller's search for suggestions grows with the word until it exhausts memory.
 */
const LONGEST_SPELLED_WORD = 45

function spellingShape(word: string, isNumber: boolean): number {
  if (isNumber || /\d/.test(word) || word.length > LONGEST_SPELLED_WORD) return SKIPPED
  if (HYPHENS.test(word)) return HYPHENATED
  return nameLikeOrShort(word) ? SKIPPED : PLAIN
}

/** Capitalized words are names or sentence openers, and names are not in dictionaries; nor are words of two letters. */
function nameLikeOrShort(word: string): boolean {
  return word.length <= 2 || isCapitalized(word) || isAllCaps(word) || hasInnerCapital(word)
}

/** `known` for a token, kept on its spelling's record for this speller and language. */
function knownForm(t: Token, lang: Lang, spell: SpellService): boolean {
  const facts = factsOf(t.form, lang)
  if (facts.spelledBy !== spell) {
    facts.spelledBy = spell
    facts.spelled = known(t.text, lang, spell)
  }
  return facts.spelled as boolean
}

/** Three or more British forms in a document: its translator writes British English on purpose. */
function writtenInBritishEnglish(ctx: CheckContext, spell: SpellService): boolean {
  let british = 0
  for (const s of ctx.document.segments) {
    // Each segment's count kept across jobs (the speller is part of the job's inputs).
    british += segmentFacts(ctx, ctx.document, s, 'british-words', () => {
      let n = 0
      for (const t of tokenize(s.target, ctx.cache.text)) {
        if (t.isNumber || t.text.length < 5 || !/(?:our|tre|is|ys|ogue|que|mme|ence|ll|ae|oe)/.test(t.lower)) continue
        if (!spell.check(t.lower, 'en') && americanForm(t.lower, spell) && ++n >= 3) break
      }
      return n
    })
    if (british >= 3) return true
  }
  return false
}

export const spellingCheck: CheckDefinition = {
  id: 'spelling',
  uses: [termWordsAnalysis],
  cost: 0.45,
  category: 'linguistic-conventions/spelling',
  defaultSeverity: 'minor',
  enabledByDefault: true,
  languages: 'spanish-english',
  usesDictionaries: true,
  i18n: {
    en: {
      title: 'Spelling',
      description:
        'Misspelled words of the translation: lost accents, British forms in American English, prefixes written apart, slips one letter away from a dictionary word.',
      messages: {
        misspelledSuggest: '“{{word}}” is not in the dictionary: “{{suggestion}}”?',
        accent: '“{{word}}” is missing an accent or a letter: “{{suggestion}}”.',
        usSpelling: '“{{word}}” is British spelling; American English writes “{{suggestion}}”.',
        closedCompound: '“{{word}}” is written as one word: “{{suggestion}}”.'
      }
    },
    es: {
      title: 'Ortografía',
      description:
        'Palabras mal escritas en la traducción: tildes perdidas, formas británicas en inglés estadounidense, prefijos separados, erratas a una letra de una palabra del diccionario.',
      messages: {
        misspelledSuggest: '“{{word}}” no está en el diccionario: ¿“{{suggestion}}”?',
        accent: 'A “{{word}}” le falta una tilde o una letra: “{{suggestion}}”.',
        usSpelling: '“{{word}}” es ortografía británica; el inglés estadounidense escribe “{{suggestion}}”.',
        closedCompound: '“{{word}}” se escribe en una sola palabra: “{{suggestion}}”.'
      }
    }
  },
  run(ctx: CheckContext): RawFinding[] {
    const spell = ctx.spell
    if (!spell) return []
    const british = ctx.document.targetLang === 'en' && writtenInBritishEnglish(ctx, spell)
    // A segment's findings read the document only through `british`: kept across jobs under it.
    const id = `spelling:${british}`
    return ctx.document.segments.flatMap((s) =>
      s.target ? segmentFindings(ctx, s, id, () => checkSegment(s.index, s.source, s.target, ctx, spell, british)) : []
    )
  }
}
