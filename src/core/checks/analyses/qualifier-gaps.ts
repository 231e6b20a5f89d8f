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

const TABLE = QUALIFIERS.map((q) => ({ id: q.id, es: compile(q.es), en: compile(q.en) }))

/** Words that may stand between a qualifier and its number ("casi el 40 %", "nearly the 300"). */
const ARTICLES = new Set(['el', 'the'])

/** A token that stands for a number: digits or a number word ("dos", "two"). */
const isNumeral = (t: Token | undefined, lang: Lang): boolean =>
  t !== undefined && (t.isNumber || /^\d/.test(t.text) || (NUMBER_WORDS[lang] as readonly string[]).includes(t.fold))

const wordMatches = (t: Token | undefined, w: string): boolean =>
  t !== undefined && (w.endsWith('*') ? t.fold.startsWith(w.slice(0, -1)) : t.fold === w)

/** Whether `form` occurs at token i; where its words end (a number it needs excluded), or -1. */
function endAt(tokens: readonly Token[], i: number, form: Form, lang: Lang): number {
  let at = i
  let end = -1
  for (const w of form) {
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

const occurs = (tokens: readonly Token[], forms: readonly Form[], lang: Lang): boolean =>
  forms.some((f) => tokens.some((_, i) => endAt(tokens, i, f, lang) >= 0))

/** A comparison ("5 % more than", "far more than"), or a trigger that is part of a longer phrase. */
function notAQualifier(tokens: readonly Token[], i: number, side: CompiledSide, lang: Lang, text: string): boolean {
  const before = tokens[i - 1]
  if (before && (isNumeral(before, lang) || COMPARISON_LEAD.has(before.fold))) return true
  if (/%\s*$/.test(text.slice(0, (tokens[i] as Token).start))) return true
  return side.unless.some((f) => endAt(tokens, i, f, lang) >= 0)
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
  const out: TextRange[] = []
  for (const q of TABLE) {
    const own = q[mine.lang]
    let found: TextRange | null = null
    for (let i = 0; i < mine.tokens.length && !found; i++) {
      const t = mine.tokens[i] as Token
      // A qualifier inside a name ("Programa Vaso Gratuito") goes with the name.
      if (/^\p{Lu}/u.test(t.text) && !t.sentenceStart) continue
      for (const f of own.triggers) {
        const end = endAt(mine.tokens, i, f, mine.lang)
        if (end < 0 || notAQualifier(mine.tokens, i, own, mine.lang, mine.text)) continue
        found = { start: t.start, end, text: mine.text.slice(t.start, end) }
        break
      }
    }
    if (!found) continue
    if (occurs(theirs.tokens, q[theirs.lang].all, theirs.lang) || occurs(theirs.tokens, own.all, mine.lang)) continue
    out.push(found)
  }
  return out
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
