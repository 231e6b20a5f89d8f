/**
 * Stress check of the banded search: documents of 800-2,800 sentences built from heavy dev documents
 * with whole documents missing on one side (6 % each way), aligned with the band and with a full
 * (quadratic) search; the strict F1 of both should agree.  npx tsx bench/lib/align/stress.ts [seed]
 */
import { join } from 'node:path'
import { alignSegmented } from '../../../src/core/align'
import { DEFAULT_LIMITS, type SearchLimits } from '../../../src/core/align/dp'
import { readDevSet, type Bead } from './devset'
import { scoreDocument, scores } from './metric'

const docs = readDevSet(join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'bench', 'align-dev')).filter(
  (d) => d.tier === 'heavy'
)
let seed = Number(process.argv[2] ?? 1)
const rnd = (): number => {
  seed = (seed * 16807) % 2147483647
  return seed / 2147483647
}
const limits = DEFAULT_LIMITS as { -readonly [K in keyof SearchLimits]: SearchLimits[K] }
const defaultCells = limits.fullSearchCells
let agree = 0
for (let trial = 0; trial < 8; trial++) {
  const es: string[][] = []
  const en: string[][] = []
  const gold: Bead[] = []
  let so = 0
  let to = 0
  const size = 800 + Math.floor(rnd() * 2000)
  while (so < size) {
    const d = docs[Math.floor(rnd() * docs.length)]
    if (!d) continue
    const r = rnd()
    const dropEn = r < 0.06
    const dropEs = r > 0.94
    if (!dropEs) es.push(...d.es)
    if (!dropEn) en.push(...d.en)
    for (const [s, t] of d.gold ?? []) {
      const S = dropEs ? [] : s.map((x) => x + so)
      const T = dropEn ? [] : t.map((y) => y + to)
      if (S.length && T.length) gold.push([S, T])
      else {
        S.forEach((x) => gold.push([[x], []]))
        T.forEach((y) => gold.push([[], [y]]))
      }
    }
    if (!dropEs) so += d.es.flat().length
    if (!dropEn) to += d.en.flat().length
  }
  const run = (): { f1: number; ms: number } => {
    const started = performance.now()
    const r = alignSegmented(es, en, { sourceLang: 'es', targetLang: 'en' })
    const ms = performance.now() - started
    const c = scoreDocument(
      gold,
      r.paragraphs.flatMap((p) => p.sentences.map((b): Bead => [b.source, b.target]))
    )
    return { f1: scores(c.precision, c.recall).strict.f1, ms }
  }
  limits.fullSearchCells = defaultCells
  const banded = run()
  limits.fullSearchCells = Number.MAX_SAFE_INTEGER
  const full = run()
  if (Math.abs(banded.f1 - full.f1) < 1e-9) agree++
  console.log(
    `trial ${trial}: ${so}/${to} sentences  banded F1 ${banded.f1.toFixed(4)} (${banded.ms.toFixed(0)} ms)  ` +
      `full F1 ${full.f1.toFixed(4)} (${full.ms.toFixed(0)} ms)`
  )
}
limits.fullSearchCells = defaultCells
console.log(`banded = full in ${agree} of 8 documents`)
