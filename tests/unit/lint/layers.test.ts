import { ESLint } from 'eslint'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

// The project's own eslint.config.js, applied to code given a path inside src/ (lintText reads the
// other modules from disk, so an import resolves, and a cycle closes, exactly as in `npx eslint .`).
const root = resolve(__dirname, '../../..')
const eslint = new ESLint({ cwd: root })

interface Problem {
  rule: string | null
  message: string
}

async function lint(code: string, filePath: string): Promise<Problem[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, filePath) })
  return (result?.messages ?? []).map((m) => ({ rule: m.ruleId, message: m.message }))
}

const rules = (problems: Problem[]): Array<string | null> => problems.map((p) => p.rule)

describe('layers of the core (import-x/no-restricted-paths)', () => {
  it('fails text/ importing from checks/, the layer above it', async () => {
    const problems = await lint(
      "import { runChecks } from '../checks/engine/runner'\nexport const r = runChecks\n",
      'src/core/text/example.ts'
    )
    expect(problems).toContainEqual({
      rule: 'import-x/no-restricted-paths',
      message: expect.stringContaining('src/core/text may import only domain, collections') as string
    })
  })

  it('fails an upward import even when it imports only types', async () => {
    const code = "import type { CheckDefinition } from '../../checks/engine/types'\nexport type C = CheckDefinition\n"
    expect(rules(await lint(code, 'src/core/align/lexicon/example.ts'))).toContain('import-x/no-restricted-paths')
  })

  it('fails domain/ importing anything else of the core', async () => {
    const code = "import { fold } from '../text/normalize'\nexport const f = fold\n"
    expect(rules(await lint(code, 'src/core/domain/example.ts'))).toContain('import-x/no-restricted-paths')
  })

  it('lets a layer import the layers below it', async () => {
    const code =
      "import { LANGS } from '../domain/language'\nimport { fold } from '../text/normalize'\nexport const x = [LANGS, fold]\n"
    expect(await lint(code, 'src/core/align/example.ts')).toEqual([])
  })

  it('passes a real module of the core as it stands', async () => {
    const path = 'src/core/checks/engine/runner.ts'
    expect(await lint(readFileSync(resolve(root, path), 'utf8'), path)).toEqual([])
  })

  it('keeps the backend out of Electron and the renderer, and the renderer off the engines', async () => {
    expect(
      rules(
        await lint(
          "import { isTrustedSender } from '../../main/ipc'\nexport const t = isTrustedSender\n",
          'src/backend/services/example.ts'
        )
      )
    ).toContain('import-x/no-restricted-paths')
    expect(
      rules(
        await lint(
          "import { alignDocument } from '@core/align'\nexport const a = alignDocument\n",
          'src/renderer/src/features/review/example.ts'
        )
      )
    ).toContain('import-x/no-restricted-paths')
  })
})

describe('renderer imports by alias', () => {
  const file = 'src/renderer/src/features/review/example.ts'

  it('fails climbing out of a feature folder', async () => {
    const code = "import { LANGS } from '../../../../core/domain/language'\nexport const l = LANGS\n"
    expect(rules(await lint(code, file))).toContain('no-restricted-imports')
  })

  it('passes the same import through @core', async () => {
    expect(await lint("import { LANGS } from '@core/domain/language'\nexport const l = LANGS\n", file)).toEqual([])
  })
})

describe('no import cycle (import-x/no-cycle)', () => {
  // formats/combined.ts imports formats/paragraphs.ts; paragraphs importing combined back closes a cycle.
  const importer = 'src/core/formats/combined.ts'
  const imported = 'src/core/formats/paragraphs.ts'

  it('fails a module importing one that imports it', async () => {
    expect(readFileSync(resolve(root, importer), 'utf8')).toMatch(/^import \{[^}]+\} from '\.\/paragraphs'$/m)
    const code = "import { parseCombined } from './combined'\nexport const p = parseCombined\n"
    expect(await lint(code, imported)).toContainEqual({
      rule: 'import-x/no-cycle',
      message: expect.stringContaining('Dependency cycle') as string
    })
  })

  it('passes the module as it stands', async () => {
    expect(await lint(readFileSync(resolve(root, imported), 'utf8'), imported)).toEqual([])
  })
})
