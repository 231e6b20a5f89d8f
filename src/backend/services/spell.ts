import nspell from 'nspell'
import type { SpellService } from '../../core/checks/engine/types'
import type { Lang } from '../../core/domain/language'

type Speller = ReturnType<typeof nspell>

/** Words seen per language: press releases repeat their vocabulary, and Hunspell lookups are not free. */
const MAX_CACHED = 100_000

let loading: Promise<SpellService> | null = null

/**
 * Loads the Hunspell dictionaries (en-US, es) once per process. The Spanish one takes about a
 * second and a half: call this off the UI thread, at start-up or before the first check run.
 */
export function loadSpeller(): Promise<SpellService> {
  loading ??= load()
  return loading
}

/** The dictionary packages give Uint8Arrays; nspell's types want Buffers (a view, no copy). */
function speller(dict: { aff: Uint8Array; dic: Uint8Array }): Speller {
  const view = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  return nspell({ aff: view(dict.aff), dic: view(dict.dic) })
}

async function load(): Promise<SpellService> {
  const [en, es] = await Promise.all([import('dictionary-en'), import('dictionary-es')])
  const spellers: Record<Lang, Speller> = { en: speller(en.default), es: speller(es.default) }
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
