/**
 * Check-engine benchmark: runs every check in the registry.
 *   npx tsx bench/checks.ts              seeds (with and without glossary), mqm-dev, throughput
 *   npx tsx bench/checks.ts --no-spell   without Hunspell dictionaries
 *   npx tsx bench/checks.ts --no-lexicon without the bilingual lexicon (COTEJO_LEXICON=off, CLI runs too)
 *   npx tsx bench/checks.ts --only seeds|releases|mqm|news|speed|speed-seeds|speed-news|cli-speed
 *   npx tsx bench/checks.ts --only cli-speed --pairs 10000,50000
 *   npx tsx bench/checks.ts --verbose    list every mqm-dev finding
 * Seeds: gold problems flagged (a finding's span overlaps the gold span on its side), findings on
 * mustNotFlag spans, and every other finding. mqm-dev: the metric of ../shared/bench/mqm-dev/README.md.
 * News: findings on professional translations (a false-alarm rate). Speed: 10,000 generated pairs,
 * timed on this thread check by check, then as the app runs them (one job on the check worker).
 * cli-speed: `cotejo check --jsonl` against pofilter on 10,000 and 50,000 real distinct pairs, each a
 * child process (CPU, peak RSS, and the 50,000 under a 256 MB heap cap): see lib/cli-speed.ts.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { checkThreads, createInProcessRunner, createWorkerRunner } from '../src/backend/checks/runner'
import { loadSpeller } from '../src/backend/services/spell'
import { loadLexicon } from '../src/backend/services/lexicon'
import { contextFor, documentFromPairs } from '../src/core/checks/engine/context'
import { JobCache } from '../src/core/checks/engine/job-cache'
import { CHECKS } from '../src/core/checks/engine/registry'
import { runChecks } from '../src/core/checks/engine/runner'
import { assemble } from '../src/core/checks/engine/partial'
import type { CheckContext, CheckDefinition, DocumentContext } from '../src/core/checks/engine/types'
import type { SpellService } from '../src/core/text/speller'
import type { CheckSettings, Finding, MqmCategory } from '../src/core/domain/findings'
import type { GlossaryEntry } from '../src/core/domain/glossary'
import type { Lang } from '../src/core/domain/language'
import { parseGlossaryCsv } from '../src/core/formats/glossary-parse'
import { parseCombined } from '../src/core/formats/combined'
import { cliSpeedReport } from './lib/cli-speed'
import { releasesDevReport } from './lib/releases-dev'

const SHARED = join(import.meta.dirname, '..', '..', 'shared')
const flag = (name: string): boolean => process.argv.includes(name)
// Set before anything loads it; the CLI child processes inherit it.
if (flag('--no-lexicon')) process.env['COTEJO_LEXICON'] = 'off'
const only = ((): string | null => {
  const i = process.argv.indexOf('--only')
  return i >= 0 ? (process.argv[i + 1] ?? null) : null
})()

/** All checks, each enabled: per-check figures cover the ones off by default too. */
const ALL_ON: CheckSettings = Object.fromEntries(CHECKS.map((c) => [c.id, { enabled: true }]))
const defaultOn = new Set(CHECKS.filter((c) => c.enabledByDefault).map((c) => c.id))

function run(
  doc: DocumentContext,
  glossary: GlossaryEntry[],
  project: DocumentContext[],
  spell: SpellService | undefined
): Finding[] {
  const ctx: CheckContext = contextFor(doc, glossary, project, spell, undefined, loadLexicon())
  const result = runChecks(CHECKS, ctx, ALL_ON)
  for (const f of result.failures) console.log(`  !! check ${f.checkId} failed on ${f.documentId}: ${f.error}`)
  return result.findings
}

// ---------------------------------------------------------------- seeds

interface GoldSpanRef {
  document: string
  sourceParagraph: number | null
  targetParagraph: number | null
  sourceSpan: string | null
  targetSpan: string | null
}
interface GoldProblem extends GoldSpanRef {
  id: string
  category: string
  expectation: 'must' | 'should' | 'reviewer'
  note: string
}
interface Gold {
  problems: GoldProblem[]
  mustNotFlag: (GoldSpanRef & { why: string })[]
}

interface Range {
  paragraph: number
  start: number
  end: number
}

function rangeOf(paragraphs: string[], paragraph: number | null, text: string | null): Range | null {
  if (paragraph === null || text === null) return null
  const p = paragraphs[paragraph] ?? ''
  const start = p.indexOf(text)
  return start < 0 ? null : { paragraph, start, end: start + text.length }
}

const overlaps = (r: Range | null, span: Finding['sourceSpan']): boolean =>
  r !== null && span !== null && span.paragraph === r.paragraph && span.start < r.end && r.start < span.end

interface SeedDoc {
  file: string
  source: string[]
  target: string[]
  doc: DocumentContext
}

function loadSeeds(): SeedDoc[] {
  const dir = join(SHARED, 'fixtures', 'seeds')
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const parsed = parseCombined(readFileSync(join(dir, file), 'utf8'))
      if (!parsed.ok) throw new Error(`${file}: ${parsed.error}`)
      const { source, target } = parsed.value
      const n = Math.max(source.length, target.length)
      const pairs = Array.from({ length: n }, (_, i) => ({ source: source[i] ?? '', target: target[i] ?? '' }))
      return { file, source, target, doc: documentFromPairs(file, pairs, 'es', 'en') }
    })
}

function describe(f: Finding): string {
  const span = f.side === 'source' ? f.sourceSpan : (f.targetSpan ?? f.sourceSpan)
  const where = `${f.documentId.slice(0, 3)} P${f.targetParagraph ?? f.sourceParagraph}`
  return `${f.checkId.padEnd(24)} ${f.severity.padEnd(8)} ${where.padEnd(8)} ${f.side.padEnd(6)} «${span?.text ?? ''}» ${f.message}`
}

function seedReport(label: string, seeds: SeedDoc[], glossary: GlossaryEntry[], spell: SpellService | undefined): void {
  const gold = JSON.parse(readFileSync(join(SHARED, 'fixtures', 'seeds-gold.json'), 'utf8')) as Gold
  const project = seeds.map((s) => s.doc)
  const findings = seeds.flatMap((s) => run(s.doc, glossary, project, spell).filter((f) => defaultOn.has(f.checkId)))
  const seedOf = (file: string): SeedDoc => seeds.find((s) => s.file === file) as SeedDoc
  const hits = (ref: GoldSpanRef): Finding[] => {
    const s = seedOf(ref.document)
    const src = rangeOf(s.source, ref.sourceParagraph, ref.sourceSpan)
    const tgt = rangeOf(s.target, ref.targetParagraph, ref.targetSpan)
    return findings.filter(
      (f) => f.documentId === ref.document && (overlaps(src, f.sourceSpan) || overlaps(tgt, f.targetSpan))
    )
  }
  console.log(`\n=== seeds ${label}: ${findings.length} findings from default-on checks`)
  const explained = new Set<Finding>()
  for (const level of ['must', 'should', 'reviewer'] as const) {
    const problems = gold.problems.filter((p) => p.expectation === level)
    let found = 0
    const lines: string[] = []
    for (const p of problems) {
      const h = hits(p)
      h.forEach((f) => explained.add(f))
      if (h.length > 0) found++
      lines.push(
        `  ${h.length > 0 ? 'ok  ' : 'MISS'} ${p.id.padEnd(5)} ${p.category.padEnd(28)} ${h.map((f) => f.checkId).join(',') || '-'}  ${(p.targetSpan ?? p.sourceSpan ?? '').slice(0, 60)}`
      )
    }
    console.log(`${level}: ${found}/${problems.length}`)
    lines.forEach((l) => console.log(l))
  }
  // A mustNotFlag span can sit inside a real problem's span ("VII Cumbre" is not a number error, but
  // the summit's name is inconsistent): a finding of the problem's own kind there is not a violation.
  const sameKind = (f: Finding, p: GoldProblem): boolean => {
    const top = p.category.split('/')[0] as string
    const mapped =
      ({ fluency: 'linguistic-conventions', locale: 'locale-conventions' } as Record<string, string>)[top] ?? top
    return f.category.startsWith(mapped)
  }
  const excused = (f: Finding): GoldProblem | undefined =>
    gold.problems.find((p) => hits(p).includes(f) && sameKind(f, p))
  const onMustNot = gold.mustNotFlag.flatMap((m) => hits(m).map((f) => ({ m, f, problem: excused(f) })))
  const bad = onMustNot.filter((x) => !x.problem)
  console.log(`findings on mustNotFlag spans: ${bad.length}`)
  for (const { m, f } of bad) console.log(`  !! ${describe(f)}   [${m.why}]`)
  for (const { f, problem } of onMustNot)
    if (problem) console.log(`  (not counted: ${f.checkId} there reports ${problem.id})`)
  onMustNot.forEach(({ f }) => explained.add(f))
  const others = findings.filter((f) => !explained.has(f))
  console.log(`findings outside the gold: ${others.length}`)
  for (const f of others) console.log(`  ${describe(f)}`)
}

// ---------------------------------------------------------------- mqm-dev

interface MqmRow {
  id: string
  label: 'error' | 'clean'
  source_lang: Lang
  target_lang: Lang
  source: string
  target: string
  families: string[]
}

const FAMILIES = [
  'omission',
  'addition',
  'untranslated',
  'terminology',
  'number_entity',
  'punctuation',
  'spelling',
  'locale',
  'other'
]

/** The bench families a finding speaks to, from its category and, for entity and number checks, its id. */
function familiesOf(f: Finding): string[] {
  const byCategory: Partial<Record<MqmCategory, string>> = {
    'accuracy/omission': 'omission',
    'accuracy/addition': 'addition',
    'accuracy/untranslated': 'untranslated',
    'accuracy/mistranslation': 'other',
    'terminology/inconsistent-with-termbase': 'terminology',
    'terminology/inconsistent-use': 'terminology',
    'linguistic-conventions/grammar': 'other',
    'linguistic-conventions/punctuation': 'punctuation',
    'linguistic-conventions/spelling': 'spelling',
    'linguistic-conventions/unintelligible': 'other',
    'locale-conventions/number-format': 'locale',
    'locale-conventions/date-format': 'locale',
    'locale-conventions/currency-format': 'locale',
    'style/awkward': 'other'
  }
  const fams = new Set<string>()
  const c = byCategory[f.category]
  if (c) fams.add(c)
  if (/^(numbers|entities|number|codes)/.test(f.checkId)) fams.add('number_entity')
  return [...fams]
}

function mqmReport(spell: SpellService | undefined): void {
  const rows = readFileSync(join(SHARED, 'bench', 'mqm-dev', 'dev.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as MqmRow)
  const perRow = rows.map((r) => {
    const doc = documentFromPairs(r.id, [{ source: r.source, target: r.target }], r.source_lang, r.target_lang)
    return { row: r, findings: run(doc, [], [doc], spell) }
  })
  const engine = (fs: Finding[]): Finding[] => fs.filter((f) => defaultOn.has(f.checkId))
  const errors = perRow.filter((x) => x.row.label === 'error')
  const clean = perRow.filter((x) => x.row.label === 'clean')
  const flaggedErr = errors.filter((x) => engine(x.findings).length > 0).length
  const flaggedClean = clean.filter((x) => engine(x.findings).length > 0).length
  const recall = flaggedErr / errors.length
  const fpr = flaggedClean / clean.length
  const precision = flaggedErr + flaggedClean === 0 ? 0 : flaggedErr / (flaggedErr + flaggedClean)
  console.log(
    `\n=== mqm-dev (${rows.length} segments: ${errors.length} error, ${clean.length} clean), default-on checks`
  )
  console.log(`error-segment recall ${(100 * recall).toFixed(1)} % (${flaggedErr}/${errors.length})`)
  console.log(`clean segments flagged ${(100 * fpr).toFixed(1)} % (${flaggedClean}/${clean.length})`)
  console.log(`precision at the data's mix ${(100 * precision).toFixed(1)} %`)
  // Halves by the hex suffix of the id (a stable, direction-mixed split): tune on one, report both.
  for (const [label, test] of [
    ['tuning half (id suffix 0-7)', /[0-7][0-9a-f]{7}$/],
    ['held-out half (id suffix 8-f)', /[89a-f][0-9a-f]{7}$/]
  ] as const) {
    const err = errors.filter((x) => test.test(x.row.id))
    const cln = clean.filter((x) => test.test(x.row.id))
    const e = err.filter((x) => engine(x.findings).length > 0).length
    const c = cln.filter((x) => engine(x.findings).length > 0).length
    console.log(
      `  ${label}: recall ${((100 * e) / err.length).toFixed(1)} % (${e}/${err.length}), ` +
        `clean flagged ${((100 * c) / cln.length).toFixed(1)} % (${c}/${cln.length})`
    )
  }
  console.log('recall per family:')
  for (const fam of FAMILIES) {
    const carrying = errors.filter((x) => x.row.families.includes(fam))
    if (carrying.length === 0) continue
    const found = carrying.filter((x) => engine(x.findings).some((f) => familiesOf(f).includes(fam))).length
    console.log(`  ${fam.padEnd(14)} ${found}/${carrying.length} (${((100 * found) / carrying.length).toFixed(0)} %)`)
  }
  console.log('per check (segments with a finding; all checks on):')
  for (const check of CHECKS) {
    const onErr = errors.filter((x) => x.findings.some((f) => f.checkId === check.id)).length
    const onClean = clean.filter((x) => x.findings.some((f) => f.checkId === check.id)).length
    const p = onErr + onClean === 0 ? '-' : `${((100 * onErr) / (onErr + onClean)).toFixed(0)} %`
    const state = check.enabledByDefault ? 'on ' : 'off'
    console.log(
      `  ${check.id.padEnd(26)} ${state} error ${String(onErr).padStart(3)}  clean ${String(onClean).padStart(3)}  precision ${p}`
    )
  }
  if (flag('--verbose')) {
    for (const x of perRow) {
      for (const f of x.findings)
        console.log(`  [${x.row.label}] ${x.row.id} ${x.row.families.join('/')}: ${describe(f)}`)
    }
  } else {
    console.log('clean-segment findings (false positives by the labels):')
    for (const x of clean) for (const f of x.findings) console.log(`  ${x.row.id} ${describe(f)}`)
  }
}

// ---------------------------------------------------------------- professional news translations

/**
 * The 1-1 sentence pairs of the alignment dev set (WMT news, professional translations): no error
 * labels, but few errors, so findings here are mostly false alarms. Findings per 1,000 pairs.
 * `reversed`: the English as the source and the Spanish as the translation, for en→es.
 */
function newsDocuments(reversed = false): DocumentContext[] {
  const dir = join(SHARED, 'bench', 'align-dev', 'light')
  const lines = (f: string): string[] =>
    readFileSync(join(dir, f), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold'))
    .sort()
    .map((f) => {
      const id = f.replace(/\.gold$/, '')
      const es = lines(`${id}.es.paras`)
      const en = lines(`${id}.en.paras`)
      const pairs = lines(f)
        .map((l) => l.split(':').map((x) => JSON.parse(x) as number[]))
        .filter(([s, t]) => s?.length === 1 && t?.length === 1)
        .map(([s, t]) => ({
          source: es[(s as number[])[0] as number] ?? '',
          target: en[(t as number[])[0] as number] ?? ''
        }))
      return reversed
        ? documentFromPairs(
            id,
            pairs.map((p) => ({ source: p.target, target: p.source })),
            'en',
            'es'
          )
        : documentFromPairs(id, pairs, 'es', 'en')
    })
}

function newsReport(spell: SpellService | undefined, reversed: boolean): void {
  const docs = newsDocuments(reversed)
  const pairs = docs.reduce((n, d) => n + d.segments.length, 0)
  const perCheck = new Map<string, Set<string>>()
  for (const doc of docs) {
    for (const f of run(doc, [], docs, spell)) {
      const set = perCheck.get(f.checkId) ?? new Set<string>()
      set.add(`${doc.id}:${f.segment}`)
      perCheck.set(f.checkId, set)
    }
  }
  console.log(
    `\n=== professional news translations, ${reversed ? 'en→es (the English as the source)' : 'es→en'} ` +
      `(align-dev light, ${pairs} 1-1 sentence pairs, ${docs.length} documents as one project)`
  )
  console.log(
    'pairs with a finding, per 1,000 pairs (mostly false alarms; some real slips of the reference translation):'
  )
  for (const check of CHECKS) {
    const n = perCheck.get(check.id)?.size ?? 0
    if (n > 0)
      console.log(
        `  ${check.id.padEnd(34)} ${check.enabledByDefault ? 'on ' : 'off'} ${((1000 * n) / pairs).toFixed(1)}`
      )
  }
}

// ---------------------------------------------------------------- throughput

/** Deterministic pseudo-random numbers (mulberry32), so every run times the same text. */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** 10,000 pairs: seed paragraphs with their numbers and sentence order varied, in 50 documents of one project. */
function generated(seeds: SeedDoc[], total = 10_000, perDoc = 200): DocumentContext[] {
  const rnd = random(7)
  const pool = seeds.flatMap((s) => s.source.map((src, i) => ({ source: src, target: s.target[i] ?? '' })))
  const docs: DocumentContext[] = []
  for (let d = 0; d * perDoc < total; d++) {
    const pairs = Array.from({ length: perDoc }, () => {
      const p = pool[Math.floor(rnd() * pool.length)] as { source: string; target: string }
      const n = String(Math.floor(rnd() * 900) + 10)
      return { source: p.source.replace(/\b\d{2,3}\b/, n), target: p.target.replace(/\b\d{2,3}\b/, n) }
    })
    docs.push(documentFromPairs(`gen-${d}`, pairs, 'es', 'en'))
  }
  return docs
}

/**
 * 10,000 pairs of varied real text: each paragraph is 1-4 consecutive sentence pairs of the
 * professional news translations, so almost no paragraph repeats and no per-text memo can help.
 */
function newsParagraphs(total = 10_000, perDoc = 200): DocumentContext[] {
  const rnd = random(11)
  const sentences = newsDocuments().map((d) => d.segments)
  const docs: DocumentContext[] = []
  for (let d = 0; d * perDoc < total; d++) {
    const pairs = Array.from({ length: perDoc }, () => {
      const doc = sentences[Math.floor(rnd() * sentences.length)] as DocumentContext['segments']
      const size = 1 + Math.floor(rnd() * 4)
      const from = Math.floor(rnd() * Math.max(1, doc.length - size))
      const run = doc.slice(from, from + size)
      return { source: run.map((s) => s.source).join(' '), target: run.map((s) => s.target).join(' ') }
    })
    docs.push(documentFromPairs(`news-${d}`, pairs, 'es', 'en'))
  }
  return docs
}

function speedReport(
  label: string,
  docs: DocumentContext[],
  glossary: GlossaryEntry[],
  spell: SpellService | undefined
): void {
  const pairs = docs.reduce((n, d) => n + d.segments.length, 0)
  const words = docs.reduce((n, d) => n + d.segments.reduce((m, s) => m + s.source.split(/\s+/).length, 0), 0)
  const perCheck = new Map<string, number>()
  const t0 = performance.now()
  const cpu0 = process.cpuUsage()
  let findings = 0
  // One job: the documents share its analyses, as in the app's check worker.
  const cache = new JobCache()
  for (const doc of docs) {
    const ctx: CheckContext = contextFor(doc, glossary, docs, spell, cache, loadLexicon())
    for (const check of CHECKS) {
      const t = performance.now()
      findings += runChecks([check], ctx, ALL_ON).findings.length
      perCheck.set(check.id, (perCheck.get(check.id) ?? 0) + performance.now() - t)
    }
  }
  const seconds = (performance.now() - t0) / 1000
  const cpu = process.cpuUsage(cpu0)
  // CPU time is printed too: on a shared machine wall time mostly measures the neighbours.
  console.log(
    `\n=== throughput, ${label}: ${pairs} pairs (${words} source words) in ${docs.length} documents of one project, ` +
      `all checks: ${seconds.toFixed(2)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU (${findings} findings)`
  )
  for (const [id, ms] of [...perCheck].sort((a, b) => b[1] - a[1]))
    console.log(`  ${id.padEnd(26)} ${(ms / 1000).toFixed(2)} s`)
}

/** The app's check worker, as built by `electron-vite build` (the bench script builds first). */
const BUILT_WORKER = join(import.meta.dirname, '..', 'out', 'main', 'check-worker.js')

/** The command line as built by `electron-vite build`. */
const BUILT_CLI = join(import.meta.dirname, '..', 'out', 'main', 'cli.js')

/** Pair counts of the cli-speed part: `--pairs 10000,50000` (the default). */
function cliSizes(): number[] {
  const i = process.argv.indexOf('--pairs')
  const list = i >= 0 ? (process.argv[i + 1] ?? '') : '10000,50000'
  return list
    .split(',')
    .map(Number)
    .filter((n) => n > 0)
}

/** Cold runs of each set in the workers (`COTEJO_BENCH_RUNS`, 3 by default): one says little on a shared VM. */
const WORKER_RUNS = Math.max(1, Number(process.env.COTEJO_BENCH_RUNS) || 3)

/**
 * The same pairs as the app checks them: one job for the whole project on the check workers, with
 * the project cloned to them. The workers start and load their dictionaries before the clock
 * starts, as they do at launch; their checks are not warmed up. Each run has new workers, so each
 * is a first run; the median of `WORKER_RUNS` is reported with every run. Timed before anything
 * else runs here: in the app the main process is idle while a job runs, whereas this thread's heap,
 * once the other reports have run, keeps the garbage collector's helper threads busy.
 */
async function workerSpeedReport(label: string, docs: DocumentContext[], glossary: GlossaryEntry[]): Promise<string> {
  if (!existsSync(BUILT_WORKER))
    return `\n=== throughput in the app's check worker, ${label}: skipped (run \`npm run build\` first)`
  const threads = checkThreads()
  const runs: { seconds: number; cpu: number; findings: number }[] = []
  for (let r = 0; r < WORKER_RUNS; r++) runs.push(await coldWorkerRun(docs, glossary, threads))
  const pairs = docs.reduce((n, d) => n + d.segments.length, 0)
  const median = [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor((runs.length - 1) / 2)] as (typeof runs)[0]
  const each = runs.map((r) => `${r.seconds.toFixed(2)} s (${r.cpu.toFixed(2)} s CPU)`).join(', ')
  return (
    `\n=== throughput in the app's check worker${threads > 1 ? `s (${threads} threads)` : ''}, ${label}: ${pairs} pairs ` +
    `in ${median.seconds.toFixed(2)} s wall, ${median.cpu.toFixed(2)} s CPU on all threads (${median.findings} findings); ` +
    `${runs.length > 1 ? `median of ${runs.length} runs` : 'one run'} with new workers: ${each}`
  )
}

/** One job on workers started for it: wall and CPU time (all threads) of the job alone. */
async function coldWorkerRun(
  docs: DocumentContext[],
  glossary: GlossaryEntry[],
  threads: number
): Promise<{ seconds: number; cpu: number; findings: number }> {
  const runner = createWorkerRunner(
    BUILT_WORKER,
    createInProcessRunner(CHECKS, () => undefined),
    undefined,
    threads
  )
  const tiny = documentFromPairs('warm-up', [{ source: 'Hola.', target: 'Hello.' }])
  await runner.run({ documents: [tiny], targets: [tiny.id], glossary: [], settings: ALL_ON })
  const t0 = performance.now()
  const cpu0 = process.cpuUsage()
  const result = await runner.run({ documents: docs, targets: docs.map((d) => d.id), glossary, settings: ALL_ON })
  const seconds = (performance.now() - t0) / 1000
  const cpu = process.cpuUsage(cpu0)
  await runner.close()
  const findings = Object.values(result.results).reduce((n, r) => n + assemble(CHECKS, r).findings.length, 0)
  return { seconds, cpu: (cpu.user + cpu.system) / 1e6, findings }
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  // Timings depend on the engine (Electron's V8 is newer than the Node that runs the bench).
  console.log(`runtime: Node ${process.version}, V8 ${process.versions.v8}, ${availableParallelism()} cores`)
  if (only === 'cli-speed') return cliSpeedReport(join(SHARED, 'bench', 'align-dev'), BUILT_CLI, cliSizes())
  if (!only || only === 'releases')
    releasesDevReport(join(SHARED, 'bench', 'releases-dev'), BUILT_CLI, flag('--verbose'))
  if (only === 'releases') return
  const seeds = loadSeeds()
  const parsed = parseGlossaryCsv(readFileSync(join(SHARED, 'fixtures', 'seeds-glossary.csv'), 'utf8'))
  const speedSeeds = !only || only === 'speed' || only === 'speed-seeds'
  const speedNews = !only || only === 'speed' || only === 'speed-news'
  // Each set is made once and timed both ways (the worker gets a copy of it).
  const seedSet = speedSeeds ? generated(seeds) : []
  const newsSet = speedNews ? newsParagraphs() : []
  // The worker runs first, while this thread is still idle (see workerSpeedReport).
  const inWorker = {
    seeds: speedSeeds ? await workerSpeedReport('seed paragraphs, numbers varied', seedSet, parsed.entries) : '',
    news: speedNews ? await workerSpeedReport('news paragraphs, all different', newsSet, []) : ''
  }
  const spell = flag('--no-spell') ? undefined : await loadSpeller()
  console.log(`bilingual lexicon: ${loadLexicon() ? 'on' : 'off (--no-lexicon)'}`)
  if (parsed.errors.length > 0) console.log('glossary errors:', parsed.errors)
  console.log(
    `checks: ${CHECKS.map((c: CheckDefinition) => `${c.id}${c.enabledByDefault ? '' : ' (off)'}`).join(', ')}`
  )
  if (!only || only === 'seeds') {
    seedReport('with glossary', seeds, parsed.entries, spell)
    seedReport('without glossary', seeds, [], spell)
  }
  if (!only || only === 'mqm') mqmReport(spell)
  if (!only || only === 'news') {
    newsReport(spell, false)
    newsReport(spell, true)
  }
  if (speedSeeds) {
    speedReport('seed paragraphs, numbers varied', seedSet, parsed.entries, spell)
    console.log(inWorker.seeds)
  }
  if (speedNews) {
    speedReport('news paragraphs, all different', newsSet, [], spell)
    console.log(inWorker.news)
  }
  // Last: child processes, timed while this process is idle.
  if (!only) cliSpeedReport(join(SHARED, 'bench', 'align-dev'), BUILT_CLI, cliSizes())
}

void main()
