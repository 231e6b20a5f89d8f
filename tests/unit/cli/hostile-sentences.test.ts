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
})
