import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../../support/fs'
import { runBounded } from './bounded-child'

describe('a termbase near the import limit', () => {
  it('is read in memory near its terms alone (a child process with a heap cap)', async () => {
    // 10 MB of made-up terms with typographic quotes: read as one decoded text, then as rows, it
    // needed some 90 MB of heap; read row by row from its bytes, about 60 MB (the terms and tsx).
    const rows = ['spanish,english,forbidden_english_variants,note']
    for (let i = 0, size = 0; size < 9_500_000; i++) {
      const row = `"término “${i}” de prueba, número ${i}","test “term” ${i}",variante ${i}|otra ${i},"Una nota para el término ${i}, con ""comillas"" y más texto para llenar la fila."`
      rows.push(row)
      size += row.length + 1
    }
    const file = join(tempDir(), 'terms.csv')
    writeFileSync(file, rows.join('\n') + '\n')
    const outcome = await runBounded('tests/unit/core/formats/read-glossary-child.ts', [file], 72)
    expect(outcome.stdout.trim(), outcome.stderr.slice(-2000)).toBe(`ok ${rows.length - 1} 0`)
  })
})
