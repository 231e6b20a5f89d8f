/**
 * A named document or event rendered as another kind: "el Plan Nacional de Agua" as "the National
 * Water Strategy", "la Cumbre Andina" as "the Andean Fair". The generic head of a name is translated
 * (text/lexicon/designations.ts) while the rest may be reworded freely, so a source head whose
 * kind the translation never names, facing a head of another kind the source never names, is a
 * different document or event.
 */
import type { Lang } from '../../domain/language'
import type { Span } from '../../domain/findings'
import { DESIGNATION_HEADS } from '../../text/lexicon/designations'
import { isFunctionWord } from '../../text/function-words'
import type { Token } from '../../text/tokenize'

/** Which kind (index into the table) a word names, per language. */
const KIND: Record<Lang, ReadonlyMap<string, number>> = {
  es: kinds('es'),
  en: kinds('en')
}

function kinds(lang: Lang): ReadonlyMap<string, number> {
  const map = new Map<string, number>()
  DESIGNATION_HEADS.forEach((h, k) => {
    for (const w of h[lang]) if (!map.has(w)) map.set(w, k)
  })
  return map
}

const capitalized = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}\p{Ll}/u.test(t.text)

/** Links between a head and the rest of its name ("Plan de Acción", "Code of Conduct"). */
const LINKS = new Set(['de', 'del', 'para', 'sobre', 'contra', 'of', 'for', 'on', 'against'])

/**
 * A head written with a capital inside a name: next to another capitalized word, directly or
 * across one linking word ("Plan Nacional", "Water Strategy", "Ley de Aguas").
 */
function isNameHead(tokens: readonly Token[], i: number, text: string): boolean {
  const t = tokens[i] as Token
  if (!capitalized(t)) return false
  const prev = tokens[i - 1]
  const next = tokens[i + 1]
  const joined = (a: Token, b: Token): boolean => /^ $/.test(text.slice(a.end, b.start))
  if (prev && capitalized(prev) && !prev.sentenceStart && joined(prev, t) && !isFunctionWord(prev.lower, 'en'))
    return true
  if (prev && capitalized(prev) && prev.sentenceStart && joined(prev, t)) return true
  if (next && capitalized(next) && joined(t, next)) return true
  const after = tokens[i + 2]
  return (
    next !== undefined && LINKS.has(next.fold) && capitalized(after) && joined(t, next) && joined(next, after as Token)
  )
}

interface Head {
  token: Token
  kind: number
}

function heads(tokens: readonly Token[], text: string, lang: Lang): Head[] {
  const out: Head[] = []
  tokens.forEach((t, i) => {
    const kind = KIND[lang].get(t.fold)
    if (kind !== undefined && isNameHead(tokens, i, text)) out.push({ token: t, kind })
  })
  return out
}

/** Whether the text names a kind at all, capitalized or not. */
const names = (tokens: readonly Token[], lang: Lang, kind: number): boolean =>
  tokens.some((t) => KIND[lang].get(t.fold) === kind)

/** Relative positions further apart than this are not one name in the place of another. */
const NEAR = 0.35

export interface HeadSwap {
  source: Span
  target: Span
}

export function designationSwaps(
  source: { text: string; tokens: readonly Token[]; lang: Lang },
  target: { text: string; tokens: readonly Token[]; lang: Lang }
): HeadSwap[] {
  if (source.lang === target.lang) return []
  const sourceHeads = heads(source.tokens, source.text, source.lang).filter(
    (h) => !names(target.tokens, target.lang, h.kind)
  )
  if (sourceHeads.length === 0) return []
  const targetHeads = heads(target.tokens, target.text, target.lang).filter(
    (h) => !names(source.tokens, source.lang, h.kind)
  )
  // Where a name starts: English puts the head last ("the National Water Strategy").
  const where = (t: Token, tokens: readonly Token[], text: string): number => {
    let i = t.index
    while (i > 0 && capitalized(tokens[i - 1]) && !(tokens[i] as Token).sentenceStart) i--
    return (tokens[i] as Token).start / Math.max(1, text.length)
  }
  const out: HeadSwap[] = []
  const used = new Set<Head>()
  for (const s of sourceHeads) {
    const near = targetHeads.filter(
      (t) =>
        !used.has(t) &&
        Math.abs(where(t.token, target.tokens, target.text) - where(s.token, source.tokens, source.text)) <= NEAR
    )
    // One candidate only: with several, which renders which is unclear.
    if (near.length !== 1) continue
    const t = near[0] as Head
    used.add(t)
    const span = (x: Token): Span => ({ start: x.start, end: x.end, text: x.text })
    out.push({ source: span(s.token), target: span(t.token) })
  }
  return out
}
