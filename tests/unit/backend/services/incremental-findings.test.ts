import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  createInProcessRunner,
  createWorkerRunner,
  type CheckRunner,
  type JobResult
} from '../../../../src/backend/checks/runner'
import { openServices } from '../../../../src/backend/services/open'
import { CHECKS } from '../../../../src/core/checks/engine/registry'
import type { CheckJob } from '../../../../src/core/checks/engine/job'
import { apiCaller, type ApiCall } from '../../support/api'
import { tempDir } from '../../support/fs'
import { SEEDS_GLOSSARY, seedFiles, seedParagraphs } from '../../support/seeds'
import { fakeSpeller } from '../../core/checks/fake-speller'
import { random } from '../../support/random'

const speller = fakeSpeller({
  en: ['the', 'of', 'and', 'in', 'to', 'a', 'for', 'will', 'with', 'Ministry'],
  es: ['el', 'de', 'y', 'en', 'la', 'los', 'con', 'para']
})

/** An in-process runner that records the jobs it is given. */
function recordingRunner(): { runner: CheckRunner; jobs: CheckJob[] } {
  const here = createInProcessRunner(CHECKS, () => speller)
  const jobs: CheckJob[] = []
  const runHere = (job: CheckJob): JobResult => {
    jobs.push(structuredClone(job))
    return here.runHere(job)
  }
  return { runner: { ...here, runHere, run: async (job) => runHere(job) }, jobs }
}

/** Both example releases and the seeds' glossary in one project. */
async function seedProject(call: ApiCall): Promise<number[]> {
  const project = await call('createProject', { name: 'Seeds' })
  await call('importGlossary', {
    projectId: project.id,
    file: { name: 'seeds-glossary.csv', base64: readFileSync(SEEDS_GLOSSARY).toString('base64') }
  })
  const ids: number[] = []
  for (const f of seedFiles()) {
    const { source, target } = seedParagraphs(f.text)
    const imported = await call('importPasted', {
      projectId: project.id,
      name: f.name,
      source: source.join('\n\n'),
      target: target.join('\n\n')
    })
    ids.push(imported.document.id)
  }
  return ids
}

/** Edits a reviewer makes, and slips the checks look for. */
const EDITS: Array<(text: string, other: string, pick: (n: number) => number) => string> = [
  (t) => t.replace(/(\S+)\s*$/, '$1 $1'),
  (t, _o, pick) => {
    const words = t.split(' ')
    words.splice(pick(words.length), 1)
    return words.join(' ')
  },
  (t) => t.replace(/\d/, (d) => String((Number(d) + 3) % 10)),
  (t) => t.replace(' ', '  '),
  (t) => t.replace(/[.!?]\s*$/, ''),
  (t, o) => `${t} ${o}`,
  (_t, o) => o,
  (t) => t.replace(/\b(\w+)\b/, (w) => w.toUpperCase()),
  () => ''
]

afterEach(() => {
  vi.restoreAllMocks()
})

describe('incremental re-check', () => {
  it('gives the same findings, with the same keys, as a full check after random edits, alignment and glossary edits', async () => {
    const dir = tempDir()
    const { runner } = recordingRunner()
    const services = openServices(dir, { checks: CHECKS, runner })
    const call = apiCaller(services.handlers)
    const ids = await seedProject(call)
    const next = random(19)
    const pick = (n: number): number => Math.floor(next() * n)
    for (const id of ids) await call('getDocument', { documentId: id })

    const kinds = ['mergeNext', 'split', 'moveUp', 'moveDown', 'unalign'] as const
    let glossaryTerm: number | null = null
    const made = { alignment: 0, glossary: 0 }
    for (let round = 0; round < 20; round++) {
      const id = ids[pick(ids.length)] as number
      const doc = await call('getDocument', { documentId: id })
      // Every few rounds an alignment edit, now and then a glossary edit, otherwise a text edit.
      const change = round % 4 === 1 ? 'alignment' : round % 7 === 3 ? 'glossary' : 'text'
      if (change === 'alignment') {
        // An alignment edit: every later row moves (some edits are refused on some rows: fine).
        const kind = kinds[pick(kinds.length)] as (typeof kinds)[number]
        const bead = pick(doc.beads.length)
        const edit = kind === 'moveUp' || kind === 'moveDown' ? { kind, bead, side: 'target' as const } : { kind, bead }
        await call('editAlignment', { documentId: id, edit }).then(
          () => made.alignment++,
          () => undefined
        )
      } else if (change === 'glossary') {
        // A glossary term added, or the one added before removed.
        if (glossaryTerm === null) {
          const saved = await call('saveGlossaryTerm', {
            projectId: doc.project.id,
            term: { source: 'ministerio', target: 'department', forbidden: ['ministry'] }
          })
          glossaryTerm = saved.id
          made.glossary++
        } else {
          await call('deleteGlossaryTerm', { termId: glossaryTerm })
          glossaryTerm = null
        }
      } else {
        const paragraph = pick(doc.target.length)
        const other = doc.target[pick(doc.target.length)]?.text ?? ''
        const edit = EDITS[pick(EDITS.length)] as (typeof EDITS)[number]
        const text = edit(doc.target[paragraph]?.text ?? '', other, pick)
        await call('editTarget', { documentId: id, paragraph, text })
      }
      const after = await call('getDocument', { documentId: id })

      // A fresh process on the same data: nothing cached, every check on every segment.
      const fresh = openServices(dir, { checks: CHECKS, runner: createInProcessRunner(CHECKS, () => speller) })
      const full = await apiCaller(fresh.handlers)('getDocument', { documentId: id })
      fresh.close()
      expect({ round, findings: after.findings }).toEqual({ round, findings: full.findings })
    }
    expect(made.alignment).toBeGreaterThan(0)
    expect(made.glossary).toBeGreaterThan(0)
    services.close()
  }, 180_000)

  it('runs segment-local checks only on the edited segment, and none of them for a status change', async () => {
    const { runner, jobs } = recordingRunner()
    const services = openServices(tempDir(), { checks: CHECKS, runner })
    const call = apiCaller(services.handlers)
    const [first, second] = (await seedProject(call)) as [number, number]
    await call('getProject', { projectId: (await call('listProjects', {}))[0]!.id })
    const before = jobs.length
    const doc = await call('getDocument', { documentId: first })
    await call('setSegmentStatus', { documentId: first, segment: 2, status: 'reviewed' })
    await call('getDocument', { documentId: first })
    expect(jobs.length).toBe(before)

    const bead = doc.beads.find((b) => b.target.length === 1)!
    await call('editTarget', {
      documentId: first,
      paragraph: bead.target[0]!,
      text: `${doc.target[bead.target[0]!]!.text} más`
    })
    await call('getProject', { projectId: doc.project.id })
    const job = jobs.at(-1) as CheckJob
    expect(job.dirty).toEqual({ [String(first)]: [bead.position], [String(second)]: [] })
    services.close()
  })
})

const BUILT_WORKER = resolve(__dirname, '../../../../out/main/check-worker.js')

describe.skipIf(!existsSync(BUILT_WORKER))(
  'incremental re-check on the check workers (npm test builds them first)',
  () => {
    /** The findings of each document once the workers have checked it. */
    async function checked(call: ApiCall, ids: readonly number[]): Promise<unknown[]> {
      const out: unknown[] = []
      for (const documentId of ids) {
        expect(await call('findingsStatus', { documentId, waitMs: 30_000 })).toMatchObject({ ready: true })
        out.push((await call('getDocument', { documentId })).findings)
      }
      return out
    }
    const workers = (): CheckRunner =>
      createWorkerRunner(
        BUILT_WORKER,
        createInProcessRunner(CHECKS, () => undefined),
        () => {},
        2
      )

    it('after an edit in one release, both releases of the project have the findings a fresh check gives', async () => {
      const dir = tempDir()
      const runner = workers()
      const services = openServices(dir, { checks: CHECKS, runner })
      const call = apiCaller(services.handlers)
      const [first, second] = (await seedProject(call)) as [number, number]
      await checked(call, [first, second])
      const doc = await call('getDocument', { documentId: first })
      const bead = doc.beads.find((b) => b.target.length === 1)!
      // A sentence of the other release copied in: consistency across the project sees it.
      const other = await call('getDocument', { documentId: second })
      await call('editTarget', { documentId: first, paragraph: bead.target[0]!, text: other.target[0]!.text })
      const after = await checked(call, [first, second])
      services.close()
      await runner.close()

      const freshRunner = workers()
      const fresh = openServices(dir, { checks: CHECKS, runner: freshRunner })
      const full = await checked(apiCaller(fresh.handlers), [first, second])
      fresh.close()
      await freshRunner.close()
      expect(after).toEqual(full)
    }, 120_000)
  }
)
