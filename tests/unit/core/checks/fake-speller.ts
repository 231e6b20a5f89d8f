import type { SpellService } from '../../../../src/core/text/speller'
import type { Lang } from '../../../../src/core/domain/language'

/**
 * A tiny dictionary per language for unit tests of dictionary-driven checks: deterministic and
 * fast, unlike the real Hunspell files. Capitalized forms of known words are accepted, as Hunspell does.
 */
export function fakeSpeller(words: Record<Lang, string[]>): SpellService {
  const sets: Record<Lang, Set<string>> = { en: new Set(words.en), es: new Set(words.es) }
  const known = (w: string, lang: Lang): boolean =>
    sets[lang].has(w) || sets[lang].has(w.charAt(0).toLowerCase() + w.slice(1))
  return {
    check: known,
    suggest(word: string, lang: Lang): string[] {
      const w = word.toLowerCase()
      return [...sets[lang]].filter((c) => Math.abs(c.length - w.length) <= 1 && distance(c, w) <= 1)
    }
  }
}

function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)])
  for (let j = 1; j <= b.length; j++) (d[0] as number[])[j] = j
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[]
      const up = d[i - 1] as number[]
      row[j] = Math.min(
        (up[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (up[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1)
      )
    }
  }
  return (d[a.length] as number[])[b.length] as number
}
