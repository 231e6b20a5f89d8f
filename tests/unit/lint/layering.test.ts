import { ESLint } from 'eslint'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: resolve(__dirname, '../../..') })

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message)
}

describe('runtime layering (ESLint)', () => {
  it.each([
    ["import { app } from 'electron'\nexport const a = app", 'electron'],
    ["import { readFileSync } from 'node:fs'\nexport const r = readFileSync", 'node:fs'],
    ["import { join } from 'path'\nexport const j = join", 'path'],
    ["import Database from 'better-sqlite3'\nexport const d = Database", 'better-sqlite3'],
    ["import { openDatabase } from '../../main/db/database'\nexport const o = openDatabase", 'the main process']
  ])('fails an import inside the pure core: %s', async (code) => {
    expect(await ruleIds(code, 'src/core/checks/example.ts')).toContain('no-restricted-imports')
  })

  it('fails DOM and Node globals inside the pure core', async () => {
    expect(await ruleIds('export const w = window.location\n', 'src/core/example.ts')).toContain(
      'no-restricted-globals'
    )
    expect(await ruleIds('export const e = process.env\n', 'src/core/example.ts')).toContain('no-restricted-globals')
  })

  it('lets main-process code import the pure core next to electron', async () => {
    const code =
      "import { app } from 'electron'\nimport { parseCombined } from '../core/formats/combined'\nexport const x = [app, parseCombined]\n"
    expect(await ruleIds(code, 'src/main/example.ts')).toEqual([])
  })

  it('keeps electron, native modules and Node out of the renderer', async () => {
    for (const mod of ['electron', 'better-sqlite3', 'node:fs']) {
      expect(await ruleIds(`import x from '${mod}'\nexport const y = x\n`, 'src/renderer/src/example.ts')).toContain(
        'no-restricted-imports'
      )
    }
  })

  it('lets the preload import electron and types only', async () => {
    expect(
      await ruleIds("import { ipcRenderer } from 'electron'\nexport const i = ipcRenderer\n", 'src/preload/example.ts')
    ).toEqual([])
    expect(
      await ruleIds(
        "import type { CotejoApi } from '../core/api/contract'\nexport type A = CotejoApi\n",
        'src/preload/example.ts'
      )
    ).toEqual([])
    expect(
      await ruleIds(
        "import { apiInputs } from '../core/api/contract'\nexport const a = apiInputs\n",
        'src/preload/example.ts'
      )
    ).toContain('no-restricted-imports')
  })
})
