import type { Lang } from '../domain/language'
import type { GlossaryEntry } from '../domain/glossary'
import { acronymBase, DOTTED_ACRONYM, expansionStart, isAcronymToken, isRomanNumeral } from './acronyms'
import { isSupportingName, KNOWN_ENTITIES } from './entity-map'
import { capitalAt, isAllCaps, isCapitalized } from './normalize'
import { capitalizedPhrases } from './phrases'
import type { NamePattern } from './patterns'
import { compileTerm, keysFor, matchAt } from './terms'
import { tokenize, type Token } from './tokenize'
import type { WordForm } from './word-forms'
import { pushTo } from '../collections/multimap'

/** One mention of a body or acronym in a text. */
export interface Mention {
  /** Identity shared by both languages: "IDB" for BID and IDB, "acr:PCM" for an acronym we do not know. */
  id: string
  start: number
  end: number
  text: string
  /** The acronym as written, when the mention has one. */
  acronym: string | null
  /** Lowercase generic names ("inteligencia artificial") count as counterparts but are never reported. */
  weak: boolean
  /** The acronym comes with a name that spells it ("Seguro Integral de Salud (SIS)") or a known name of its body. */
  expanded: boolean
  /** Token range. */
  first: number
  last: number
}

/** An acronym we have no entry for: its identity is the acronym itself. */
export const isUnknownAcronym = (m: Mention): boolean => m.id.startsWith('acr:')

/** The mention carries its own expansion ("gestión de riesgos (GR)"): its letters are checked. */
export const isDefinedAcronym = (m: Mention): boolean => m.acronym !== null && m.expanded

/** Acronyms and names per language, built-in table plus the glossary's acronym pairs. */
export interface EntityTable {
  acronymIds: Record<Lang, Map<string, string>>
  names: Record<Lang, NamePattern[]>
  /** Name patterns by the key of their first word, longest first. */
  byFirstWord: Record<Lang, Map<string, NamePattern[]>>
  /**
   * The same by spelling, filled as words are met: most words open no name, and are told so
   * without building their key. Weak: the table may outlive the analyzers whose spellings it met
   * (`cotejo check --jsonl` keeps one table for the run), and must not keep their records alive.
   */
  byForm: Record<Lang, WeakMap<WordForm, NamePattern[] | undefined>>
}

/** Options every name pattern is compiled with: names match without regard to accents or case. */
const NAME_OPTIONS = { accentInsensitive: true }

function emptyTable(): EntityTable {
  return {
    acronymIds: { es: new Map(), en: new Map() },
    names: { es: [], en: [] },
    byFirstWord: { es: new Map(), en: new Map() },
    byForm: { es: new WeakMap(), en: new WeakMap() }
  }
}

function addEntity(table: EntityTable, id: string, lang: Lang, acronyms: string[], names: string[]): void {
  for (const a of acronyms) table.acronymIds[lang].set(a.replace(/[\s.]/g, ''), id)
  for (const n of names) {
    const supporting = isSupportingName(n)
    const name = supporting ? n.slice(1) : n
    table.names[lang].push({
      id,
      pattern: compileTerm(name, lang, NAME_OPTIONS),
      weak: supporting || !isCapitalized(name)
    })
  }
}

function sortNames(table: EntityTable): void {
  for (const lang of ['es', 'en'] as const) {
    table.names[lang].sort((a, b) => b.pattern.words.length - a.pattern.words.length)
    const index = new Map<string, NamePattern[]>()
    for (const n of table.names[lang]) {
      const key = n.pattern.words[0]?.key
      if (key === undefined) continue
      pushTo(index, key, n)
    }
    table.byFirstWord[lang] = index
  }
}

/**
 * The built-in table, extended by glossary entries whose two sides are acronyms ("BID,IDB"). Built
 * anew at each call: a job builds it once (see checks/analyses/mentions) and owns it.
 */
export function entityTable(glossary: readonly GlossaryEntry[] = []): EntityTable {
  const table = emptyTable()
  for (const e of KNOWN_ENTITIES) {
    addEntity(table, e.id, 'es', e.es.acronyms, e.es.names)
    addEntity(table, e.id, 'en', e.en.acronyms, e.en.names)
  }
  for (const g of glossary) {
    const targets = [g.target, ...g.allowed].filter((t) => isAllCaps(t) && !/\s/.test(t))
    if (!isAllCaps(g.source) || /\s/.test(g.source) || targets.length === 0) continue
    const id =
      table.acronymIds.es.get(g.source) ??
      targets.map((t) => table.acronymIds.en.get(t)).find(Boolean) ??
      `acr:${g.source}`
    addEntity(table, id, 'es', [g.source], [])
    addEntity(table, id, 'en', targets, [])
  }
  sortNames(table)
  return table
}

function acronymId(table: EntityTable, acronym: string, lang: Lang): string {
  const key = acronym.replace(/[\s.]/g, '')
  return table.acronymIds[lang].get(key) ?? table.acronymIds[lang === 'es' ? 'en' : 'es'].get(key) ?? `acr:${key}`
}

function tokenAt(tokens: readonly Token[], offset: number): number {
  return tokens.findIndex((t) => t.start <= offset && offset < t.end)
}

/**
 * Finds the bodies and acronyms a text names. "Banco Interamericano de Desarrollo (BID)" is one
 * mention; so is "Consejo Nacional Electoral (CNE)" (the acronym gives its identity).
 */
export function extractMentions(
  text: string,
  lang: Lang,
  table: EntityTable,
  tokens: readonly Token[] = tokenize(text)
): Mention[] {
  return scanMentions(text, lang, table, tokens)
}

function scanMentions(text: string, lang: Lang, table: EntityTable, tokens: readonly Token[]): Mention[] {
  const taken = new Array<boolean>(tokens.length).fill(false)
  const mentions: Mention[] = []
  const add = (m: Mention): void => {
    for (let i = m.first; i <= m.last; i++) taken[i] = true
    mentions.push(m)
  }

  const keys = keysFor(tokens, lang, NAME_OPTIONS)
  const byFirstWord = table.byFirstWord[lang]
  const byForm = table.byForm[lang]
  for (let i = 0; i < tokens.length; i++) {
    // The names a word may open, per spelling: most words open none, and are told so without a lookup.
    const form = (tokens[i] as Token).form
    let entries = byForm.get(form)
    if (entries === undefined && !byForm.has(form)) byForm.set(form, (entries = byFirstWord.get(keys[i] as string)))
    if (entries === undefined) continue
    for (const { id, pattern, weak } of entries) {
      const match = matchAt(text, tokens, keys, pattern, i)
      if (!match) continue
      add({
        id,
        start: match.start,
        end: match.end,
        text: text.slice(match.start, match.end),
        acronym: null,
        weak,
        expanded: false,
        first: match.first,
        last: match.last
      })
      i = match.last
      break
    }
  }

  for (const m of /\p{Lu}\. ?\p{Lu}/u.test(text) ? text.matchAll(DOTTED_ACRONYM) : []) {
    const raw = m[0].trimEnd()
    const first = tokenAt(tokens, m.index)
    const last = tokenAt(tokens, m.index + raw.length - 2)
    if (first < 0 || last < 0 || taken.slice(first, last + 1).some(Boolean)) continue
    add({
      id: acronymId(table, raw, lang),
      start: m.index,
      end: m.index + raw.length,
      text: raw,
      acronym: raw,
      weak: false,
      expanded: false,
      first,
      last
    })
  }

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    // Acronyms and compounds led by one both open with two capitals.
    if (taken[i] || !capitalAt(t.text, 1)) continue
    // "HIV-related", "IDB-funded": the acronym is the first part of a compound.
    const head = /^(\p{Lu}{2,}\d*)[-‐‑]\p{Ll}/u.exec(t.text)?.[1]
    if (head && !isRomanNumeral(head)) {
      add({
        id: acronymId(table, head, lang),
        start: t.start,
        end: t.start + head.length,
        text: head,
        acronym: head,
        weak: false,
        expanded: false,
        first: i,
        last: i
      })
      continue
    }
    // "US$ 500", "R$": a currency sign, the numbers check's business.
    if (!isAcronymToken(tokens, i) || text.charAt(t.end) === '$') continue
    const acronym = acronymBase(t.text)
    add({
      id: acronymId(table, acronym, lang),
      start: t.start,
      end: t.end,
      text: t.text,
      acronym,
      weak: false,
      expanded: false,
      first: i,
      last: i
    })
  }

  mentions.sort((a, b) => a.start - b.start)
  return mergeParenthesized(text, tokens, lang, mentions)
}

/** Where the "(" that `at` follows (spaces apart) stands, or -1: read backwards, not by a pattern over all the text before. */
function openingParenthesis(text: string, at: number): number {
  let i = at - 1
  while (i >= 0 && /\s/.test(text.charAt(i))) i--
  return i >= 0 && text.charCodeAt(i) === 40 ? i : -1
}

/** "Name (ACR)": one mention spanning both, identified by the acronym when the name is unknown. */
function mergeParenthesized(text: string, tokens: readonly Token[], lang: Lang, mentions: Mention[]): Mention[] {
  const out: Mention[] = []
  for (const m of mentions) {
    const beforeParen = m.acronym ? openingParenthesis(text, m.start) : -1
    const close = beforeParen >= 0 ? /^\s*\)/.exec(text.slice(m.end)) : null
    if (!m.acronym || !close) {
      out.push(m)
      continue
    }
    const end = m.end + close[0].length
    const prev = out[out.length - 1]
    // A supporting word ("europea") is not a name the acronym could belong to, unless it is the same body.
    const fits = prev && !prev.acronym && (!prev.weak || prev.id === m.id)
    if (prev && fits && /^\s*$/.test(text.slice(prev.end, beforeParen))) {
      // Known name followed by its acronym: keep the acronym's identity when the name's is generic.
      out[out.length - 1] = {
        ...prev,
        id: m.id.startsWith('acr:') ? prev.id : m.id,
        end,
        text: text.slice(prev.start, end),
        acronym: m.acronym,
        expanded: true,
        last: m.last
      }
      continue
    }
    const spelled = expansionStart(tokens, m.first, m.acronym, lang)
    const start =
      spelled ??
      capitalizedPhrases(text, tokens, lang).find(
        (p) => p.last === m.first - 1 && /^\s*\(\s*$/.test(text.slice(p.end, m.start))
      )?.first
    if (
      start === undefined ||
      start === null ||
      /[,.;:()]/.test(text.slice((tokens[start] as Token).start, beforeParen))
    ) {
      out.push(m)
      continue
    }
    const s = (tokens[start] as Token).start
    out.push({ ...m, start: s, end, text: text.slice(s, end), first: start, expanded: spelled !== null })
  }
  return out
}
