/**
 * A qualifier of one side that the other side does not render at all: "exclusivamente",
 * "gratuito", "más de 500" or "por teléfono" dropped, or "free of charge", "every two weeks" or
 * "or by phone" added. Read off the shared tokens against a closed table
 * (text/lexicon/qualifiers.ts): a qualifier's renderings are few and known, so their absence is
 * evidence, where a content word's absence is usually a rewording.
 */
import type { Lang } from '../../domain/language'
import type { TextRange } from '../../text/lexicon/text'
import { COMPARISON_LEAD, NUMBER_WORDS, QUALIFIERS, type QualifierSide } from '../../text/lexicon/qualifiers'
import type { Token } from '../../text/tokenize'

/** A form's words to match in order: "#" a number, a final "*" any ending. */
type Form = readonly string[]

interface CompiledSide {
  triggers: readonly Form[]
  /** Every form that renders the qualifier: triggers without their numbers, and renderings. */
  all: readonly Form[]
  unless: readonly Form[]
}

const words = (form: string): Form => form.split(' ')

function compile(side: QualifierSide): CompiledSide {
  const all = [...side.triggers.map((f) => words(f).filter((w) => w !== '#')), ...side.renders.map(words)]
  return { triggers: side.triggers.map(words), all, unless: (side.unless ?? []).map(words) }
}

interface Compiled {
  id: string
  es: CompiledSide
  en: CompiledSide
}

const TABLE: readonly Compiled[] = QUALIFIERS.map((q) => ({ id: q.id, es: compile(q.es), en: compile(q.en) }))

/** Which qualifiers have a trigger starting with a word, per language: most words start none. */
const BY_FIRST_WORD = {
  es: firstWords('es'),
  en: firstWords('en')
}

function firstWords(lang: Lang): ReadonlyMap<string, readonly number[]> {
  const map = new Map<string, number[]>()
  TABLE.forEach((q, k) => {
    for (const f of q[lang].triggers) {
      const list = map.get(f[0] as string) ?? []
      if (!list.includes(k)) map.set(f[0] as string, [...list, k])
    }
  })
  return map
}

/** Words that may stand between a qualifier and its number ("casi el 40 %", "nearly the 300"). */
const ARTICLES = new Set(['el', 'the'])

/** A token that stands for a number: digits or a number word ("dos", "two"). */
const isNumeral = (t: Token | undefined, lang: Lang): boolean =>
  t !== undefined && (t.isNumber || /^\d/.test(t.text) || (NUMBER_WORDS[lang] as readonly string[]).includes(t.fold))

const wordMatches = (t: Token | undefined, w: string): boolean =>
  t !== undefined && (w.endsWith('*') ? t.fold.startsWith(w.slice(0, -1)) : t.fold === w)

/** Whether `form` occurs at token i of `text`; where its words end (a number it needs excluded), or -1. */
function endAt(tokens: readonly Token[], i: number, form: Form, lang: Lang, text: string): number {
  let at = i
  let end = -1
  for (const w of form) {
    // "#+": a number with a plus sign after it ("500+ volunteers", "a 400+-page report").
    if (w === '#+') {
      const t = tokens[at]
      if (!isNumeral(t, lang) || text[(t as Token).end] !== '+') return -1
      end = (t as Token).end + 1
      at++
      continue
    }
    if (w === '#') {
      if (ARTICLES.has(tokens[at]?.fold ?? '') && isNumeral(tokens[at + 1], lang)) at++
      if (!isNumeral(tokens[at], lang)) return -1
      at++
      continue
    }
    const t = tokens[at]
    if (!wordMatches(t, w)) return -1
    end = (t as Token).end
    at++
  }
  return end
}

const occurs = ({ tokens, text }: SideText, forms: readonly Form[], lang: Lang): boolean =>
  forms.some((f) => tokens.some((_, i) => endAt(tokens, i, f, lang, text) >= 0))

/** A comparison ("5 % more than", "far more than"), or a trigger that is part of a longer phrase. */
function notAQualifier(tokens: readonly Token[], i: number, side: CompiledSide, lang: Lang, text: string): boolean {
  const before = tokens[i - 1]
  if (before && (isNumeral(before, lang) || COMPARISON_LEAD.has(before.fold))) return true
  if (/%\s*$/.test(text.slice(0, (tokens[i] as Token).start))) return true
  return side.unless.some((f) => endAt(tokens, i, f, lang, text) >= 0)
}

interface SideText {
  text: string
  tokens: readonly Token[]
  lang: Lang
}

/**
 * The first trigger of each qualifier of `mine` for which `theirs` has none of its forms, nor the
 * trigger itself (a name or a title kept in the original language).
 */
function unrendered(mine: SideText, theirs: SideText): TextRange[] {
  // The first trigger of each qualifier, in text order.
  const found = new Map<number, TextRange>()
  const starts = BY_FIRST_WORD[mine.lang]
  for (let i = 0; i < mine.tokens.length; i++) {
    const t = mine.tokens[i] as Token
    const candidates = starts.get(t.fold)
    // A qualifier inside a name ("Programa Vaso Gratuito") goes with the name.
    if (candidates === undefined || (/^\p{Lu}/u.test(t.text) && !t.sentenceStart)) continue
    for (const k of candidates) {
      if (found.has(k)) continue
      const own = (TABLE[k] as Compiled)[mine.lang]
      for (const f of own.triggers) {
        const end = endAt(mine.tokens, i, f, mine.lang, mine.text)
        if (end < 0 || notAQualifier(mine.tokens, i, own, mine.lang, mine.text)) continue
        found.set(k, { start: t.start, end, text: mine.text.slice(t.start, end) })
        break
      }
    }
  }
  const out: TextRange[] = []
  for (const [k, range] of found) {
    const q = TABLE[k] as Compiled
    if (occurs(theirs, q[theirs.lang].all, theirs.lang) || occurs(theirs, q[mine.lang].all, mine.lang)) continue
    out.push(range)
  }
  return out.sort((a, b) => a.start - b.start)
}

export interface QualifierGaps {
  /** Qualifiers of the source the translation does not render. */
  omitted: TextRange[]
  /** Qualifiers of the translation the source does not have. */
  added: TextRange[]
}

export function qualifierGaps(source: SideText, target: SideText): QualifierGaps {
  if (source.lang === target.lang) return { omitted: [], added: [] }
  return { omitted: unrendered(source, target), added: unrendered(target, source) }
}
