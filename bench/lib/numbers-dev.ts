/**
 * Development bench for the number, omission/addition, negation and typography checks: runs them on
 * the seeds gold and on mqm-dev and prints recall, false positives and every finding on a clean
 * segment. `npx tsx bench/lib/numbers-dev.ts [checkId ...] [--all] [--verbose] [--grouped]`
 *   --all      every registered check, not only this bench's own list
 *   --verbose  print every finding on error segments too
 *   --grouped  mqm-dev segments of one abstract and system form one document (default: one each)
 *   --missed   list the mqm-dev error segments no check flagged
 *   --align    also run on align-dev's professional 1-1 sentence pairs, a precision probe on news
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { contextFor, documentFromPairs } from '../../src/core/checks/engine/context'
import { CHECKS } from '../../src/core/checks/engine/registry'
import { runChecks } from '../../src/core/checks/engine/runner'
import type { CheckDefinition, DocumentContext } from '../../src/core/checks/engine/types'
import type { Finding } from '../../src/core/domain/findings'
import type { Lang } from '../../src/core/domain/language'
import { parseCombined } from '../../src/core/formats/combined'

const SHARED = join(import.meta.dirname, '../../../shared')
const args = process.argv.slice(2)
const verbose = args.includes('--verbose')
const grouped = args.includes('--grouped')
const ids = args.filter((a) => !a.startsWith('--'))

const MINE = /^(numbers|number-format|omission|addition|unaligned|length-ratio|negation|typography-)/
const checks: CheckDefinition[] = CHECKS.filter((c) =>
  ids.length > 0 ? ids.includes(c.id) : args.includes('--all') || MINE.test(c.id)
)
const settings = Object.fromEntries(checks.map((c) => [c.id, { enabled: true }]))
console.log(`checks: ${checks.map((c) => c.id).join(', ')}`)

function show(f: Finding): string {
  const s = f.sourceSpan ? ` S[${f.sourceSpan.text}]` : ''
  const t = f.targetSpan ? ` T[${f.targetSpan.text}]` : ''
  return `${f.checkId}/${f.messageKey} ${f.severity} ${f.confidence.toFixed(2)}${s}${t} :: ${f.message}`
}

// ---------- seeds ----------
interface GoldItem {
  id?: string
  document: string
  sourceParagraph: number | null
  targetParagraph: number | null
  sourceSpan: string | null
  targetSpan: string | null
  expectation?: string
  category?: string
  why?: string
}
const gold = JSON.parse(readFileSync(join(SHARED, 'fixtures/seeds-gold.json'), 'utf8')) as {
  problems: GoldItem[]
  mustNotFlag: GoldItem[]
}
const seedDir = join(SHARED, 'fixtures/seeds')
const seedFindings = new Map<string, Finding[]>()
const seedDocs = new Map<string, { source: string[]; target: string[] }>()
const seedContexts: DocumentContext[] = []
for (const file of readdirSync(seedDir).sort()) {
  const parsed = parseCombined(readFileSync(join(seedDir, file), 'utf8'))
  if (!parsed.ok) throw new Error(`${file}: ${parsed.error}`)
  const { source, target } = parsed.value
  seedDocs.set(file, { source, target })
  const n = Math.max(source.length, target.length)
  const pairs = Array.from({ length: n }, (_, i) => ({ source: source[i] ?? '', target: target[i] ?? '' }))
  seedContexts.push(documentFromPairs(file, pairs, 'es', 'en'))
}
for (const doc of seedContexts) {
  const { findings, failures } = runChecks(checks, contextFor(doc, [], seedContexts), settings)
  if (failures.length) console.log('FAILURES', failures)
  seedFindings.set(doc.id, findings)
}

function overlaps(f: Finding, g: GoldItem, docText: { source: string[]; target: string[] }): boolean {
  const hit = (side: 'source' | 'target'): boolean => {
    const para = side === 'source' ? g.sourceParagraph : g.targetParagraph
    const text = side === 'source' ? g.sourceSpan : g.targetSpan
    const span = side === 'source' ? f.sourceSpan : f.targetSpan
    if (para === null || text === null || !span || span.paragraph !== para) return false
    const full = (side === 'source' ? docText.source : docText.target)[para] ?? ''
    let at = full.indexOf(text)
    while (at !== -1) {
      if (span.start < at + text.length && span.end > at) return true
      at = full.indexOf(text, at + 1)
    }
    return false
  }
  return hit('source') || hit('target')
}

console.log('\n== seeds: gold problems ==')
for (const g of gold.problems) {
  const fs = (seedFindings.get(g.document) ?? []).filter((f) =>
    overlaps(f, g, seedDocs.get(g.document) as { source: string[]; target: string[] })
  )
  const mark = fs.length > 0 ? 'CAUGHT' : g.expectation === 'reviewer' ? '  -   ' : 'missed'
  console.log(
    `${mark} ${g.id} ${g.expectation} ${g.category} ${JSON.stringify(g.targetSpan ?? g.sourceSpan)}${fs.length ? ' <- ' + fs.map((f) => f.checkId + '/' + f.messageKey).join(',') : ''}`
  )
}
console.log('\n== seeds: mustNotFlag ==')
let violations = 0
for (const g of gold.mustNotFlag) {
  const fs = (seedFindings.get(g.document) ?? []).filter((f) =>
    overlaps(f, g, seedDocs.get(g.document) as { source: string[]; target: string[] })
  )
  if (fs.length) {
    violations++
    for (const f of fs) console.log(`VIOLATION ${JSON.stringify(g.targetSpan ?? g.sourceSpan)}: ${show(f)}`)
  }
}
console.log(`mustNotFlag violations: ${violations}/${gold.mustNotFlag.length}`)
console.log('\n== seeds: all findings ==')
for (const [doc, fs] of seedFindings)
  for (const f of fs) console.log(`${doc.slice(0, 3)} P${f.targetParagraph ?? f.sourceParagraph} ${show(f)}`)

// ---------- mqm-dev ----------
interface Row {
  id: string
  label: 'error' | 'clean'
  source_lang: Lang
  target_lang: Lang
  source: string
  target: string
  families: string[]
  provenance?: { doc?: string; systems?: string[] }
}
const rows = readFileSync(join(SHARED, 'bench/mqm-dev/dev.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Row)

const groups = new Map<string, Row[]>()
for (const r of rows) {
  const key = grouped ? `${r.source_lang}-${r.provenance?.doc}-${r.provenance?.systems?.join('+')}` : r.id
  groups.set(key, [...(groups.get(key) ?? []), r])
}
const byRow = new Map<string, Finding[]>()
const started = performance.now()
for (const [key, rs] of groups) {
  const doc = documentFromPairs(key, rs, rs[0]?.source_lang, rs[0]?.target_lang)
  const { findings, failures } = runChecks(checks, contextFor(doc), settings)
  if (failures.length) console.log('FAILURES', failures)
  rs.forEach((r, i) =>
    byRow.set(
      r.id,
      findings.filter((f) => f.segment === i)
    )
  )
}
const elapsed = performance.now() - started

const errors = rows.filter((r) => r.label === 'error')
const cleans = rows.filter((r) => r.label === 'clean')
const flagged = (r: Row): boolean => (byRow.get(r.id) ?? []).length > 0
console.log(`\n== mqm-dev (${grouped ? 'grouped' : 'one document per segment'}; ${elapsed.toFixed(0)} ms) ==`)
const errHit = errors.filter(flagged).length
const cleanHit = cleans.filter(flagged).length
console.log(`error-segment recall: ${errHit}/${errors.length} = ${((100 * errHit) / errors.length).toFixed(1)} %`)
console.log(`clean segments flagged: ${cleanHit}/${cleans.length} = ${((100 * cleanHit) / cleans.length).toFixed(1)} %`)
for (const c of checks) {
  const e = errors.filter((r) => (byRow.get(r.id) ?? []).some((f) => f.checkId === c.id)).length
  const k = cleans.filter((r) => (byRow.get(r.id) ?? []).some((f) => f.checkId === c.id)).length
  if (e + k > 0) console.log(`  ${c.id.padEnd(36)} error ${String(e).padStart(3)}  clean ${String(k).padStart(3)}`)
}
const families = [...new Set(errors.flatMap((r) => r.families))].sort()
for (const fam of families) {
  const withFam = errors.filter((r) => r.families.includes(fam))
  console.log(`  family ${fam.padEnd(14)} ${withFam.filter(flagged).length}/${withFam.length}`)
}
console.log('\n-- findings on clean segments --')
for (const r of cleans) {
  for (const f of byRow.get(r.id) ?? []) console.log(`${r.id} ${show(f)}`)
}
if (verbose) {
  console.log('\n-- findings on error segments --')
  for (const r of errors)
    for (const f of byRow.get(r.id) ?? []) console.log(`${r.id} [${r.families.join(',')}] ${show(f)}`)
}
if (args.includes('--missed')) {
  console.log('\n-- error segments with no finding --')
  for (const r of errors)
    if (!flagged(r)) console.log(`${r.id} [${r.families.join(',')}]\n  S: ${r.source}\n  T: ${r.target}`)
}

// ---------- align-dev: professional news translations, 1-1 sentence beads, as a precision probe ----------
if (args.includes('--align')) {
  const dir = join(SHARED, 'bench/align-dev/light')
  const ids2 = [...new Set(readdirSync(dir).map((f) => f.split('.')[0] as string))].sort()
  let pairs = 0
  const perCheck = new Map<string, number>()
  const shown: string[] = []
  for (const id of ids2) {
    const lines = (ext: string): string[] =>
      readFileSync(join(dir, `${id}.${ext}`), 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
    const es = lines('es.paras')
    const en = lines('en.paras')
    const beads = lines('gold').map((l) => l.split(':').map((side) => JSON.parse(side) as number[]))
    const one = beads.filter(([s, t]) => s?.length === 1 && t?.length === 1)
    const doc = documentFromPairs(
      id,
      one.map(([s, t]) => ({ source: es[s?.[0] as number] ?? '', target: en[t?.[0] as number] ?? '' })),
      'es',
      'en'
    )
    pairs += doc.segments.length
    const { findings } = runChecks(checks, contextFor(doc), settings)
    for (const f of findings) {
      perCheck.set(f.checkId, (perCheck.get(f.checkId) ?? 0) + 1)
      const seg = doc.segments[f.segment]
      shown.push(`${id}#${f.segment} ${show(f)}\n    S: ${seg?.source}\n    T: ${seg?.target}`)
    }
  }
  console.log(`\n== align-dev light: ${pairs} professional 1-1 sentence pairs ==`)
  for (const [id, n] of [...perCheck].sort((a, b) => b[1] - a[1])) console.log(`  ${id.padEnd(36)} ${n} findings`)
  if (verbose) for (const s of shown) console.log(s)
}
