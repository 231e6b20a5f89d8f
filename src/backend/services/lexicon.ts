import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseBilingualLexicon, type BilingualLexicon } from '../../core/text/bilingual-lexicon'

/** The lexicon file, as the repository keeps it and as the build writes it beside the bundle. */
export const LEXICON_FILE = 'es-en.tsv'
export const LEXICON_SOURCE = join('resources', 'lexicon', LEXICON_FILE)

let loaded: BilingualLexicon | null | undefined

/**
 * Where the lexicon is: beside the bundle (`lexicon/es-en.tsv`, emitted by electron.vite.config.ts;
 * the bundle's chunks sit one folder down), else in the repository (tests and scripts from source).
 */
function lexiconFile(): string | null {
  const here = import.meta.dirname
  const candidates = [
    join(here, 'lexicon', LEXICON_FILE),
    join(here, '..', 'lexicon', LEXICON_FILE),
    join(here, '..', '..', '..', LEXICON_SOURCE)
  ]
  return candidates.find((f) => existsSync(f)) ?? null
}

/**
 * The Spanish–English lexicon the omission and addition checks align words with, read once per
 * process (17,000 lines, about 0.15 s). Undefined when the file is missing or when
 * COTEJO_LEXICON=off (the benchmarks' measure of what it adds): the checks then align by
 * numbers, names and cognates alone.
 */
export function loadLexicon(): BilingualLexicon | undefined {
  if (process.env['COTEJO_LEXICON'] === 'off') return undefined
  if (loaded === undefined) {
    const file = lexiconFile()
    loaded = file ? parseBilingualLexicon(readFileSync(file, 'utf8')) : null
    if (!file) console.error('[cotejo] bilingual lexicon not found; omission and addition use cognates only')
  }
  return loaded ?? undefined
}
