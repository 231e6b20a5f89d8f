import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../../support/fs'
import { runBounded } from './bounded-child'

describe('a bilingual XML file once read', () => {
  it('holds its texts, not the whole decoded text of the file (a child process)', async () => {
    // One unit in fifty has typographic quotes: enough to make the whole decoded text two bytes a
    // character. Kept alive by the slices the parser cut from it, it held 2.8 times the file's size;
    // texts of their own, one byte a character where they can be, about 1.5 times.
    const quoted = (i: number): string => (i % 50 === 0 ? '“Secretaría”' : 'Secretaría')
    const units = Array.from(
      { length: 8_000 },
      (_, i) =>
        `<trans-unit id="${i}"><source>La ${quoted(i)} número ${i} anunció que el año próximo habrá más puestos de trabajo en la región.</source>` +
        `<target>The Secretariat number ${i} announced that there will be more jobs in the region next year.</target></trans-unit>`
    ).join('\n')
    const file = join(tempDir(), 'big.xlf')
    writeFileSync(
      file,
      `<?xml version="1.0" encoding="UTF-8"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="es" target-language="en" datatype="plaintext" original="x"><body>${units}</body></file></xliff>`
    )
    const outcome = await runBounded('tests/unit/core/formats/retained-child.ts', [file])
    const [count, held, size] = outcome.stdout.trim().split(' ').map(Number)
    expect(count, outcome.stderr.slice(-2000)).toBe(8_000)
    expect(held).toBeLessThan(2 * (size as number))
  })
})
