/**
 * How a phrase was rendered across approved pairs: in each pair whose source holds the phrase, the
 * target words that translate it (located as the consistency check locates a term's rendering),
 * grouped by rendering with how often and when each was used. "Secretaría de Gobierno" →
 * "Government Secretariat" ×3 (2026-01-04 – 2026-03-18), "Secretariat of Government" ×1, …
 */
import { keysOf, locateRenderings, RenderingMemo, type TokenizedText } from '../checks/analyses/rendering'
import { conventionLang, type LanguageTag } from '../domain/language'
import type { RenderingGroup } from '../domain/memory'
import { tokenize, type Token } from '../text/tokenize'

export interface RenderedPair {
  source: string
  target: string
  sourceLang: LanguageTag
  targetLang: LanguageTag
  changedAt: string
}

/** A rendering's words as compared: case and spacing aside. */
const keyOf = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim()

/** Where the phrase's words occur, in order and next to each other (case and accents aside). */
function occurrencesOf(phrase: readonly Token[], tokens: readonly Token[]): { first: number; last: number }[] {
  const found: { first: number; last: number }[] = []
  if (phrase.length === 0) return found
  for (let i = 0; i + phrase.length <= tokens.length; i++) {
    if (phrase.every((w, k) => (tokens[i + k] as Token).fold === w.fold)) {
      found.push({ first: i, last: i + phrase.length - 1 })
      i += phrase.length - 1
    }
  }
  return found
}

/**
 * The renderings of `phrase` in `pairs`, most used first (the latest first on a tie). A target
 * word that turns up in most of the pairs is taken as part of the rendering even when it does not
 * look like a translation of a source word ("Secretaría" → "Department").
 */
export function renderingsOf(phrase: string, pairs: readonly RenderedPair[]): RenderingGroup[] {
  const memo = new RenderingMemo()
  const wanted = tokenize(phrase)
  const texts = pairs.map((p) => ({
    pair: p,
    source: { text: p.source, tokens: tokenize(p.source) } as TokenizedText,
    target: { text: p.target, tokens: tokenize(p.target) } as TokenizedText
  }))
  const share = new Map<string, number>()
  for (const t of texts)
    for (const key of new Set(keysOf(memo, t.target, conventionLang(t.pair.targetLang))))
      share.set(key, (share.get(key) ?? 0) + 1 / texts.length)
  const association = (key: string): number => ((share.get(key) ?? 0) >= 0.5 ? (share.get(key) ?? 0) : 0)

  const groups = new Map<string, RenderingGroup & { spellings: Map<string, number> }>()
  for (const { pair, source, target } of texts) {
    const occurrences = occurrencesOf(wanted, source.tokens)
    if (occurrences.length === 0) continue
    const found = locateRenderings({
      source,
      target,
      sourceLang: conventionLang(pair.sourceLang),
      targetLang: conventionLang(pair.targetLang),
      occurrences,
      association,
      memo
    })
    for (const r of found) {
      const key = `${pair.targetLang}\u0001${r ? keyOf(r.text) : ''}`
      let group = groups.get(key)
      if (!group) {
        group = {
          rendering: r?.text ?? null,
          targetLang: pair.targetLang,
          count: 0,
          first: pair.changedAt,
          last: pair.changedAt,
          spellings: new Map()
        }
        groups.set(key, group)
      }
      group.count++
      if (pair.changedAt < group.first) group.first = pair.changedAt
      if (pair.changedAt > group.last) group.last = pair.changedAt
      if (r) group.spellings.set(r.text, (group.spellings.get(r.text) ?? 0) + 1)
    }
  }
  return [...groups.values()]
    .map(({ spellings, ...g }) => ({
      ...g,
      rendering: g.rendering === null ? null : [...spellings].reduce((a, b) => (b[1] > a[1] ? b : a))[0]
    }))
    .sort(
      (a, b) =>
        Number(a.rendering === null) - Number(b.rendering === null) || b.count - a.count || b.last.localeCompare(a.last)
    )
}
