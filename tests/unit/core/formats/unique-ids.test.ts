import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { uniqueIds, type BilingualUnit } from '../../../../src/core/formats/model'
import { tempDir } from '../../support/fs'
import { runBounded } from './bounded-child'

const units = (...ids: string[]): BilingualUnit[] =>
  ids.map((id, i) => ({ id, source: `Hola ${i}`, target: `Hello ${i}`, state: 'translated', notes: [] }))
const idsOf = (...ids: string[]): string[] => uniqueIds(units(...ids)).map((u) => u.id)

describe('repeated unit ids', () => {
  it('get the same suffixes as before: first kept, then -2, -3…, skipping ids already in the file', () => {
    expect(idsOf('1', '2', '3')).toEqual(['1', '2', '3'])
    expect(idsOf('1', '1', '1')).toEqual(['1', '1-2', '1-3'])
    expect(idsOf('1', '1-2', '1', '1')).toEqual(['1', '1-2', '1-3', '1-4'])
    expect(idsOf('1', '1', '1-2', '1')).toEqual(['1', '1-2', '1-2-2', '1-3'])
    expect(idsOf('a', 'b', 'a', 'b', 'a-2', 'a')).toEqual(['a', 'b', 'a-2', 'b-2', 'a-2-2', 'a-3'])
  })

  it('keep units without a repeat as they are', () => {
    const input = units('x', 'x')
    const output = uniqueIds(input)
    expect(output[0]).toBe(input[0])
    expect(output[1]).toEqual({ ...input[1], id: 'x-2' })
  })

  it('50,000 units with one id import in a child process with a heap cap and a time limit', async () => {
    const file = join(tempDir(), 'dup-ids.xlf')
    const body = Array.from(
      { length: 50_000 },
      (_, i) => `<trans-unit id="1"><source>Hola ${i}</source><target>Hello ${i}</target></trans-unit>`
    ).join('')
    writeFileSync(
      file,
      `<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="es" target-language="en" datatype="plaintext" original="x"><body>${body}</body></file></xliff>`
    )
    const outcome = await runBounded('tests/unit/core/formats/read-file-child.ts', ['xliff', file], 512)
    expect(outcome.stdout.trim(), outcome.stderr).toBe('ok 50000')
  })
})
