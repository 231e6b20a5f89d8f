/**
 * The two example releases and their reviewer glossary, as kept in the repository (tests/fixtures/golden/inputs,
 * shared with the findings snapshot) so that tests run in a clone without ../shared. No vitest import: the
 * Playwright specs read these too.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const FIXTURES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures')
export const SEEDS_DIR = join(FIXTURES_DIR, 'golden', 'inputs')
export const SEEDS_GLOSSARY = join(SEEDS_DIR, 'seeds-glossary.csv')

export interface SeedFile {
  name: string
  path: string
  text: string
  bytes: Buffer
}

/** The example releases, sorted by name: [0] has 10 paragraphs per side, [1] has 16. */
export function seedFiles(): SeedFile[] {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => {
      const path = join(SEEDS_DIR, name)
      const bytes = readFileSync(path)
      return { name, path, text: bytes.toString('utf8'), bytes }
    })
}

/** Paragraphs of a combined seed, read independently of the product's parser: one non-empty line each. */
export function seedParagraphs(text: string): { source: string[]; target: string[] } {
  const lines = text.split(/\r?\n/).map((l) => l.trim())
  const sep = lines.findIndex((l) => l === 'English translation')
  return {
    source: lines.slice(0, sep).filter(Boolean),
    target: lines.slice(sep + 1).filter(Boolean)
  }
}
