import nspell from 'nspell'
import { describe, expect, it } from 'vitest'
import { loadSpeller, preparedDictionary } from '../../../../src/backend/services/spell'
import type { Lang } from '../../../../src/core/domain/language'

const hunspell = async (lang: Lang): Promise<{ aff: Uint8Array; dic: Uint8Array }> =>
  lang === 'en' ? (await import('dictionary-en')).default : (await import('dictionary-es')).default

/** Spellings a text may bring: each form as listed, in capitals, capitalised, and with two letters swapped. */
function variants(form: string): string[] {
  const swapped = form.length > 3 ? form.slice(0, 1) + form[2] + form[1] + form.slice(3) : `${form}q`
  return [form, form.toUpperCase(), form.charAt(0).toUpperCase() + form.slice(1), swapped]
}

describe('the prepared spelling dictionaries', () => {
  it.each(['en', 'es'] as const)(
    'accept and refuse exactly what Hunspell built from its files does (%s)',
    async (lang) => {
      const files = await hunspell(lang)
      const view = (b: Uint8Array): Buffer => Buffer.from(b.buffer, b.byteOffset, b.byteLength)
      const full = nspell({ aff: view(files.aff), dic: view(files.dic) })
      const prepared = await loadSpeller()
      const forms = (await preparedDictionary(lang)).split('\n').slice(1)
      // Every 37th form, and every form whose entry carries a flag with a meaning of its own
      // (forbidden, keep-case, compound-only, no-suggest…), as opposed to an affix class.
      const { data, flags } = full as unknown as { data: Record<string, string[]>; flags: Record<string, unknown> }
      const named = new Set(Object.values(flags).filter((f): f is string => typeof f === 'string'))
      const flagged = Object.keys(data).filter((w) => (data[w] ?? []).some((f) => named.has(f)))
      const sample = [...forms.filter((_, i) => i % 37 === 0), ...flagged, '21st', '100th', '3rd', 'iPhone']
      const disagree = sample.flatMap(variants).filter((w) => full.correct(w) !== prepared.check(w, lang))
      expect(disagree).toEqual([])
      expect(sample.length).toBeGreaterThan(1000)
    },
    60_000
  )
})
