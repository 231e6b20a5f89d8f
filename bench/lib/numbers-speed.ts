/**
 * Throughput of this bench's checks alone: 10,000 seed paragraph pairs in documents of 200, each
 * check timed on its own. `npx tsx bench/lib/numbers-speed.ts [checkId ...]`
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { contextFor, documentFromPairs } from '../../src/core/checks/engine/context'
import { CHECKS } from '../../src/core/checks/engine/registry'
import { runChecks } from '../../src/core/checks/engine/runner'
import type { DocumentContext } from '../../src/core/checks/engine/types'
import { parseCombined } from '../../src/core/formats/combined'

const SHARED = join(import.meta.dirname, '../../../shared')
const MINE = /^(numbers|number-format|omission|addition|unaligned|length-ratio|negation|typography-)/
const ids = process.argv.slice(2)
const checks = CHECKS.filter((c) => (ids.length ? ids.includes(c.id) : MINE.test(c.id)))

const pool: { source: string; target: string }[] = []
const dir = join(SHARED, 'fixtures/seeds')
for (const f of readdirSync(dir).sort()) {
  const p = parseCombined(readFileSync(join(dir, f), 'utf8'))
  if (p.ok) p.value.source.forEach((s, i) => pool.push({ source: s, target: p.value.target[i] ?? '' }))
}
const docs: DocumentContext[] = []
for (let d = 0; d < 50; d++) {
  const pairs = Array.from(
    { length: 200 },
    (_, i) => pool[(d * 7 + i * 3) % pool.length] as { source: string; target: string }
  )
  docs.push(documentFromPairs(`g${d}`, pairs, 'es', 'en'))
}
let total = 0
for (const check of checks) {
  const t0 = performance.now()
  for (const doc of docs) runChecks([check], contextFor(doc, [], docs), { [check.id]: { enabled: true } })
  const ms = performance.now() - t0
  total += ms
  console.log(`${check.id.padEnd(40)} ${(ms / 1000).toFixed(2)} s`)
}
console.log(`${'total'.padEnd(40)} ${(total / 1000).toFixed(2)} s for 10,000 pairs`)
