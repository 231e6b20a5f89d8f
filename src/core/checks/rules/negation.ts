import type { Lang } from '../../domain/language'
import { POLE_INITIALS, polesOf } from '../../text/lexicon/antonyms'
import type { TextAnalyzer } from '../../text/analyzer'
import {
  isNegator,
  isReinforcing,
  LONGEST_NEGATOR,
  NEGATOR_INITIALS,
  negatesByForm,
  negatesWithNext,
  notNegationPhrases,
  notOnlyPattern,
  onlyPattern,
  withoutWords
} from '../../text/lexicon/negators'
import { sentencePieces } from '../../text/sentences'
import { words, type TextRange } from '../../text/lexicon/text'
import { isAscii } from '../../text/normalize'
import type { Token } from '../../text/tokenize'
import { factsOf } from '../../text/word-forms'
import type { CheckDefinition, RawFinding } from '../engine/types'

interface Polarity {
  negators: TextRange[]
  /**
   * Words that negate by their form ("unvaccinated", "falta", "free"): the negation may live there.
   * Worked out on first read: it matters only when one side negates, which is rare.
   */
  readonly byForm: number
}

/** Verbs of permission and obligation: denied, they forbid; granted, they allow. */
const MODALS: Record<Lang, RegExp> = {
  es: /^(?:puede|pueden|podra|podran|podria|podrian|debe|deben|debera|deberan|deberia|deberian)$/,
  en: /^(?:may|might|can|could|must|should|shall)$/
}

/** The source denies a modal ("ninguna escuela puede") and the translation has one, with no negation. */
function modalGranted(
  src: SideOfBead,
  s: TextRange,
  negators: readonly TextRange[],
  tgt: SideOfBead,
  t: TextRange
): boolean {
  const modal = (side: SideOfBead, unit: TextRange) => (w: TextRange) =>
    w.start >= unit.start && w.start < unit.end && MODALS[side.lang].test(side.reading.folded(w))
  const denied = src.reading.words.some((w) => modal(src, s)(w) && negatedBy(src.text, w, negators, src.reading))
  return denied && tgt.reading.words.some(modal(tgt, t))
}

/** Lowercase without accents, one character for one, so offsets stay valid. */
const foldSameLength = (s: string): string =>
  s
    // eslint-disable-next-line no-control-regex -- only non-ASCII letters need unfolding
    .replace(/[^\x00-\x7f]/g, (c) => {
      const f = (c.normalize('NFD')[0] ?? c).toLowerCase()
      return f.length === 1 ? f : c
    })
    .toLowerCase()

const CONTRACTION = /n['’]t$/i

/** Could be a negator: it opens with a negator's letter (or a non-ASCII one, which may fold to one), or ends in "n't". */
function mayNegate(w: TextRange): boolean {
  const first = w.text.charCodeAt(0)
  if (first > 127 || NEGATOR_INITIALS.has(String.fromCharCode(first | 32)))
    return w.end - w.start <= LONGEST_NEGATOR || CONTRACTION.test(w.text)
  return CONTRACTION.test(w.text)
}

/** How many words a negator reaches forward: "no vino", "did not fully replace". */
const REACH = 4

/**
 * The negations of a text, one per clause: "no ... nada" and "neither ... nor" are one negation;
 * "sin embargo", "no obstante", "No. 5" are none, and so is a negated negative ("no faltan", "not
 * uncommon"). `from` and `to` narrow it to one sentence of the text (a clause starts there), so a
 * paragraph and its sentences share one reading, which the caller may pass in.
 */
export function polarity(
  text: string,
  lang: Lang,
  from = 0,
  to = text.length,
  reading: Reading = readingOf(text, lang)
): Polarity {
  const negators: TextRange[] = []
  let last: TextRange | undefined
  for (const w of reading.candidates) {
    if (w.start < from || w.start >= to) continue
    const clauseNegated = last !== undefined && !clauseBreak(text, last.end, w.start)
    if (clauseNegated && isReinforcing(reading.folded(w), lang)) continue
    last = w
    if (!negatesNegative(text, w, reading)) negators.push(w)
  }
  let byForm: number | undefined
  return {
    negators,
    get byForm() {
      byForm ??= reading.words.filter((w) => w.start >= from && w.start < to && reading.negatesByForm(w)).length
      return byForm
    }
  }
}

/** Words that may stand between a negator and the verb it negates: "no puede descartarse", "not be denied". */
const AUXILIARIES: ReadonlySet<string> = new Set([
  ...['se', 'lo', 'la', 'le', 'les', 'es', 'son', 'fue', 'esta', 'estan', 'ha', 'han', 'hay', 'puede', 'pueden'],
  ...['podra', 'debe', 'deben', 'be', 'is', 'are', 'was', 'were', 'been', 'has', 'have', 'had', 'can', 'will']
])

/**
 * The verb after a negator negates by its form: "no faltan", "no puede descartarse", "not unlike".
 * A negated negative affirms.
 */
function negatesNegative(text: string, negator: TextRange, reading: Reading): boolean {
  const at = reading.words.findIndex((w) => w.start >= negator.end)
  const next = reading.words[at]
  if (at < 0 || !next || clauseBreak(text, negator.end, next.start)) return false
  if (reading.negatesByForm(next)) return true
  const after = reading.words[at + 1]
  return (
    after !== undefined &&
    AUXILIARIES.has(reading.folded(next)) &&
    !clauseBreak(text, next.end, after.start) &&
    reading.negatesByForm(after)
  )
}

export interface Reading {
  words: readonly TextRange[]
  /** Words that negate, outside the fixed phrases that do not, before the one-per-clause rule. */
  candidates: TextRange[]
  folded: (w: TextRange) => string
  negatesByForm: (w: TextRange) => boolean
}

/** One reading of a text: the check reads each side of a bead once, for all its sentences. */
export function readingOf(text: string, lang: Lang, analyzer?: TextAnalyzer): Reading {
  // Phrases with a negator that do not negate ("sin embargo"): looked for only once a negator turns
  // up, which most texts never do.
  let excluded: { start: number; end: number }[] | undefined
  const isExcluded = (w: TextRange): boolean => {
    excluded ??= matches(foldSameLength(text), notNegationPhrases(lang))
    return excluded.length > 0 && excluded.some((r) => w.start >= r.start && w.start < r.end)
  }
  // "nobody's", "nothing's": the clitic does not change the word.
  const folded = (w: TextRange): string => {
    const lower = (w as Partial<Token>).lower
    const f = isAscii(w.text) ? (lower ?? w.text.toLowerCase()) : foldSameLength(w.text)
    return f.includes("'") || f.includes('’') ? f.replace(/['’](?:s|ll|re|ve|d)$/, '') : f
  }
  const negates = (f: string): boolean => (lang === 'en' && CONTRACTION.test(f)) || isNegator(f, lang)
  // Whether a word negates depends on its spelling alone: a shared token keeps the answer on it.
  const negator = (w: TextRange): boolean => {
    const form = (w as Partial<Token>).form
    if (form === undefined) return mayNegate(w) && negates(folded(w))
    const facts = factsOf(form, lang)
    return (facts.negator ??= mayNegate(w) && negates(folded(w)))
  }
  const all = words(text, analyzer)
  const candidates: TextRange[] = []
  for (const w of all) if (negator(w) && !isExcluded(w)) candidates.push(w)
  return {
    words: all,
    candidates,
    folded,
    negatesByForm: (w) => {
      const f = folded(w)
      if (negates(f) || isExcluded(w)) return false
      return negatesByForm(f, lang) || negatesWithNext(f, lang, text.slice(w.end, w.end + 5))
    }
  }
}

/** Every match of a global regex in a text, as ranges. */
function matches(text: string, re: RegExp): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = []
  re.lastIndex = 0
  for (let m = re.exec(text); m; m = re.exec(text)) found.push({ start: m.index, end: m.index + m[0].length })
  return found
}

const CLAUSE_BREAKS = new Set([...',;:.!?()—–'])

/** Punctuation between two words that ends a clause (and with it, a negation's reach). */
function clauseBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (CLAUSE_BREAKS.has(text.charAt(i))) return true
  return false
}

/**
 * The negator stands as a word in the other side's text too: it belongs to a title, a name or a
 * quotation kept in the original language ("Not as Good as You Think" in both), not to the translation.
 */
function copiedInto(negator: TextRange, other: string): boolean {
  const lowered = negator.text.toLowerCase()
  return words(other).some((w) => w.text.toLowerCase() === lowered)
}

/** A word of the unit reached by one of its negators: no clause break and few words between. */
function negatedBy(text: string, w: TextRange, negators: readonly TextRange[], reading: Reading): boolean {
  return negators.some((n) => {
    if (n.end > w.start || clauseBreak(text, n.end, w.start)) return false
    const between = reading.words.filter((x) => x.start >= n.end && x.end <= w.start).length
    return between < REACH
  })
}

interface PoleWord {
  word: TextRange
  pair: number
  pole: 0 | 1
  negated: boolean
}

/** The words of a side that belong to a pole of an antonym pair; most texts hold none or few. */
function polesIn(reading: Reading, lang: Lang): Omit<PoleWord, 'negated'>[] {
  const out: Omit<PoleWord, 'negated'>[] = []
  reading.words.forEach((w, i) => {
    if (w.end - w.start < 3 || !POLE_INITIALS.has(w.text.charCodeAt(0) | 32)) return
    const after = reading.words[i + 1]
    const next = (): string | undefined => (after ? reading.folded(after) : undefined)
    for (const p of polesOf(reading.folded(w), lang, next)) out.push({ word: w, pair: p.pair, pole: p.pole })
  })
  return out
}

/** The pole words of one sentence, with whether one of its negators reaches them. */
function poleWords(side: SideOfBead, unit: TextRange, negators: readonly TextRange[]): PoleWord[] {
  return side
    .poles()
    .filter((p) => p.word.start >= unit.start && p.word.start < unit.end)
    .map((p) => ({ ...p, negated: negatedBy(side.text, p.word, negators, side.reading) }))
}

/**
 * A statement reversed through an antonym: "reemplaza" rendered "complements" (one pole on each
 * side, both asserted or both denied), or both poles on both sides with the denial moved from one to
 * the other ("no reemplaza ..., sino que complementa" / "does not complement ..., but replaces").
 * "No está permitido" / "is prohibited" is faithful: the denial and the pole change together.
 */
function reversal(source: PoleWord[], target: PoleWord[]): [PoleWord, PoleWord] | null {
  const pairs = new Set(source.map((p) => p.pair))
  for (const pair of pairs) {
    const s = source.filter((p) => p.pair === pair)
    const t = target.filter((p) => p.pair === pair)
    if (t.length === 0) continue
    const sPoles = new Set(s.map((p) => p.pole))
    const tPoles = new Set(t.map((p) => p.pole))
    if (sPoles.size === 1 && tPoles.size === 1) {
      const a = s[0] as PoleWord
      const b = t[0] as PoleWord
      if (a.pole !== b.pole && a.negated === b.negated) return [a, b]
      continue
    }
    if (sPoles.size === 2 && tPoles.size === 2) {
      const deniedS = s.find((p) => p.negated)
      const deniedT = t.find((p) => p.negated)
      if (deniedS && deniedT && deniedS.pole !== deniedT.pole && s.filter((p) => p.negated).length === 1) {
        return [deniedS, deniedT]
      }
    }
  }
  return null
}

/** The first "no solo" / "not only" of a unit. */
function notOnlyIn(side: SideOfBead, unit: TextRange): { start: number; end: number } | undefined {
  return side.notOnly().find((m) => m.start >= unit.start && m.start < unit.end)
}

function onlyIn(folded: string, unit: TextRange, lang: Lang): TextRange | undefined {
  const m = matches(folded, onlyPattern(lang)).find((r) => r.start >= unit.start && r.start < unit.end)
  return m ? { ...m, text: folded.slice(m.start, m.end) } : undefined
}

interface SideOfBead {
  text: string
  lang: Lang
  reading: Reading
  /** Worked out on first use: needed only for a "not only", a "without" or an antonym. */
  folded: () => string
  notOnly: () => readonly { start: number; end: number }[]
  poles: () => readonly Omit<PoleWord, 'negated'>[]
}

interface Mismatch {
  a: TextRange
  b: TextRange
}

/**
 * "Not only X but Y" affirms X. A translation that keeps the negation and drops "only" ("not X but
 * Y") denies it; one that keeps "only" and drops the negation ("only X") restricts it. Either way the
 * other side's negator or "only" is reported; a rewording with neither ("X as well as Y") passes.
 */
function notOnlyMismatch(
  a: SideOfBead,
  aUnit: TextRange,
  b: SideOfBead,
  bUnit: TextRange,
  bNegators: readonly TextRange[] | null
): Mismatch | null {
  if (!/\b(?:no|not)\b|n['’]t\b/i.test(aUnit.text)) return null
  const construction = notOnlyIn(a, aUnit)
  if (!construction || notOnlyIn(b, bUnit)) return null
  const aSpan = { ...construction, text: a.text.slice(construction.start, construction.end) }
  const negator = bNegators?.[0]
  if (negator) return { a: aSpan, b: negator }
  if (bNegators === null && /\b(?:no|not|nunca|never)\b|n['’]t\b/i.test(bUnit.text)) return null
  const only = onlyIn(b.folded(), bUnit, b.lang)
  return only ? { a: aSpan, b: { ...only, text: b.text.slice(only.start, only.end) } } : null
}

/** The unit's negators are only "sin" / "without", and the other side says "con" / "with": the opposite. */
function withoutOnly(negators: readonly TextRange[], side: SideOfBead): boolean {
  const { without } = withoutWords(side.lang)
  return negators.every((n) => side.reading.folded(n) === without)
}

function hasWith(side: SideOfBead, unit: TextRange): boolean {
  const { with: w } = withoutWords(side.lang)
  return side.reading.words.some((x) => x.start >= unit.start && x.start < unit.end && side.reading.folded(x) === w)
}

function sideOf(text: string, lang: Lang, analyzer: TextAnalyzer): SideOfBead {
  const reading = readingOf(text, lang, analyzer)
  let folded: string | undefined
  let notOnly: { start: number; end: number }[] | undefined
  let poles: Omit<PoleWord, 'negated'>[] | undefined
  const fold = (): string => (folded ??= foldSameLength(text))
  return {
    text,
    lang,
    reading,
    folded: fold,
    // "No solo" needs a word of restriction: most texts have none, and are not folded for it.
    notOnly: () => (notOnly ??= ONLY_SCREEN.test(text) ? matches(fold(), notOnlyPattern(lang)) : []),
    poles: () => (poles ??= polesIn(reading, lang))
  }
}

/** Words of restriction of both languages, unfolded: a cheap screen before a "not only" is looked for. */
const ONLY_SCREEN =
  /(?<!\p{L})(?:s[oó]lo|solamente|[uú]nicamente|simplemente|meramente|only|just|merely|solely|simply)(?!\p{L})/iu

export const negationCheck: CheckDefinition = {
  id: 'negation',
  cost: 0.5,
  category: 'accuracy/mistranslation',
  defaultSeverity: 'major',
  enabledByDefault: true,
  languages: 'spanish-english',
  locality: 'segment',
  i18n: {
    en: {
      title: 'Negation and reversed meaning',
      description:
        'A negation on one side only, an opposite word ("replaces" for "complements") or "not only" lost: the translation may say the opposite of the source.',
      messages: {
        missing: 'The source negates ("{{word}}") but the translation has no negation.',
        added: 'The translation negates ("{{word}}") but the source has no negation.',
        reversed:
          'The translation may reverse the statement: “{{source}}” in the source, “{{target}}” in the translation.',
        notOnly: '“{{source}}” (not only) affirms what follows; the translation’s “{{target}}” denies or restricts it.',
        notOnlyAdded:
          'The translation’s “{{target}}” (not only) affirms what follows; the source’s “{{source}}” restricts it.'
      }
    },
    es: {
      title: 'Negación y sentido invertido',
      description:
        'Una negación en un solo lado, una palabra opuesta («reemplaza» por «complementa») o un «no solo» perdido: la traducción puede decir lo contrario del original.',
      messages: {
        missing: 'El original niega («{{word}}») pero la traducción no tiene negación.',
        added: 'La traducción niega («{{word}}») pero el original no tiene negación.',
        reversed:
          'La traducción puede invertir el enunciado: «{{source}}» en el original, «{{target}}» en la traducción.',
        notOnly: '«{{source}}» (no solo) afirma lo que sigue; «{{target}}» en la traducción lo niega o lo restringe.',
        notOnlyAdded:
          '«{{target}}» (no solo) en la traducción afirma lo que sigue; «{{source}}» en el original lo restringe.'
      }
    }
  },
  run(ctx) {
    const doc = ctx.document
    const out: RawFinding[] = []
    for (const seg of doc.segments) {
      if (seg.source.trim() === '' || seg.target.trim() === '') continue
      const src = sideOf(seg.source, doc.sourceLang, ctx.cache.text)
      const tgt = sideOf(seg.target, doc.targetLang, ctx.cache.text)
      const sWhole = polarity(seg.source, doc.sourceLang, 0, seg.source.length, src.reading)
      const tWhole = polarity(seg.target, doc.targetLang, 0, seg.target.length, tgt.reading)
      // Most beads negate on neither side and hold no antonym: nothing to compare.
      const negates = sWhole.negators.length > 0 || tWhole.negators.length > 0
      const notOnly = src.notOnly().length > 0 || tgt.notOnly().length > 0
      if (!negates && !notOnly && src.poles().length === 0) continue
      const ss = sentencePieces(seg.source, doc.sourceLang)
      const ts = sentencePieces(seg.target, doc.targetLang)
      // Sentence by sentence when both sides have as many; otherwise the bead as a whole.
      const units: [TextRange, TextRange][] =
        ss.length === ts.length && ss.length > 1
          ? ss.map((s, i) => [s, ts[i] as TextRange])
          : [[wholeOf(seg.source), wholeOf(seg.target)]]
      for (const [s, t] of units) {
        const finding = compareUnit(src, s, tgt, t)
        if (finding) out.push({ segment: seg.index, side: 'both', ...finding })
      }
    }
    return out
  }
}

const wholeOf = (text: string): TextRange => ({ start: 0, end: text.length, text })

type UnitFinding = Omit<RawFinding, 'segment' | 'side'>

/** A "not only" affirms: its negator ("does not merely replace") is no negation of the unit. */
function outsideNotOnly(p: Polarity, side: SideOfBead, unit: TextRange): Polarity {
  if (p.negators.length === 0) return p
  const construction = notOnlyIn(side, unit)
  if (!construction) return p
  const negators = p.negators.filter((n) => n.start < construction.start || n.start >= construction.end)
  return {
    negators,
    get byForm() {
      return p.byForm
    }
  }
}

/** One finding at most per sentence pair: the clearest of a "not only" lost, a negation on one side, a reversal. */
function compareUnit(src: SideOfBead, s: TextRange, tgt: SideOfBead, t: TextRange): UnitFinding | null {
  const ps = outsideNotOnly(polarity(src.text, src.lang, s.start, s.end, src.reading), src, s)
  const pt = outsideNotOnly(polarity(tgt.text, tgt.lang, t.start, t.end, tgt.reading), tgt, t)
  // "Not only" in the source: a negator or "only" in the translation changes it. In the
  // translation only: the source's plain negation may be rendered loosely, so only "solo" counts.
  const lost = notOnlyMismatch(src, s, tgt, t, pt.negators)
  const added = lost ? null : notOnlyMismatch(tgt, t, src, s, null)
  if (lost || added) {
    const [sourceSpan, targetSpan] = lost ? [lost.a, lost.b] : [(added as Mismatch).b, (added as Mismatch).a]
    return {
      sourceSpan,
      targetSpan,
      messageKey: lost ? 'notOnly' : 'notOnlyAdded',
      params: { source: sourceSpan.text, target: targetSpan.text },
      confidence: 0.7
    }
  }
  const firstS = ps.negators[0]
  const firstT = pt.negators[0]
  // A negation moved into a word ("no asistió" / "skipped", "sin costo" / "free") passes, unless the
  // source denies a modal that the translation grants ("nadie puede" / "anyone may").
  const movedIntoWord = pt.byForm > 0 && !modalGranted(src, s, ps.negators, tgt, t)
  if (firstS && pt.negators.length === 0 && !movedIntoWord && !copiedInto(firstS, t.text)) {
    // "sin prisa" / "calmly": "sin" turns into an adjective or an adverb; only "with" says the opposite.
    if (!withoutOnly(ps.negators, src) || hasWith(tgt, t)) {
      return {
        sourceSpan: firstS,
        targetSpan: t,
        messageKey: 'missing',
        params: { word: firstS.text },
        // Free translations turn negations into antonyms ("no asistió" / "skipped"): worth a look.
        confidence: 0.5
      }
    }
  }
  if (firstT && ps.negators.length === 0 && ps.byForm === 0 && !copiedInto(firstT, s.text)) {
    if (!withoutOnly(pt.negators, tgt) || hasWith(src, s)) {
      return {
        sourceSpan: s,
        targetSpan: firstT,
        messageKey: 'added',
        params: { word: firstT.text },
        confidence: 0.5
      }
    }
  }
  const sPoles = poleWords(src, s, ps.negators)
  if (sPoles.length === 0) return null
  const reversed = reversal(sPoles, poleWords(tgt, t, pt.negators))
  if (!reversed) return null
  const [a, b] = reversed
  return {
    sourceSpan: a.word,
    targetSpan: b.word,
    messageKey: 'reversed',
    params: { source: a.word.text, target: b.word.text },
    confidence: 0.6
  }
}
