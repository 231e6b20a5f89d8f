/**
 * What the aligner costs (issues 17 and 21): CPU and heap allocated per 1,000 short pairs aligned
 * on their own as `cotejo check --jsonl` does (real 1-1 runs of 2-4 sentences from
 * ../shared/bench/align-dev, word keys renewed every 1,000 lines), and the peak heap of one long
 * document (the dev set's paragraphs repeated to about 28,000 sentences a side).
 *
 *   node --expose-gc --max-semi-space-size=1 --import tsx bench/align-cost.ts [--pairs 2000] [--rounds 5] [--sentences 28000]
 *
 * CPU time, not wall time: the benchmark machines are shared. A 1 MiB young generation keeps the
 * peak close to what is live; with the default one, garbage not yet collected adds to it. Under tsx
 * every closure pays for its name (esbuild keepNames): compare runs made the same way.
 */
import { GCProfiler } from 'node:v8'
import { parseArgs } from 'node:util'
import { alignBeadSentences, alignDocument } from '../src/core/align'
import type { WordKeys } from '../src/core/align/features'
import type { Lang } from '../src/core/domain/language'
import { readDevSet } from './lib/align/devset'
import { realPairs } from './lib/cli-speed'

const DEV = new URL('../../shared/bench/align-dev', import.meta.url).pathname
const { values } = parseArgs({
  options: {
    pairs: { type: 'string', default: '2000' },
    rounds: { type: 'string', default: '5' },
    sentences: { type: 'string', default: '28000' }
  }
})
const collect = (globalThis as { gc?: () => void }).gc
if (!collect) throw new Error('run with node --expose-gc --import tsx bench/align-cost.ts')

interface Cost<T> {
  value: T
  cpuMs: number
  /** Bytes allocated on the heap, from the heap sizes around each collection. */
  allocated: number
  /** Most heap in use at any collection, above what was in use before. */
  peak: number
}

function measure<T>(run: () => T): Cost<T> {
  collect?.()
  const base = process.memoryUsage().heapUsed
  const profiler = new GCProfiler()
  profiler.start()
  const cpu = process.cpuUsage()
  const value = run()
  const used = process.cpuUsage(cpu)
  const end = process.memoryUsage().heapUsed
  let allocated = 0
  let last = base
  let peak = end
  for (const gc of profiler.stop().statistics) {
    const before = gc.beforeGC.heapStatistics.usedHeapSize
    allocated += before - last
    peak = Math.max(peak, before)
    last = gc.afterGC.heapStatistics.usedHeapSize
  }
  allocated += end - last
  return { value, cpuMs: (used.user + used.system) / 1000, allocated, peak: peak - base }
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0
const mib = (bytes: number): string => `${(bytes / 1048576).toFixed(1)} MiB`
const langs = { sourceLang: 'es', targetLang: 'en' } as const

function shortPairs(): void {
  const { pairs } = realPairs(DEV, Number(values.pairs))
  const newKeys = (): Record<Lang, WordKeys> => ({ es: new Map(), en: new Map() })
  const run = (): number => {
    let wordKeys = newKeys()
    let links = 0
    pairs.forEach((p, k) => {
      if (k % 1000 === 0) wordKeys = newKeys()
      links += alignBeadSentences([p.source], [p.target], { ...langs, wordKeys }).links.length
    })
    return links
  }
  run()
  const costs = Array.from({ length: Number(values.rounds) }, () => measure(run))
  const per = 1000 / pairs.length
  console.log(
    `short pairs: ${pairs.length} pairs, ${costs[0]?.value ?? 0} links; per 1,000 pairs ` +
      `CPU ${(median(costs.map((c) => c.cpuMs)) * per).toFixed(1)} ms ` +
      `(rounds ${costs.map((c) => (c.cpuMs * per).toFixed(0)).join(' ')}), ` +
      `allocated ${mib(median(costs.map((c) => c.allocated)) * per)}`
  )
}

function longDocument(): void {
  const docs = readDevSet(DEV)
  const source: string[] = []
  const target: string[] = []
  for (let sentences = 0; sentences < Number(values.sentences);) {
    for (const d of docs) {
      for (const p of d.es) source.push(p.join(' '))
      for (const p of d.en) target.push(p.join(' '))
      sentences += d.es.flat().length
      if (sentences >= Number(values.sentences)) break
    }
  }
  const cost = measure(() => alignDocument(source, target, langs))
  const a = cost.value
  console.log(
    `long document: ${a.sourceSentences.length} / ${a.targetSentences.length} sentences, ` +
      `${a.paragraphs.length} paragraph beads; CPU ${cost.cpuMs.toFixed(0)} ms, ` +
      `peak heap +${mib(cost.peak)}, allocated ${mib(cost.allocated)}`
  )
}

shortPairs()
longDocument()
