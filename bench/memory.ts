/**
 * The approved memory at 100,000 units (issue 22): building it from a TMX, and fuzzy lookups for
 * a segment. The units are real news sentences with their professional translations (the distinct
 * 1-1 sentence pairs of ../shared/bench/align-dev, about 4,900) and, to reach 100,000 distinct
 * units of segment size, pairs of two of them (sentence i with sentence i + k); the queries are
 * 500 of those sources, half with their longest word changed.
 *
 *   npx tsx bench/memory.ts [--units 100000] [--queries 500]
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { openDatabase, writeTransaction } from '../src/backend/db/database'
import { BILINGUAL_FORMATS, writeBilingual } from '../src/backend/formats'
import { fileSource } from '../src/backend/import/decode'
import { createMemoryService, unitsFromTmx } from '../src/backend/services/memory'
import { createDocumentStore } from '../src/backend/store/documents'
import { createMemoryStore } from '../src/backend/store/memory'
import { readFile } from '../src/core/formats/factory'
import type { BilingualDocument } from '../src/core/formats/model'
import { documentFromPairs } from '../src/core/checks/engine/context'
import { sentencePairs } from './lib/cli-speed'

const { values } = parseArgs({ options: { units: { type: 'string' }, queries: { type: 'string' } } })
const UNITS = Number(values.units ?? 100_000)
const QUERIES = Number(values.queries ?? 500)
const alignDev = join(import.meta.dirname, '..', '..', 'shared', 'bench', 'align-dev')

const sentences = sentencePairs(alignDev)
const pairs = [...sentences]
for (let k = 1; pairs.length < UNITS; k++)
  for (let i = 0; i < sentences.length && pairs.length < UNITS; i++) {
    const a = sentences[i]
    const b = sentences[(i + k) % sentences.length]
    if (a && b) pairs.push({ source: `${a.source} ${b.source}`, target: `${a.target} ${b.target}` })
  }
const tmx: BilingualDocument = {
  name: 'bench',
  sourceLang: 'es',
  targetLang: 'en',
  units: pairs.map((p, i) => ({ id: String(i + 1), source: p.source, target: p.target, state: 'final', notes: [] }))
}
const bytes = await writeBilingual('tmx', tmx)
console.log(
  `data: ${pairs.length} units: ${sentences.length} real sentence pairs from align-dev and pairs of two of them; ` +
    `TMX ${(bytes.length / 1e6).toFixed(1)} MB`
)

const dir = mkdtempSync(join(tmpdir(), 'cotejo-memory-bench-'))
const db = openDatabase(join(dir, 'cotejo.db'))
const now = (): string => new Date().toISOString()
const store = createMemoryStore(db)
// 'all': the TMX's units belong to no project, so only that scope reads them.
const memory = createMemoryService({ memory: store, documents: createDocumentStore(db, now), now, scope: () => 'all' })

let t = performance.now()
const { value } = await readFile(BILINGUAL_FORMATS, fileSource('bench.tmx', bytes, 1e9))
const parsed = performance.now() - t
const units = unitsFromTmx(value as BilingualDocument, 'bench.tmx', now())
writeTransaction(db, () => store.addImported(units))()
const built = performance.now() - t
console.log(
  `build: ${units.length} units in ${(built / 1000).toFixed(1)} s (TMX parse ${(parsed / 1000).toFixed(1)} s) — target < 30 s`
)

// Queries: every k-th source; odd ones with their longest word replaced (a near, not exact, match).
const step = Math.max(1, Math.floor(pairs.length / QUERIES))
const queries = Array.from({ length: QUERIES }, (_, i) => {
  const source = pairs[(i * step) % pairs.length]?.source ?? ''
  if (i % 2 === 0) return source
  const longest = source.split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a), '')
  return source.replace(longest, 'cambiado')
})
const times: number[] = []
let found = 0
for (const q of queries) {
  t = performance.now()
  const matches = memory.matchesFor(q, null)
  times.push(performance.now() - t)
  if (matches.length > 0) found++
}
times.sort((a, b) => a - b)
const at = (p: number): string => (times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0).toFixed(1)
console.log(
  `lookup: ${QUERIES} queries, p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms — target p95 < 50 ms; ` +
    `${found}/${QUERIES} found a match ≥ 75 %`
)

// What the memory-consistency check needs before a job: the approved translations of every
// segment and sentence of a 1,000-segment document (every other source one the memory holds).
const document = documentFromPairs(
  'bench',
  Array.from({ length: 1000 }, (_, i) => {
    const p = pairs[(i * 97) % pairs.length] ?? { source: '', target: '' }
    return i % 2 === 0 ? p : { source: `${p.source} Además.`, target: p.target }
  })
)
t = performance.now()
const approved = memory.approvedFor(0, [document])
console.log(
  `memory-consistency lookup: 1,000-segment document, ${approved.length} approved translations found in ` +
    `${(performance.now() - t).toFixed(0)} ms`
)
db.close()
rmSync(dir, { recursive: true, force: true })
