import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import nspell from 'nspell'
import type { SpellService } from '../../core/text/speller'
import type { Lang } from '../../core/domain/language'

type Speller = ReturnType<typeof nspell>

/**
 * Words seen per language: press releases repeat their vocabulary, and Hunspell lookups are not
 * free. The spelling check keeps a spelling's answer on its record as well; 100,000 words a
 * language held about 5 MB of a batch run's peak for little.
 */
const MAX_CACHED = 20_000

const LANGS: readonly Lang[] = ['en', 'es']

let loading: Promise<SpellService> | null = null

/**
 * Loads the spellers (en-US, es) once per process. Building nspell from the Hunspell files expands
 * every affix of every word (650,000 Spanish forms: 3 s and 100 MB of heap), so the build expands
 * them once (`preparedDictionary`, written beside the bundle as `dictionaries/<lang>.words`) and a
 * process reads the sorted word list and looks words up in it by binary search. Without the prepared
 * files (tests from source), the same list is made in memory: one lookup path either way.
 */
export function loadSpeller(): Promise<SpellService> {
  loading ??= load()
  return loading
}

/** The dictionary packages give Uint8Arrays; nspell's types want Buffers (a view, no copy). */
const view = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)

async function hunspellFiles(lang: Lang): Promise<{ aff: Uint8Array; dic: Uint8Array }> {
  return lang === 'en' ? (await import('dictionary-en')).default : (await import('dictionary-es')).default
}

/** The flags nspell's `correct` and `suggest` read from a word's entry. */
const READ_FLAGS = ['FORBIDDENWORD', 'KEEPCASE', 'ONLYINCOMPOUND', 'NOSUGGEST']

/**
 * What nspell knows after reading a .dic, as text: a JSON line (the compound rules as regular
 * expressions, and the flags of the words that have any), then every known form, sorted, one a line.
 * Exported for the build and for tests.
 */
export async function preparedDictionary(lang: Lang): Promise<string> {
  const files = await hunspellFiles(lang)
  const full = nspell({ aff: view(files.aff), dic: view(files.dic) })
  const data = (full as unknown as { data: Record<string, string[]> }).data
  const rules = (full as unknown as { compoundRules: RegExp[] }).compoundRules
  // Once every affix is expanded, a form's flags matter only where nspell reads them to accept or
  // suggest it: the others (about 12 MB of heap in each process) are left out.
  const flagNames = (full as unknown as { flags: Record<string, unknown> }).flags
  const read = new Set(READ_FLAGS.map((name) => flagNames[name]).filter((f): f is string => typeof f === 'string'))
  const words = Object.keys(data).sort()
  const codes: Record<string, string[]> = {}
  for (const w of words) {
    const kept = (data[w] ?? []).filter((f) => read.has(f))
    if (kept.length > 0) codes[w] = kept
  }
  return `${JSON.stringify({ compoundRules: rules.map((r) => r.source), codes })}\n${words.join('\n')}`
}

/** Where the build writes the prepared lists: beside the bundle, whose chunks sit one folder down. */
function preparedFile(lang: Lang): string | null {
  for (const dir of [import.meta.dirname, join(import.meta.dirname, '..')]) {
    const file = join(dir, 'dictionaries', `${lang}.words`)
    if (existsSync(file)) return file
  }
  return null
}

const NO_FLAGS: readonly string[] = Object.freeze([])

/**
 * An nspell speller over a prepared list: nspell parses the (small) .aff as usual; its word table
 * is a read-only view that finds a form by binary search in one string, instead of an object with
 * a property per form.
 */
async function preparedSpeller(lang: Lang): Promise<Speller> {
  const file = preparedFile(lang)
  const text = file ? readFileSync(file, 'utf8') : await preparedDictionary(lang)
  const headerEnd = text.indexOf('\n')
  const header = JSON.parse(text.slice(0, headerEnd)) as { compoundRules: string[]; codes: Record<string, string[]> }
  const list = text.slice(headerEnd + 1)
  // The line [start, end) of the list compared with `word`, in the code-unit order of the sort,
  // where it lies: cutting each probed word out of the list was most of what a lookup allocated.
  const compare = (start: number, end: number, word: string): number => {
    const n = Math.min(end - start, word.length)
    for (let i = 0; i < n; i++) {
      const d = list.charCodeAt(start + i) - word.charCodeAt(i)
      if (d !== 0) return d
    }
    return end - start - word.length
  }
  // A binary search over the text itself, [lo, hi) always starting at a line: no table of where
  // each of the 650,000 Spanish forms starts (2.5 MB of every process that checks spelling).
  const has = (word: string): boolean => {
    let lo = 0
    let hi = list.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      const start = mid === 0 ? 0 : list.lastIndexOf('\n', mid - 1) + 1
      const nl = list.indexOf('\n', start)
      const end = nl < 0 ? list.length : nl
      const d = compare(start, end, word)
      if (d === 0) return true
      if (d < 0) lo = end + 1
      else hi = start
    }
    return false
  }
  const flags = new Map(Object.entries(header.codes))
  const words = new Proxy(Object.create(null) as Record<string, readonly string[]>, {
    get: (_t, key) => (typeof key === 'string' && has(key) ? (flags.get(key) ?? NO_FLAGS) : undefined),
    has: (_t, key) => typeof key === 'string' && has(key)
  })
  const files = await hunspellFiles(lang)
  const speller = nspell({ aff: view(files.aff) })
  Object.assign(speller, { data: words, compoundRules: header.compoundRules.map((s) => new RegExp(s, 'i')) })
  return speller
}

async function load(): Promise<SpellService> {
  const [en, es] = await Promise.all(LANGS.map(preparedSpeller))
  const spellers: Record<Lang, Speller> = { en: en as Speller, es: es as Speller }
  const seen: Record<Lang, Map<string, boolean>> = { en: new Map(), es: new Map() }
  const suggested: Record<Lang, Map<string, string[]>> = { en: new Map(), es: new Map() }
  return {
    check(word: string, lang: Lang): boolean {
      const cache = seen[lang]
      const hit = cache.get(word)
      if (hit !== undefined) return hit
      const ok = spellers[lang].correct(word)
      if (cache.size >= MAX_CACHED) cache.clear()
      cache.set(word, ok)
      return ok
    },
    knowsAny(words: readonly string[], lang: Lang): boolean {
      const speller = spellers[lang]
      return words.some((w) => speller.correct(w))
    },
    suggest(word: string, lang: Lang): string[] {
      const cache = suggested[lang]
      let list = cache.get(word)
      if (!list) {
        list = spellers[lang].suggest(word)
        if (cache.size >= MAX_CACHED) cache.clear()
        cache.set(word, list)
      }
      return list
    }
  }
}
