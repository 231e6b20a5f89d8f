/**
 * An item added to (or dropped from) a list. At its end: "mochilas y cuadernos" rendered
 * "backpacks, notebooks and uniforms"; the list of one side ends with a conjunction before an item the other
 * side closes its list with, and on this side that item is followed by one more, whose words
 * nothing on the other side explains. In its middle: "A, X and B" where the other side joins A and
 * B directly. Word order inside a list is kept by nearly every translation, so the structure
 * (comma here, conjunction there) tells an extended list from a reworded one.
 */
import type { Lang } from '../../domain/language'
import type { TextRange } from '../../text/lexicon/text'
import type { BilingualLexicon } from '../../text/bilingual-lexicon'
import type { AnchorWords } from './anchors'

/** Conjunctions that close a list. */
const CONJUNCTION: Record<Lang, ReadonlySet<string>> = {
  es: new Set(['y', 'e', 'o', 'u']),
  en: new Set(['and', 'or'])
}

/** Content words an added item may have: a longer one is a clause, not an item. */
const MAX_ITEM_WORDS = 3

/** One side of a pair as `listGaps` reads it. */
export interface ListSide {
  words: AnchorWords
  /** Whether something on the other side accounts for each word. */
  explained: readonly boolean[]
  /** For each word, the words of the other side it may correspond to. */
  counterparts: readonly (readonly number[])[]
  text: string
  lang: Lang
}

const isConjunction = (side: ListSide, i: number): boolean =>
  CONJUNCTION[side.lang].has((side.words.facts[i]?.text ?? '').toLowerCase())

/** The text between word i and word i + 1. */
const gapAfter = (side: ListSide, i: number): string =>
  side.text.slice(side.words.ends[i], side.words.starts[i + 1] ?? side.text.length)

/** The previous content word before `i` within its clause, and whether a comma comes between. */
function previousContent(side: ListSide, i: number): { at: number; comma: boolean } | null {
  let comma = false
  for (let k = i - 1; k >= 0; k--) {
    const between = gapAfter(side, k)
    if (/[.;:!?()]/.test(between)) return null
    if (between.includes(',')) comma = true
    if (side.words.facts[k]?.content) return { at: k, comma }
    if (isConjunction(side, k)) return null
  }
  return null
}

/** Whether word `i` of a side closes its list: a conjunction right before it (an article may come between). */
function closesList(side: ListSide, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 2; k--) {
    if (/[^\s]/.test(gapAfter(side, k))) return false
    if (isConjunction(side, k)) return true
    if (side.words.facts[k]?.content) return false
  }
  return false
}

/** The word of the other side that word `i` corresponds to: a candidate, else one the lexicon pairs it with. */
function counterpartOf(side: ListSide, other: ListSide, i: number, lexicon: BilingualLexicon): number | undefined {
  const known = side.counterparts[i]?.[0]
  if (known !== undefined) return known
  const translations = new Set(lexicon.translations(side.words.facts[i]?.text ?? '', side.lang))
  if (translations.size === 0) return undefined
  const found = other.words.facts.findIndex(
    (f) => f.content && lexicon.lemmas(f.text, other.lang).some((l) => translations.has(l))
  )
  return found >= 0 ? found : undefined
}

/**
 * The one word of the other side that word `i` may correspond to, or undefined when there are
 * several ("damage" pairs with both "daños" and "averías": the list may be rendered item for item).
 */
function onlyCounterpart(side: ListSide, other: ListSide, i: number, lexicon: BilingualLexicon): number | undefined {
  const text = side.words.facts[i]?.text ?? ''
  const translations = new Set(lexicon.translations(text, side.lang))
  const matches = new Set(side.counterparts[i] ?? [])
  other.words.facts.forEach((f, j) => {
    if (f.content && lexicon.lemmas(f.text, other.lang).some((l) => translations.has(l))) matches.add(j)
  })
  return matches.size === 1 ? [...matches][0] : undefined
}

/**
 * Items this side adds at the end of a list whose other-side version ends one item earlier.
 * `other` is the side whose structure vouches for the gap.
 */
export function listGaps(side: ListSide, other: ListSide, lexicon: BilingualLexicon | undefined): TextRange[] {
  if (!lexicon) return []
  const out: TextRange[] = []
  const { facts, starts, ends } = side.words
  for (let j = 0; j < facts.length; j++) {
    if (!isConjunction(side, j)) continue
    // The item after the conjunction: its leading function words ("the", "by"), then a run of
    // content words, up to punctuation or the next function word.
    const item: number[] = []
    for (let k = j + 1; k < facts.length && !isConjunction(side, k); k++) {
      if (facts[k]?.content) item.push(k)
      else if (item.length > 0) break
      if (/[,.;:!?()]/.test(gapAfter(side, k))) break
    }
    if (item.length === 0 || item.length > MAX_ITEM_WORDS) continue
    if (item.some((i) => side.explained[i] || facts[i]?.numeric)) continue
    // Names are the names check's; a word the lexicon does not know may be a rendering it lacks.
    if (item.every((i) => /^\p{Lu}/u.test(facts[i]?.text ?? ''))) continue
    if (!item.some((i) => lexicon.translations(facts[i]?.text ?? '', side.lang).length > 0)) continue
    // The item before it: explained, right before the conjunction, and after a comma (a list of three).
    const before = previousContent(side, j)
    if (!before || !side.explained[before.at] || before.comma) continue
    const itemBefore = previousContent(side, before.at)
    if (!itemBefore?.comma) continue
    // On the other side, that item closes the list.
    const counterpart = counterpartOf(side, other, before.at, lexicon)
    if (counterpart === undefined || !closesList(other, counterpart)) continue
    const start = starts[j] as number
    const end = ends[item[item.length - 1] as number] as number
    out.push({ start, end, text: side.text.slice(start, end) })
  }
  return out
}

/** Only what joins two list items: a comma, a conjunction, an article. */
const JOINT = /^\s*,?\s*(?:(?:and|or|y|e|o|u)\s+)?(?:(?:the|a|an|el|la|los|las|un|una|unos|unas)\s+)?$/i

/**
 * Items this side has in the middle of a list ("A, X and B") where the other side joins the
 * neighbouring items directly ("A and B"): X was added here, or dropped there.
 */
export function middleListGaps(side: ListSide, other: ListSide, lexicon: BilingualLexicon | undefined): TextRange[] {
  if (!lexicon) return []
  const out: TextRange[] = []
  const { facts, starts, ends } = side.words
  for (let k = 0; k + 1 < facts.length; k++) {
    if (!facts[k]?.content || !side.explained[k] || !/^\s*,\s*$/.test(gapAfter(side, k))) continue
    // The item after the comma, then what follows it: a comma or a conjunction, then the next item.
    const item: number[] = []
    let next = k + 1
    for (; next < facts.length && !isConjunction(side, next); next++) {
      if (facts[next]?.content) item.push(next)
      else if (item.length > 0) break
      if (/[,.;:!?()]/.test(gapAfter(side, next))) {
        next++
        break
      }
    }
    if (item.length === 0 || item.length > MAX_ITEM_WORDS) continue
    const separator = side.text.slice(ends[item[item.length - 1] as number], starts[next] ?? side.text.length)
    if (!/^\s*,\s*$/.test(separator) && !(isConjunction(side, next) && /^\s+$/.test(separator))) continue
    const following = isConjunction(side, next) ? next + 1 : next
    if (!facts[following]?.content || !side.explained[following]) continue
    if (item.some((i) => side.explained[i] || facts[i]?.numeric)) continue
    if (item.every((i) => /^\p{Lu}/u.test(facts[i]?.text ?? ''))) continue
    if (!item.some((i) => lexicon.translations(facts[i]?.text ?? '', side.lang).length > 0)) continue
    // On the other side, the neighbouring items are joined directly.
    const before = onlyCounterpart(side, other, k, lexicon)
    const after = onlyCounterpart(side, other, following, lexicon)
    if (before === undefined || after === undefined || after <= before) continue
    const joint = other.text.slice(other.words.ends[before], other.words.starts[after])
    if (!JOINT.test(joint) || !/[,]|\b(?:and|or|y|e|o|u)\b/i.test(joint)) continue
    const start = starts[item[0] as number] as number
    const end = ends[item[item.length - 1] as number] as number
    out.push({ start, end, text: side.text.slice(start, end) })
  }
  return out
}
