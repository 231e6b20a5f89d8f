/**
 * What each check costs on the latency benchmark's release (5,000 distinct real paragraphs, the
 * example releases' glossary), on this thread: a full check with an empty memo, then re-checks
 * after one edit each with the memo of the runs before (what the check worker does after an edit).
 * Figures, not pass/fail.
 *
 *   npx tsx bench/check-costs.ts [--paragraphs 5000] [--edits 5] [--no-glossary]
 */
import { readFileSync } from 'node:fs'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { createInProcessRunner, type CheckRunner, type JobResult } from '../src/backend/checks/runner'
import { loadLexicon } from '../src/backend/services/lexicon'
import { openServices } from '../src/backend/services/open'
import { loadSpeller } from '../src/backend/services/spell'
import { dispatch } from '../src/core/api/dispatch'
import type { CheckJob } from '../src/core/checks/engine/job'
import { runPartialJob } from '../src/core/checks/engine/job'
import { SegmentMemo } from '../src/core/checks/engine/segment-memo'
import { CHECKS } from '../src/core/checks/engine/registry'
import { isSegmentLocal } from '../src/core/checks/engine/partial'
import { buildRelease } from './lib/latency-release'

const { values } = parseArgs({
  options: {
    paragraphs: { type: 'string' },
    edits: { type: 'string' },
    'no-glossary': { type: 'boolean' }
  }
})
const PARAGRAPHS = Number(values.paragraphs ?? 5000)
const EDITS = Number(values.edits ?? 5)
const GLOSSARY = join(import.meta.dirname, '..', 'tests', 'fixtures', 'golden', 'inputs', 'seeds-glossary.csv')

/** The job the app's findings service gives its runner for the release, taken from a real import. */
async function releaseJob(): Promise<CheckJob> {
  const release = buildRelease(PARAGRAPHS)
  console.log(`data: ${release.what}${values['no-glossary'] ? '' : '; glossary: tests/fixtures seeds-glossary.csv'}`)
  const jobs: CheckJob[] = []
  const here = createInProcessRunner([], () => undefined)
  const runHere = (job: CheckJob): JobResult => {
    jobs.push(job)
    return here.runHere(job)
  }
  const runner: CheckRunner = { ...here, runHere, run: async (job) => runHere(job) }
  const dir = mkdtempSync(join(tmpdir(), 'cotejo-costs-'))
  const services = openServices(dir, { checks: [], runner })
  const call = async (method: string, input: unknown): Promise<unknown> => {
    const r = await dispatch(services.handlers, method as never, input as never)
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`)
    return r.value
  }
  try {
    const project = (await call('createProject', { name: 'Costs' })) as { id: number }
    if (!values['no-glossary'])
      await call('importGlossary', {
        projectId: project.id,
        file: { name: 'glossary.csv', base64: readFileSync(GLOSSARY).toString('base64') }
      })
    const imported = (await call('importPasted', {
      projectId: project.id,
      name: 'Release',
      source: release.source.join('\n\n'),
      target: release.target.join('\n\n')
    })) as { document: { id: number } }
    await call('getDocument', { documentId: imported.document.id })
  } finally {
    services.close()
    rmSync(dir, { recursive: true, force: true })
  }
  const job = jobs.at(-1)
  if (!job) throw new Error('no check job was made')
  return { ...job, dirty: {} }
}

/** CPU seconds of this process (all its threads: the garbage collector's too); wall time varies with the machine's load. */
const cpu = (): number => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1e6
}

/** CPU seconds per check of one run (`runPartialJob` reports each check as it finishes). */
function timed(job: CheckJob, memo: SegmentMemo, spell: Awaited<ReturnType<typeof loadSpeller>>): Map<string, number> {
  const times = new Map<string, number>()
  const ran = CHECKS.filter((c) => !isSegmentLocal(c))
  let t = cpu()
  let i = 0
  // The checks run in registry order, non-local ones first (`runPartial`): progress names none, so count.
  runPartialJob(
    job,
    [...ran, ...CHECKS.filter(isSegmentLocal)],
    spell,
    () => {
      const now = cpu()
      const check = i < ran.length ? (ran[i] as (typeof ran)[number]).id : 'segment-local checks (dirty only)'
      times.set(check, (times.get(check) ?? 0) + (now - t))
      t = now
      i++
    },
    loadLexicon(),
    memo
  )
  return times
}

async function main(): Promise<void> {
  const job = await releaseJob()
  const spell = await loadSpeller()
  loadLexicon()
  const memo = new SegmentMemo()
  const full = timed(job, memo, spell)
  const target = job.targets[0] as string
  const document = job.documents.find((d) => d.id === target)
  if (!document) throw new Error('no target')
  const edits: Map<string, number>[] = []
  for (let k = 0; k < EDITS; k++) {
    // One target edited, as the app sends it: that segment dirty, every other document as it was.
    const at = Math.floor(((k + 0.5) * document.segments.length) / EDITS)
    const segment = document.segments[at] as (typeof document.segments)[number]
    const edited = { ...segment, target: `${segment.target} ${segment.target.split(' ').at(-1) ?? ''}` }
    document.segments[at] = edited
    edits.push(timed({ ...job, dirty: { [target]: [segment.index] } }, memo, spell))
  }
  const names = [...full.keys()]
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN
  console.log(`CPU seconds (process.cpuUsage), ${EDITS} edits`)
  console.log(`${'check'.padEnd(34)} ${'full'.padStart(8)} ${'after edit (median)'.padStart(20)}`)
  let fullSum = 0
  let editSum = 0
  for (const name of names) {
    const f = full.get(name) ?? 0
    const e = median(edits.map((m) => m.get(name) ?? 0))
    fullSum += f
    editSum += e
    console.log(`${name.padEnd(34)} ${f.toFixed(3).padStart(8)} ${e.toFixed(3).padStart(20)}`)
  }
  console.log(`${'total (s)'.padEnd(34)} ${fullSum.toFixed(3).padStart(8)} ${editSum.toFixed(3).padStart(20)}`)
  console.log(`memo: ${memo.describe()}`)
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
