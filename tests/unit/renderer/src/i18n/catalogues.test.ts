import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import en from '../../../../../src/renderer/src/i18n/locales/en.json'
import es from '../../../../../src/renderer/src/i18n/locales/es.json'
import { ERROR_CODES } from '../../../../../src/core/api/result'
import { CHECKS } from '../../../../../src/core/checks/engine/registry'

type Tree = { [key: string]: string | Tree }
const CATALOGUES: Record<string, Tree> = { en, es }
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k
    if (typeof v === 'string') out.set(key, v)
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv)
  }
  return out
}

/** Keys without plural suffixes, with the placeholders of all their forms. */
function baseKeys(tree: Tree): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>()
  for (const [key, text] of flatten(tree)) {
    const base = key.replace(PLURAL_SUFFIX, '')
    const set = out.get(base) ?? new Set<string>()
    for (const m of text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)) set.add(m[1]!)
    out.set(base, set)
  }
  return out
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.(ts|tsx)$/.test(name) ? [path] : []
  })
}

/** Check titles and messages live with each check (registered at run time), not in the catalogues. */
const RUNTIME_PREFIX = 'checks.'

/** Every literal key passed to t(), and the static prefixes of template-literal keys. */
function keysUsedInCode(): { exact: Set<string>; prefixes: Set<string> } {
  const exact = new Set<string>()
  const prefixes = new Set<string>()
  for (const file of sourceFiles(resolve(__dirname, '../../../../../src/renderer/src'))) {
    const code = readFileSync(file, 'utf8')
    for (const m of code.matchAll(/\bt\(\s*'([^']+)'/g)) exact.add(m[1]!)
    for (const m of code.matchAll(/\bt\(\s*`([^`$]*)\$\{/g)) if (!m[1]!.startsWith(RUNTIME_PREFIX)) prefixes.add(m[1]!)
    for (const m of code.matchAll(/\bt\(\s*`([^`$]+)`/g)) exact.add(m[1]!)
  }
  return { exact, prefixes }
}

describe('UI catalogues', () => {
  const keys = Object.fromEntries(Object.entries(CATALOGUES).map(([lang, tree]) => [lang, baseKeys(tree)]))

  it('have the same keys in English and Spanish', () => {
    expect([...keys.es!.keys()].sort()).toEqual([...keys.en!.keys()].sort())
  })

  it('use the same placeholders in both languages', () => {
    for (const [key, placeholders] of keys.en!) {
      expect([...(keys.es!.get(key) ?? [])].sort(), key).toEqual([...placeholders].sort())
    }
  })

  it('have every plural form each language needs', () => {
    for (const [lang, tree] of Object.entries(CATALOGUES)) {
      const flat = flatten(tree)
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories
      for (const key of flat.keys()) {
        if (!PLURAL_SUFFIX.test(key)) continue
        const base = key.replace(PLURAL_SUFFIX, '')
        for (const c of categories)
          if (c !== 'zero' && c !== 'two' && c !== 'few')
            expect(flat.has(`${base}_${c}`), `${lang} ${base}_${c}`).toBe(true)
      }
    }
  })

  it('contain every key the code uses', () => {
    const { exact, prefixes } = keysUsedInCode()
    expect(exact.size).toBeGreaterThan(20)
    for (const [lang, set] of Object.entries(keys)) {
      for (const key of exact) expect(set.has(key), `${lang}: ${key}`).toBe(true)
      for (const prefix of prefixes)
        expect(
          [...set.keys()].some((k) => k.startsWith(prefix)),
          `${lang}: ${prefix}*`
        ).toBe(true)
    }
  })

  it('give every registered check a title, a description and the same messages in both languages', () => {
    const placeholders = (text: string): string[] => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!).sort()
    for (const check of CHECKS) {
      const { en: e, es: s } = check.i18n
      for (const lang of [e, s]) {
        expect(lang.title.trim(), `${check.id} title`).not.toBe('')
        expect(lang.description.trim(), `${check.id} description`).not.toBe('')
      }
      expect(Object.keys(s.messages).sort(), check.id).toEqual(Object.keys(e.messages).sort())
      for (const [key, text] of Object.entries(e.messages))
        expect(placeholders(s.messages[key] ?? ''), `${check.id}.${key}`).toEqual(placeholders(text))
    }
  })

  it('translate every error code the services can return', () => {
    for (const [lang, set] of Object.entries(keys)) {
      for (const code of ERROR_CODES) expect(set.has(`errors.${code}`), `${lang}: errors.${code}`).toBe(true)
    }
  })
})
