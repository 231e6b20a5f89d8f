import { isSpanishEnglish, type Lang } from '../../domain/language'
import { isFunctionWord, otherLang } from '../../text/function-words'
import { identifyLanguage, scoreTokens } from '../../text/language-id'
import { isDefinedAcronym, isUnknownAcronym } from '../../text/mentions'
import { entityTableAnalysis, mentionsAnalysis } from '../analyses/mentions'
import { read } from '../engine/job-cache'
import { isAllCaps, isCapitalized } from '../../text/normalize'
import { capitalizedPhrases } from '../../text/phrases'
import { segmentSentences } from '../../text/sentences'
import { americanForm } from '../../text/regional-spelling'
import { tokenize, type Token } from '../../text/tokenize'
import type { CheckContext, CheckDefinition, RawFinding, SegmentPair } from '../engine/types'
import { segmentFacts, segmentFindings } from '../engine/segment-facts'
import { appendAll } from '../../collections/arrays'
import type { SpellService } from '../../text/speller'

/** Sentences shorter than this (after names and quotes are set aside) are not judged. */
const MIN_WORDS = 5
/** Quotes up to this many words may stay in the original language. */
const SHORT_QUOTE = 8

const QUOTED = /[“"«‘]([^”"»’]*)[”"»’]/g
/** Quoted passages of any length, straight or curly, single or double. */
const ANY_QUOTE = /“[^”]*”|"[^"]*"|«[^»]*»|‘[^’]*’|(?<!\p{L})'[^']*'(?!\p{L})/gu

/** Lowercase words of at least two letters: what makes a text translatable at all. */
function translatableWords(tokens: readonly Token[]): number {
  return tokens.filter((t) => !t.isNumber && !isCapitalized(t.text) && t.text.length > 1).length
}

/** Tokens that say something about a text's language: no names, acronyms, numbers or short quotes. */
function telling(text: string, tokens: readonly Token[], lang: Lang): Token[] {
  const skip = new Set<number>()
  for (const p of capitalizedPhrases(text, tokens, lang)) {
    if (p.last > p.first) for (let i = p.first; i <= p.last; i++) skip.add(i)
  }
  const quotes = [...text.matchAll(QUOTED)].filter((q) => tokenize(q[1] ?? '').length <= SHORT_QUOTE)
  return tokens.filter(
    (t) =>
      !skip.has(t.index) &&
      !t.isNumber &&
      !isAllCaps(t.text) &&
      !quotes.some((q) => q.index <= t.start && t.end <= q.index + q[0].length)
  )
}

function identical(source: string, target: string): boolean {
  if (Math.abs(source.length - target.length) > 8 || source.slice(0, 4) !== target.slice(0, 4)) return false
  const norm = (s: string): string => s.replace(/\s+/g, ' ').trim()
  return norm(source) === norm(target)
}

function sentenceFindings(index: number, target: string, tokens: Token[], ctx: CheckContext): RawFinding[] {
  const { sourceLang, targetLang } = ctx.document
  const findings: RawFinding[] = []
  const candidates = telling(target, tokens, targetLang)
  // Cheap test first: most translations carry no source-language evidence at all.
  if (identifyLanguage(scoreTokens(candidates), 1) === targetLang && scoreTokens(candidates)[sourceLang] < 3)
    return findings
  for (const sentence of segmentSentences(target, targetLang)) {
    const words = candidates.filter((t) => t.start >= sentence.start && t.end <= sentence.end)
    if (words.length < MIN_WORDS) continue
    if (identifyLanguage(scoreTokens(words)) !== sourceLang) continue
    findings.push({
      segment: index,
      side: 'target',
      targetSpan: sentence,
      messageKey: 'sentence',
      params: { lang: sourceLang },
      confidence: 0.85
    })
  }
  return findings
}

/**
 * A word copied from the source that the target language's dictionary does not know but the
 * source language's does ("odds" left in a Spanish sentence). Needs the dictionaries.
 */
function wordFindings(
  index: number,
  source: Token[],
  target: string,
  tokens: Token[],
  ctx: CheckContext,
  spell: SpellService
): RawFinding[] {
  const { sourceLang, targetLang } = ctx.document
  const inSource = new Set(source.map((t) => t.lower))
  const words: Token[] = []
  // Titles of works and quotations are given in the original on purpose ("La ciudad y los perros").
  const quoted = [...target.matchAll(ANY_QUOTE)].map((q) => [q.index, q.index + q[0].length] as const)
  for (const t of tokens) {
    if (t.isNumber || t.text.length < 4 || isCapitalized(t.text) || /[-'’\d]/.test(t.text) || !inSource.has(t.lower)) {
      continue
    }
    if (quoted.some(([a, b]) => a <= t.start && t.end <= b)) continue
    // "(hazard ratio)": the original term, given on purpose.
    const before = target.slice(0, t.start)
    if ((before.match(/\(/g) ?? []).length > (before.match(/\)/g) ?? []).length) continue
    if (spell.check(t.text, targetLang) || !spell.check(t.text, sourceLang)) continue
    // A British form ("cheque") is a spelling matter, not an untranslated word.
    if (targetLang === 'en' && americanForm(t.lower, spell)) continue
    words.push(t)
  }
  return passages(words, tokens, sourceLang).map((run) => {
    const [first, last] = [run[0] as Token, run[run.length - 1] as Token]
    const text = target.slice(first.start, last.end)
    return {
      segment: index,
      side: 'target',
      targetSpan: { start: first.start, end: last.end, text },
      messageKey: run.length === 1 ? 'word' : 'passage',
      params: { word: text, lang: sourceLang },
      severity: 'minor',
      confidence: 0.6
    }
  })
}

/**
 * Source-language words next to each other, or joined by the source language's function words
 * ("cuidado y protección de los bosques"), as one passage: one finding per passage left
 * untranslated, not one per word.
 */
function passages(words: readonly Token[], tokens: readonly Token[], sourceLang: Lang): Token[][] {
  const out: Token[][] = []
  for (const w of words) {
    const run = out[out.length - 1]
    const prev = run?.[run.length - 1]
    const between = prev ? tokens.slice(prev.index + 1, w.index) : []
    if (run && between.length <= 3 && between.every((t) => isFunctionWord(t.lower, sourceLang))) run.push(w)
    else out.push([w])
  }
  return out
}

/** Acronyms the glossary renders as themselves ("OSCE" → "OSCE"): the reviewer keeps them on purpose. */
function keptAcronyms(ctx: CheckContext): ReadonlySet<string> {
  const out = new Set<string>()
  for (const e of ctx.glossary) {
    const term = e.source.trim()
    if (isAllCaps(term) && [e.target, ...e.allowed].some((t) => t.trim() === term)) out.add(term)
  }
  return out
}

/**
 * An acronym the source defines ("gestión de riesgos (GR)") copied into the target after a
 * translated name it does not spell ("risk management (GR)").
 */
function acronymFindings(
  index: number,
  source: string,
  sourceTokens: Token[],
  target: string,
  targetTokens: Token[],
  ctx: CheckContext
): RawFinding[] {
  const { sourceLang, targetLang } = ctx.document
  const reader = read(ctx, mentionsAnalysis)
  // Only acronyms of common terms ("gestión de riesgos (GR)"): an institution's own acronym is
  // often kept on purpose ("National Institute of Statistics (INEI)").
  const kept = keptAcronyms(ctx)
  const sourceDefined = reader
    .mentions(source, sourceLang, sourceTokens)
    .filter(
      (m) =>
        isUnknownAcronym(m) &&
        isDefinedAcronym(m) &&
        !isCapitalized((sourceTokens[m.first] as Token).text) &&
        !kept.has(m.acronym ?? '')
    )
  if (sourceDefined.length === 0) return []
  const findings: RawFinding[] = []
  for (const m of reader.mentions(target, targetLang, targetTokens)) {
    if (!m.acronym || isDefinedAcronym(m) || !sourceDefined.some((s) => s.acronym === m.acronym)) continue
    const acronym = targetTokens[m.last] as Token
    if (!/\(\s*$/.test(target.slice(0, acronym.start)) || !/^\s*\)/.test(target.slice(acronym.end))) continue
    findings.push({
      segment: index,
      side: 'target',
      targetSpan: { start: acronym.start, end: acronym.end, text: acronym.text },
      messageKey: 'acronym',
      params: { acronym: m.acronym, lang: sourceLang },
      severity: 'minor',
      confidence: 0.6
    })
  }
  return findings
}

/** "TCDs" is "TCD" in the plural. */
const singular = (word: string): string => (/^\p{Lu}{2,}s$/u.test(word) ? word.slice(0, -1) : word)

/**
 * An acronym kept from the source at its definition (found by `acronymFindings`) is untranslated
 * wherever else the translation copies it from the source ("los TCD" / "TCDs"): each later use is
 * reported too, so none is missed when the definition is corrected.
 */
function laterAcronymFindings(ctx: CheckContext, found: readonly RawFinding[]): RawFinding[] {
  const definitions = found.filter((f) => f.messageKey === 'acronym')
  const kept = new Set(definitions.map((f) => f.params?.acronym as string))
  if (kept.size === 0) return []
  const at = new Set(definitions.map((f) => `${f.segment}:${f.targetSpan?.start}`))
  const out: RawFinding[] = []
  for (const s of ctx.document.segments) {
    if (!s.source || !s.target) continue
    // Per segment, kept across jobs: the target's words that its source has too, as acronyms.
    const shared = segmentFacts(ctx, ctx.document, s, 'acronyms-in-both', () => {
      const inSource = new Set(tokenize(s.source, ctx.cache.text).map((t) => singular(t.text)))
      return tokenize(s.target, ctx.cache.text).flatMap((t) => {
        const acronym = singular(t.text)
        return inSource.has(acronym) ? [{ acronym, start: t.start, end: t.end, text: t.text }] : []
      })
    })
    for (const t of shared) {
      const { acronym } = t
      if (!kept.has(acronym) || at.has(`${s.index}:${t.start}`)) continue
      out.push({
        segment: s.index,
        side: 'target',
        targetSpan: { start: t.start, end: t.end, text: t.text },
        messageKey: 'acronym',
        params: { acronym, lang: ctx.document.sourceLang },
        severity: 'minor',
        confidence: 0.6
      })
    }
  }
  return out
}

/**
 * Markers a machine-translation system writes where it met a word it could not translate
 * ("In the<unk>an context"): the source word is lost. Never written by people, so any is reported.
 */
const UNKNOWN_MARKER = /<unk>|<UNK>|\[UNK\]/g

function markerFindings(index: number, source: string, target: string): RawFinding[] {
  if (!target.includes('<unk>') && !/<UNK>|\[UNK\]/.test(target)) return []
  const out: RawFinding[] = []
  for (const m of target.matchAll(UNKNOWN_MARKER)) {
    // A text about such systems may quote the marker on both sides.
    if (source.includes(m[0])) continue
    out.push({
      segment: index,
      side: 'target',
      targetSpan: { start: m.index, end: m.index + m[0].length, text: m[0] },
      messageKey: 'unknownMarker',
      params: { marker: m[0] },
      confidence: 0.95
    })
  }
  return out
}

/** One segment's findings: they read nothing but the segment (and the job's languages, speller, glossary). */
function segmentUntranslated(s: SegmentPair, ctx: CheckContext, deep: boolean): RawFinding[] {
  const { sourceLang } = ctx.document
  const findings: RawFinding[] = []
  const targetTokens = tokenize(s.target, ctx.cache.text)
  if (identical(s.source, s.target)) {
    // Names, numbers and one-word labels are the same in both languages.
    if (
      translatableWords(targetTokens) >= 3 &&
      (!deep || identifyLanguage(scoreTokens(targetTokens), 2) === sourceLang)
    ) {
      findings.push({
        segment: s.index,
        side: 'target',
        targetSpan: { start: 0, end: s.target.length, text: s.target },
        messageKey: 'identical',
        confidence: 0.95
      })
    }
    return findings
  }
  findings.push(...markerFindings(s.index, s.source, s.target))
  if (!deep) return findings
  const sourceTokens = tokenize(s.source, ctx.cache.text)
  findings.push(...sentenceFindings(s.index, s.target, targetTokens, ctx))
  findings.push(...acronymFindings(s.index, s.source, sourceTokens, s.target, targetTokens, ctx))
  if (ctx.spell && otherLang(sourceLang) === ctx.document.targetLang) {
    findings.push(...wordFindings(s.index, sourceTokens, s.target, targetTokens, ctx, ctx.spell))
  }
  return findings
}

export const untranslatedCheck: CheckDefinition = {
  id: 'untranslated',
  cost: 0.4,
  category: 'accuracy/untranslated',
  defaultSeverity: 'major',
  enabledByDefault: true,
  languages: 'any',
  uses: [mentionsAnalysis, entityTableAnalysis],
  usesDictionaries: true,
  i18n: {
    en: {
      title: 'Untranslated text',
      description:
        'Text left in the source language: a whole paragraph, a sentence, a word or an acronym (outside Spanish↔English, a paragraph copied from the source), or a machine-translation marker for a word it could not translate.',
      messages: {
        identical: 'The translation is identical to the source.',
        sentence: 'This sentence is still in the source language.',
        word: '“{{word}}” is a source-language word left in the translation.',
        passage: '“{{word}}” is left in the source language.',
        acronym: '“{{acronym}}” abbreviates the source-language name; the translated name does not spell it.',
        unknownMarker:
          '“{{marker}}” is what machine translation writes for a word it could not translate: a source word is missing here.'
      }
    },
    es: {
      title: 'Texto sin traducir',
      description:
        'Texto que quedó en el idioma de origen: un párrafo, una oración, una palabra o una sigla (fuera de español↔inglés, un párrafo copiado del original), o una marca de la traducción automática por una palabra que no pudo traducir.',
      messages: {
        identical: 'La traducción es idéntica al original.',
        sentence: 'Esta oración sigue en el idioma de origen.',
        word: '“{{word}}” es una palabra del idioma de origen que quedó en la traducción.',
        passage: '“{{word}}” quedó en el idioma de origen.',
        acronym:
          '“{{acronym}}” abrevia el nombre en el idioma de origen; el nombre traducido no corresponde a esa sigla.',
        unknownMarker:
          '“{{marker}}” es lo que escribe la traducción automática por una palabra que no pudo traducir: aquí falta una palabra del original.'
      }
    }
  },
  run(ctx: CheckContext): RawFinding[] {
    const findings: RawFinding[] = []
    const { sourceTag, targetTag } = ctx.document
    // Outside Spanish↔English only a copy of the source is judged: the rest reads Spanish and English.
    const deep = isSpanishEnglish(sourceTag, targetTag)
    for (const s of ctx.document.segments) {
      if (!s.source || !s.target) continue
      appendAll(
        findings,
        segmentFindings(ctx, s, 'untranslated', () => segmentUntranslated(s, ctx, deep))
      )
    }
    if (deep) findings.push(...laterAcronymFindings(ctx, findings))
    return findings
  }
}
