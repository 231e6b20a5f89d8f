/**
 * Lists of names ("Piura, Tumbes y Lambayeque"): a translation keeps every item of such a list,
 * in its own spelling at worst. When one side's list has exactly one item more than the other's,
 * and every other item is on both sides, that item was dropped or added; a list with the same
 * number of items on both sides is a list whose item is spelled another way ("Cisjordania" / "the
 * West Bank"), not a list that lost one.
 */
import type { Lang } from '../../domain/language'

/** One name: capitalized words, joined by a particle at most ("Madre de Dios", "Isle of Man"). */
const NAME = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:de|del|la|las|los|of|the)\s+)?\p{Lu}[\p{L}'’-]*){0,3}`

const CONJUNCTIONS: Record<Lang, string> = { es: 'y|e|o|u', en: 'and|or' }

const listPattern = (lang: Lang): RegExp =>
  new RegExp(`${NAME}(?:,\\s+${NAME})+,?\\s+(?:${CONJUNCTIONS[lang]})\\s+${NAME}`, 'gu')

const separator = (lang: Lang): RegExp =>
  new RegExp(`,\\s+(?:(?:${CONJUNCTIONS[lang]})\\s+)?|\\s+(?:${CONJUNCTIONS[lang]})\\s+`, 'gu')

interface Item {
  start: number
  end: number
  key: string
}

/** Accents and case aside: "Martín" and "Martin" are one item. */
const key = (item: string): string => item.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()

function listsOf(text: string, lang: Lang): Item[][] {
  const out: Item[][] = []
  for (const m of text.matchAll(listPattern(lang))) {
    const items: Item[] = []
    let from = 0
    const add = (to: number): void => {
      const start = m.index + from
      items.push({ start, end: m.index + to, key: key(m[0].slice(from, to)) })
    }
    for (const sep of m[0].matchAll(separator(lang))) {
      add(sep.index)
      from = sep.index + sep[0].length
    }
    add(m[0].length)
    out.push(items)
  }
  return out
}

/**
 * The item of `mine`'s list that holds the name at `start`..`end`, when it is the one item that
 * list has beyond a list the other side writes with all the remaining items.
 */
export function extraListItem(
  mine: { text: string; lang: Lang },
  theirs: { text: string; lang: Lang },
  start: number,
  end: number
): { start: number; end: number; text: string } | null {
  const list = listsOf(mine.text, mine.lang).find((l) => l.some((i) => i.start <= start && end <= i.end))
  const item = list?.find((i) => i.start <= start && end <= i.end)
  if (!list || !item || list.length < 3) return null
  const rest = list.filter((i) => i !== item).map((i) => i.key)
  const kept = listsOf(theirs.text, theirs.lang).some(
    (other) => other.length === rest.length && rest.every((k) => other.some((i) => i.key === k))
  )
  return kept ? { start: item.start, end: item.end, text: mine.text.slice(item.start, item.end) } : null
}
