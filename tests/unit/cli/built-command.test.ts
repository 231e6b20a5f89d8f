import { spawn } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../support/fs'

const ROOT = join(import.meta.dirname, '..', '..', '..')
const BUILT_CLI = join(ROOT, 'out', 'main', 'cli.js')
const COMMAND = join(ROOT, 'bin', 'cotejo.mjs')

/** Made-up pairs with a number changed in one translation. */
function pairsFile(n: number): string {
  const file = join(tempDir(), 'pairs.jsonl')
  const line = (i: number): string =>
    JSON.stringify({
      id: i,
      source: `Se entregaron ${40 + i} becas a estudiantes de la región.`,
      target: `${i === 0 ? 99 : 40 + i} grants were given to students in the region.`,
      source_lang: 'es',
      target_lang: 'en'
    })
  writeFileSync(file, Array.from({ length: n }, (_, i) => line(i)).join('\n'))
  return file
}

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs `cotejo` as a user does; `closeAfterFirst` closes its output after the first bytes (`| head`). */
function run(args: string[], closeAfterFirst = false): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [COMMAND, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      if (closeAfterFirst) child.stdout.destroy()
    })
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

describe.skipIf(!existsSync(BUILT_CLI))('the built `cotejo` command (its command runs in a worker thread)', () => {
  it('prints a finding per line and exits 1 for findings, 2 for a missing file', async () => {
    const found = await run(['check', '--jsonl', pairsFile(3), '--no-spelling'])
    expect(found.stdout.trim().split('\n')).toHaveLength(3)
    expect(JSON.parse(found.stdout.split('\n')[0] as string).findings[0].checkId).toBe('numbers')
    expect(found.code).toBe(1)
    const missing = await run(['check', '--jsonl', join(tempDir(), 'none.jsonl')])
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringMatching(/^cotejo: cannot read .+\n$/)])
  }, 60_000)

  it('stops quietly when its reader goes away', async () => {
    const cut = await run(['check', '--jsonl', pairsFile(2000), '--no-spelling'], true)
    expect(cut.stderr).toBe('')
    expect(cut.code).toBe(0)
  }, 60_000)
})
