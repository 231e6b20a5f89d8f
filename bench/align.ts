/**
 * Alignment benchmark.
 *   npx tsx bench/align.ts                      dev set (../shared/bench/align-dev), then the scaling run
 *   npx tsx bench/align.ts --data DIR --out OUT  any folder of <tier>/<id>.{es,en}.paras (gold optional);
 *                                                writes OUT/<tier>/<id>.align in the gold bead format
 *   npx tsx bench/align.ts --scale              scaling run only
 *   npx tsx bench/align.ts --no-scale           skip the scaling run
 *   npx tsx bench/align.ts --reverse            align English -> Spanish instead (gold swapped)
 * Scores: strict/lax bead precision, recall and F1 micro-averaged per tier (vecalign's metric), on all
 * documents and on two halves (even / odd document index: tune on one, confirm on the other).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { formatBeads, readDevSet } from './lib/align/devset'
import { report, reversed, runDocument, type DocResult, type GroupReport } from './lib/align/evaluate'
import { scaleRun } from './lib/align/scale'

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name)
  return i >= 0 ? process.argv[i + 1] : undefined
}
const flag = (name: string): boolean => process.argv.includes(name)

const pct = (x: number): string => x.toFixed(4)

function printGroup(label: string, g: GroupReport, withGold: boolean): void {
  const perDoc = g.documents ? g.totalMs / g.documents : 0
  if (!withGold) {
    console.log(
      `${label.padEnd(16)} docs ${g.documents}  time ${g.totalMs.toFixed(0)} ms (${perDoc.toFixed(2)} ms/doc)`
    )
    return
  }
  const s = g.sentence
  const types = Object.entries(g.byType)
    .filter(([, [, total]]) => total > 0)
    .map(([t, [found, total]]) => `${t} ${found}/${total} (${((100 * found) / total).toFixed(1)}%)`)
    .join('  ')
  console.log(
    `${label.padEnd(16)} strict P ${pct(s.strict.p)} R ${pct(s.strict.r)} F1 ${pct(s.strict.f1)} | ` +
      `lax P ${pct(s.lax.p)} R ${pct(s.lax.r)} F1 ${pct(s.lax.f1)} | paragraph strict F1 ${pct(g.paragraph.strict.f1)} | ` +
      `${perDoc.toFixed(2)} ms/doc, max ${g.maxMs.toFixed(1)} ms, total ${g.totalMs.toFixed(0)} ms`
  )
  console.log(`${''.padEnd(16)} exact by gold type: ${types}`)
}

function evaluate(dir: string, out: string | undefined): void {
  const reverse = flag('--reverse')
  const docs = readDevSet(dir).map((d) => (reverse ? reversed(d) : d))
  if (docs.length === 0) throw new Error(`no <tier>/<id>.es.paras documents under ${dir}`)
  // Warm up the JIT so the first document's time is not compilation.
  for (const d of docs.slice(0, 5)) runDocument(d, undefined, reverse)
  const results: DocResult[] = docs.map((d) => runDocument(d, undefined, reverse))
  if (out) {
    for (const r of results) {
      mkdirSync(join(out, r.doc.tier), { recursive: true })
      writeFileSync(join(out, r.doc.tier, `${r.doc.id}.align`), formatBeads(r.sentences))
    }
    console.log(`wrote ${results.length} .align files under ${out}`)
  }
  console.log(`\nAlignment on ${dir} (alignSegmented, ${reverse ? 'en -> es' : 'es -> en'})`)
  const tiers = [...new Set(results.map((r) => r.doc.tier))]
  for (const tier of tiers) {
    const inTier = results.filter((r) => r.doc.tier === tier)
    const withGold = inTier.some((r) => r.doc.gold)
    console.log(`\n[${tier}]`)
    printGroup('all', report(inTier), withGold)
    printGroup('half A (even)', report(inTier.filter((_, k) => k % 2 === 0)), withGold)
    printGroup('half B (odd)', report(inTier.filter((_, k) => k % 2 === 1)), withGold)
  }
  const total = results.reduce((a, r) => a + r.ms, 0)
  console.log(
    `\ntotal ${results.length} documents in ${total.toFixed(0)} ms (${(total / results.length).toFixed(2)} ms/doc)`
  )
}

const data = arg('--data') ?? join(import.meta.dirname, '..', '..', 'shared', 'bench', 'align-dev')
if (!flag('--scale')) evaluate(data, arg('--out'))
if (flag('--scale') || (!flag('--no-scale') && !arg('--data'))) scaleRun(data)
