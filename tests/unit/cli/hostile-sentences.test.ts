import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runBounded } from '../core/formats/bounded-child'
import { tempDir } from '../support/fs'

// Issue 21 (D7): the checks were quadratic in sentences per segment (10,000 sentences: 28 s and more;
// repeated words made candidate lists of every pair). Run in a bounded child: a regression is
// killed at its time limit or runs out of heap, instead of stalling the suite.
describe('checks on one segment of thousands of sentences', () => {
  it('checks a faithful 10,000-sentence pair to the end and finds nothing', async () => {
    const dir = tempDir()
    const file = join(dir, 'big.jsonl')
    const source = Array.from({ length: 10_000 }, () => 'El Gobierno anunció hoy nuevas medidas.').join(' ')
    const target = Array.from({ length: 10_000 }, () => 'The Government announced new measures today.').join(' ')
    writeFileSync(file, `${JSON.stringify({ id: 'big', source, target })}\n`)
    const out = await runBounded('tests/unit/cli/cli-child.ts', ['check', '--jsonl', file, '--no-spelling'], 768)
    expect(out.signal).toBeNull()
    expect(out.stderr).toBe('')
    // A faithful translation, however long: its one line of results, no findings (exit 0).
    expect(out.code).toBe(0)
    expect(JSON.parse(out.stdout)).toEqual({ id: 'big', findings: [] })
  })

  // A paragraph of thousands of distinct names: term location compared every target word with every
  // name (3,000 names took 156 s); the list rule's pattern was quadratic in a comma-separated run.
  it('checks a paragraph listing 5,000 names to the end', async () => {
    const dir = tempDir()
    const file = join(dir, 'list.jsonl')
    const names = Array.from(
      { length: 5_000 },
      (_, k) => `Qallpa${k.toString(26).replace(/\d/g, (d) => 'qrstuvwxyz'[Number(d)] as string)}`
    ).join(', ')
    const source = `Visitaron ${names} y Ayaviri.`
    const target = `They visited ${names} and Ayaviri and Sicuani.`
    writeFileSync(file, `${JSON.stringify({ id: 'list', source, target })}\n`)
    const out = await runBounded('tests/unit/cli/cli-child.ts', ['check', '--jsonl', file], 768)
    expect(out.signal).toBeNull()
    expect(out.stderr).toBe('')
    expect([0, 1]).toContain(out.code)
    expect((JSON.parse(out.stdout) as { id: string }).id).toBe('list')
  }, 120_000)
})
