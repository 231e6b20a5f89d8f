import type { Lang } from '../../domain/language'
import {
  isNegator,
  isReinforcing,
  LONGEST_NEGATOR,
  NEGATOR_INITIALS,
  negatesByForm,
  negatesWithNext,
  notNegationPhrases
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
   * A word that negates by its form ("unvaccinated", "falta"): the negation may live there. Worked
   * out on first read: it matters only when the other side negates, which is rare.
   */
  readonly byForm: boolean
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

/**
 * The negations of a text, one per clause: "no ... nada" and "neither ... nor" are one negation;
 * "sin embargo", "no obstante", "No. 5" are none. `from` and `to` narrow it to one sentence of the
 * text (a clause starts there), so a paragraph and its sentences share one reading.
 */
export function polarity(text: string, lang: Lang, from = 0, to = text.length): Polarity {
  const reading = readingOf(text, lang)
  const negators: TextRange[] = []
  let last: TextRange | undefined
  for (const w of reading.candidates) {
    if (w.start < from || w.start >= to) continue
    const clauseNegated = last !== undefined && !clauseBreak(text, last.end, w.start)
    if (clauseNegated && isReinforcing(reading.folded(w), lang)) continue
    negators.push(w)
    last = w
  }
  let byForm: boolean | undefined
  return {
    negators,
    get byForm() {
      // Words that do not negate as words: one of them may negate by its form.
      byForm ??= words(text).some((w) => w.start >= from && w.start < to && reading.negatesByForm(w))
      return byForm
    }
  }
}

interface Reading {
  /** Words that negate, outside the fixed phrases that do not, before the one-per-clause rule. */
  candidates: TextRange[]
  folded: (w: TextRange) => string
  negatesByForm: (w: TextRange) => boolean
}

/** A paragraph is read again for each of its sentences: the last reading per language is kept. */
const lastReading: Record<Lang, { text: string; reading: Reading } | undefined> = { es: undefined, en: undefined }

function readingOf(text: string, lang: Lang): Reading {
  const kept = lastReading[lang]
  if (kept?.text === text) return kept.reading
  // Phrases with a negator that do not negate ("sin embargo"): looked for only once a negator turns
  // up, which most texts never do.
  let excluded: { start: number; end: number }[] | undefined
  const isExcluded = (w: TextRange): boolean => {
    if (!excluded) {
      const found: { start: number; end: number }[] = []
      const folded = foldSameLength(text)
      const re = notNegationPhrases(lang)
      re.lastIndex = 0
      for (let m = re.exec(folded); m; m = re.exec(folded)) found.push({ start: m.index, end: m.index + m[0].length })
      excluded = found
    }
    return excluded.length > 0 && excluded.some((r) => w.start >= r.start && w.start < r.end)
  }
  // "nobody's", "nothing's": the clitic does not change the word.
  const folded = (w: TextRange): string => {
    const f = isAscii(w.text) ? w.text.toLowerCase() : foldSameLength(w.text)
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
  const candidates: TextRange[] = []
  for (const w of words(text)) if (negator(w) && !isExcluded(w)) candidates.push(w)
  const reading: Reading = {
    candidates,
    folded,
    negatesByForm: (w) => {
      const f = folded(w)
      if (negates(f) || isExcluded(w)) return false
      return negatesByForm(f, lang) || negatesWithNext(f, lang, text.slice(w.end, w.end + 5))
    }
  }
  lastReading[lang] = { text, reading }
  return reading
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

export const negationCheck: CheckDefinition = {
  id: 'negation',
  cost: 0.5,
  category: 'accuracy/mistranslation',
  defaultSeverity: 'major',
  enabledByDefault: true,
  i18n: {
    en: {
      title: 'Negation',
      description: 'A negation on one side only: the translation may say the opposite of the source.',
      messages: {
        missing: 'The source negates ("{{word}}") but the translation has no negation.',
        added: 'The translation negates ("{{word}}") but the source has no negation.'
      }
    },
    es: {
      title: 'Negación',
      description: 'Una negación en un solo lado: la traducción puede decir lo contrario del original.',
      messages: {
        missing: 'El original niega («{{word}}») pero la traducción no tiene negación.',
        added: 'La traducción niega («{{word}}») pero el original no tiene negación.'
      }
    }
  },
  run(ctx) {
    const doc = ctx.document
    const out: RawFinding[] = []
    for (const seg of doc.segments) {
      if (seg.source.trim() === '' || seg.target.trim() === '') continue
      // Most beads negate on both sides or on neither: only a one-sided bead needs a closer look.
      const whole = [polarity(seg.source, doc.sourceLang), polarity(seg.target, doc.targetLang)] as const
      const sNeg = whole[0].negators.length > 0
      const tNeg = whole[1].negators.length > 0
      if (!sNeg && !tNeg) continue
      const ss = sentencePieces(seg.source, doc.sourceLang)
      const ts = sentencePieces(seg.target, doc.targetLang)
      // Sentence by sentence when both sides have as many; otherwise the bead as a whole.
      const units: [TextRange, TextRange][] =
        ss.length === ts.length && ss.length > 1
          ? ss.map((s, i) => [s, ts[i] as TextRange])
          : [
              [
                { start: 0, end: seg.source.length, text: seg.source },
                { start: 0, end: seg.target.length, text: seg.target }
              ]
            ]
      for (const [s, t] of units) {
        // Sentence ranges of the bead's texts: the readings of the whole texts serve them.
        const ps = polarity(seg.source, doc.sourceLang, s.start, s.end)
        const pt = polarity(seg.target, doc.targetLang, t.start, t.end)
        const firstS = ps.negators[0]
        const firstT = pt.negators[0]
        if (firstS && pt.negators.length === 0 && !pt.byForm && !copiedInto(firstS, t.text)) {
          out.push({
            segment: seg.index,
            side: 'both',
            sourceSpan: firstS,
            targetSpan: t,
            messageKey: 'missing',
            params: { word: firstS.text },
            // Free translations turn negations into antonyms ("no asistió" / "skipped"): worth a look.
            confidence: 0.5
          })
        } else if (firstT && ps.negators.length === 0 && !ps.byForm && !copiedInto(firstT, s.text)) {
          out.push({
            segment: seg.index,
            side: 'both',
            sourceSpan: s,
            targetSpan: firstT,
            messageKey: 'added',
            params: { word: firstT.text },
            confidence: 0.5
          })
        }
      }
    }
    return out
  }
}
