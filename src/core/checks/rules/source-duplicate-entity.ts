import type { Lang } from '../../domain/language'
import { entityTableAnalysis, mentionsAnalysis } from '../analyses/mentions'
import { read } from '../engine/job-cache'
import { fold } from '../../text/normalize'
import { capitalizedPhrases } from '../../text/phrases'
import { tokenize, type Token } from '../../text/tokenize'
import type { CheckContext, CheckDefinition, RawFinding } from '../engine/types'

interface Item {
  start: number
  end: number
  text: string
  key: string
  /** One capitalized word ("Chile"): a repeat counts only in a list of three or more. */
  single?: true
}

/** What may separate two members of one coordination: a comma or a conjunction, then a preposition and an article. */
const SEPARATOR: Record<Lang, RegExp> = {
  es: /^\s*(?:,\s*|\s(?:y|e|o|u|ni)\s+)(?:(?:por|de|a|con|para|en|entre|desde)\s+)?(?:(?:el|la|los|las|al|del)\s+)?$/i,
  en: /^\s*(?:,\s*|\s(?:and|or|nor|&)\s+)(?:(?:by|of|to|with|for|from|in|between)\s+)?(?:the\s+)?$/i
}

/** Mentions of bodies and acronyms, then capitalized names not already covered by one. */
function items(text: string, lang: Lang, ctx: CheckContext): Item[] {
  const tokens = tokenize(text, ctx.cache.text)
  const mentions = read(ctx, mentionsAnalysis).mentions(text, lang, tokens)
  const out: Item[] = mentions
    .filter((m) => !m.weak)
    .map((m) => ({
      start: m.start,
      end: m.end,
      text: m.text,
      key: m.id.startsWith('acr:') ? `${m.id}|${fold(m.text)}` : m.id
    }))
  const covers = overlapTest(out)
  for (const p of capitalizedPhrases(text, tokens, lang)) {
    if (covers(p)) continue
    for (const [first, last] of listMembers(tokens, p.first, p.last, lang)) {
      const a = tokens[first] as Token
      const b = tokens[last] as Token
      const single = first === last
      // A capitalized word opening a sentence may be any word.
      if (single && a.sentenceStart) continue
      const words = text.slice(a.start, b.end)
      out.push({ start: a.start, end: b.end, text: words, key: fold(words), ...(single ? { single: true } : {}) })
    }
  }
  return out.sort((a, b) => a.start - b.start)
}

/**
 * Whether a range overlaps any of the given ranges: those starting before its end, sorted, with the
 * furthest end among them (linear to build, a search per query; a text may hold thousands).
 */
function overlapTest(
  ranges: ReadonlyArray<{ start: number; end: number }>
): (r: { start: number; end: number }) => boolean {
  const sorted = [...ranges].sort((a, b) => a.start - b.start)
  const furthest: number[] = []
  for (const r of sorted) furthest.push(Math.max(r.end, furthest.at(-1) ?? -Infinity))
  return ({ start, end }) => {
    let lo = 0
    let hi = sorted.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((sorted[mid] as { start: number }).start < end) lo = mid + 1
      else hi = mid
    }
    return lo > 0 && (furthest[lo - 1] as number) > start
  }
}

const COORDINATORS: Record<Lang, ReadonlySet<string>> = {
  es: new Set(['y', 'e', 'o', 'u']),
  en: new Set(['and', 'or'])
}

/**
 * A capitalized phrase may end a list: "Ecuador y Paraguay" is two members, a one-word name before
 * the conjunction and what follows. Longer names keep their conjunction ("Salud y Protección Social").
 */
function listMembers(tokens: readonly Token[], first: number, last: number, lang: Lang): [number, number][] {
  const coordinator = tokens[first + 1]
  if (last - first >= 2 && coordinator && COORDINATORS[lang].has(coordinator.lower)) {
    return [[first, first], ...listMembers(tokens, first + 2, last, lang)]
  }
  return [[first, last]]
}

/**
 * The same body, place or name twice in one coordination of the source ("financiada por el BID y
 * el BID", "en Chile, Perú, Bolivia y Perú"): the author meant two. A source problem: the translator cannot know the second one.
 */
export function duplicatesIn(text: string, lang: Lang, ctx: CheckContext): [Item, Item][] {
  const list = items(text, lang, ctx)
  const found: [Item, Item][] = []
  let chain: Item[] = []
  for (const item of list) {
    const prev = chain[chain.length - 1]
    if (prev && SEPARATOR[lang].test(text.slice(prev.end, item.start))) chain.push(item)
    else chain = [item]
    const at = chain.slice(0, -1).findIndex((x) => x.key === item.key)
    const twin = chain[at]
    // "Miraflores, Lima, Lima": a district and its province may share a name; a list of places,
    // countries or names with one twice further on ("Chile, Perú, Bolivia, Perú") has lost another.
    if (twin && (!item.single || at < chain.length - 2)) found.push([twin, item])
  }
  return found
}

export const sourceDuplicateEntityCheck: CheckDefinition = {
  id: 'source-duplicate-entity',
  category: 'source/error',
  defaultSeverity: 'major',
  enabledByDefault: true,
  languages: 'spanish-english',
  locality: 'segment',
  uses: [mentionsAnalysis, entityTableAnalysis],
  i18n: {
    en: {
      title: 'Name listed twice in the source',
      description:
        'The source names the same body, place or person twice in one list, so one of them is probably wrong: query the author.',
      messages: {
        duplicate: 'The source names “{{entity}}” twice in the same list; one of them is probably another name.'
      }
    },
    es: {
      title: 'Nombre repetido en el original',
      description:
        'El original nombra dos veces el mismo organismo, lugar o persona en una enumeración; probablemente uno es otro: consulte al autor.',
      messages: {
        duplicate:
          'El original nombra dos veces “{{entity}}” en la misma enumeración; probablemente uno de ellos es otro nombre.'
      }
    }
  },
  run(ctx: CheckContext): RawFinding[] {
    const findings: RawFinding[] = []
    for (const s of ctx.document.segments) {
      if (!s.source) continue
      for (const [a, b] of duplicatesIn(s.source, ctx.document.sourceLang, ctx)) {
        findings.push({
          segment: s.index,
          side: 'source',
          sourceSpan: { start: a.start, end: b.end, text: s.source.slice(a.start, b.end) },
          messageKey: 'duplicate',
          params: { entity: b.text },
          confidence: 0.9
        })
      }
    }
    return findings
  }
}
