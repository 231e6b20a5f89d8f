import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type * as AlignModule from '../../../src/backend/services/align'
import { main } from '../../../src/cli/index'
import { HOSTILE, runBounded } from '../core/formats/bounded-child'
import { tempDir } from '../support/fs'

const alignFailure = vi.hoisted(() => ({ error: undefined as Error | undefined }))
vi.mock('../../../src/backend/services/align', async (original) => {
  const real = await original<typeof AlignModule>()
  return {
    ...real,
    alignParagraphs: (...args: Parameters<typeof real.alignParagraphs>) => {
      if (alignFailure.error) throw alignFailure.error
      return real.alignParagraphs(...args)
    }
  }
})

async function run(...argv: string[]): Promise<{ code: number; stderr: string }> {
  const written: string[] = []
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk))
    return true
  })
  try {
    const code = await main(argv, () => {})
    return { code, stderr: written.join('') }
  } finally {
    spy.mockRestore()
  }
}

const COMBINED = 'El ministro habló.\n\nEnglish translation\n\nThe minister spoke.\n'

describe('cotejo exit codes', () => {
  afterEach(() => {
    alignFailure.error = undefined
  })

  it('2 with one line on stderr for every kind of bad input', async () => {
    const dir = tempDir()
    const jsonl = (name: string, text: string): string => {
      writeFileSync(join(dir, name), text)
      return join(dir, name)
    }
    const cases: string[][] = [
      ['check', '--jsonl', join(HOSTILE, 'jsonl-null-line.jsonl')],
      ['check', '--jsonl', jsonl('array.jsonl', '[1, 2]\n')],
      ['check', '--jsonl', jsonl('number.jsonl', '42\n')],
      ['check', '--jsonl', jsonl('broken.jsonl', '{"source": "Hola"\n')],
      ['check', '--jsonl', jsonl('lang.jsonl', '{"source": "Hola", "target": "Hello", "source_lang": 7}\n')],
      ['check', '--jsonl', join(dir, 'missing.jsonl')],
      ['check', '--jsonl', dir],
      ['check', join(dir, 'missing.txt')],
      ['check', dir],
      ['check', '--source', dir, '--target', dir],
      ['check', jsonl('no-separator.txt', 'Solo una línea.\n')],
      ['check', '--glossary', join(dir, 'missing.csv'), jsonl('ok.txt', COMBINED)],
      ['check', '--format', 'yaml', join(dir, 'ok.txt')],
      // 400 KB of comment openers as a glossary: refused at once as malformed (D1), not minutes of work.
      [
        'check',
        '--glossary',
        jsonl('openers.tbx', `<?xml version="1.0"?><tbx>${'<!--'.repeat(100_000)}`),
        join(dir, 'ok.txt')
      ],
      ['check', '--glossary', jsonl('doctype.tbx', '<?xml version="1.0"?><!DOCTYPE x><tbx/>'), join(dir, 'ok.txt')],
      ['check', '--no-such-option'],
      ['frobnicate']
    ]
    for (const argv of cases) {
      const { code, stderr } = await run(...argv)
      expect({ argv, code }).toEqual({ argv, code: 2 })
      expect(stderr).toMatch(/^cotejo: .+\n$/)
      expect(stderr).not.toMatch(/\n\s+at /)
    }
  })

  it('3 for an internal error, one line, and the stack only with --debug', async () => {
    const file = join(tempDir(), 'ok.txt')
    writeFileSync(file, COMBINED)
    alignFailure.error = new RangeError('Maximum call stack size exceeded')
    const plain = await run('check', file, '--no-spelling')
    expect(plain.code).toBe(3)
    expect(plain.stderr).toBe(
      'cotejo: internal error: RangeError: Maximum call stack size exceeded (--debug shows where)\n'
    )
    const debug = await run('check', '--debug', file, '--no-spelling')
    expect(debug.code).toBe(3)
    expect(debug.stderr).toMatch(/^cotejo: internal error: RangeError: Maximum call stack size exceeded\n\s+at /)
  })

  it('0 and 1 are unchanged, and --debug is accepted anywhere', async () => {
    const file = join(tempDir(), 'ok.txt')
    writeFileSync(file, COMBINED)
    expect((await run('check', file, '--no-spelling', '--debug')).code).toBe(0)
  })

  it('a null JSONL line, a missing file and a directory, run as the command is: exit 2, no stack', async () => {
    const dir = tempDir()
    for (const input of [join(HOSTILE, 'jsonl-null-line.jsonl'), join(dir, 'missing.jsonl'), dir]) {
      const outcome = await runBounded('tests/unit/cli/cli-child.ts', ['check', '--jsonl', input, '--no-spelling'])
      expect({ input, code: outcome.code }).toEqual({ input, code: 2 })
      expect(outcome.stderr).toMatch(/^cotejo: .+\n$/)
    }
  })
})
