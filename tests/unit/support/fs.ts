import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach } from 'vitest'

const made: string[] = []

/** A fresh folder per test, removed afterwards. */
export function tempDir(prefix = 'cotejo-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  made.push(dir)
  return dir
}

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
})

export const SHARED = resolve(__dirname, '../../../../shared')
export const SEEDS_DIR = join(SHARED, 'fixtures', 'seeds')

/** The example releases, sorted by name: [0] has 10 paragraphs per side, [1] has 16. */
export function seedFiles(): Array<{ name: string; path: string; text: string; bytes: Buffer }> {
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
