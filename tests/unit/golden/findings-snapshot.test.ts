/**
 * The engine's findings, byte for byte, on real material: the two example releases and the
 * releases development set with their glossaries, the MQM set and professional news text as JSONL,
 * and news documents with alignment edits (merges, splits, drops) as combined files. Recorded with
 * `cotejo check` before the core was restructured; a difference here is either a regression or a
 * fix that the commit must name. Regenerate after a deliberate change with
 * `COTEJO_UPDATE_GOLDEN=1 npx vitest run tests/unit/golden`.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../../../src/cli/index'

const ROOT = 'tests/fixtures/golden'
const IN = `${ROOT}/inputs`
const update = process.env.COTEJO_UPDATE_GOLDEN === '1'

const files = (dir: string, suffix: string): string[] =>
  readdirSync(join(IN, dir))
    .filter((f) => f.endsWith(suffix))
    .sort()
    .map((f) => `${IN}/${dir ? `${dir}/` : ''}${f}`)

const cases: Array<[name: string, expected: string, argv: string[]]> = [
  [
    'example releases with their glossary',
    'seeds.json',
    ['check', ...files('', '.txt'), '--glossary', `${IN}/seeds-glossary.csv`, '--format', 'json']
  ],
  [
    'releases development set with its glossary',
    'releases.json',
    ['check', ...files('releases', '.combined.txt'), '--glossary', `${IN}/releases/glossary.csv`, '--format', 'json']
  ],
  ['MQM segments (both directions) as JSONL', 'mqm-dev.jsonl', ['check', '--jsonl', `${IN}/mqm-dev.jsonl`]],
  ['professional news pairs as JSONL', 'news-probe.jsonl', ['check', '--jsonl', `${IN}/news-probe.jsonl`]],
  [
    'news documents with merged, split and dropped sentences',
    'news.json',
    ['check', ...files('news', '.combined.txt'), '--format', 'json']
  ]
]

describe('findings snapshot', () => {
  it.each(cases)(
    '%s: same findings and alignment as recorded',
    async (_name, expected, argv) => {
      const lines: string[] = []
      await main(argv, (t) => lines.push(t))
      const actual = `${lines.join('\n')}\n`
      const path = join(ROOT, 'expected', expected)
      if (update) writeFileSync(path, actual)
      expect(actual === readFileSync(path, 'utf8'), `${expected} differs from the recorded findings`).toBe(true)
    },
    120_000
  )
})
