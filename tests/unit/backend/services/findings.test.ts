import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { openDatabase } from '../../../../src/backend/db/database'
import { createFindingsService } from '../../../../src/backend/services/findings'
import { createDocumentStore } from '../../../../src/backend/store/documents'
import { createGlossaryStore } from '../../../../src/backend/store/glossary'
import { createReviewStore } from '../../../../src/backend/store/review'
import { createInProcessRunner, type CheckRunner, type JobResult } from '../../../../src/backend/checks/runner'
import { openServices } from '../../../../src/backend/services/open'
import type { CheckJob } from '../../../../src/core/checks/engine/job'
import { apiCaller, importColourRelease } from '../../support/api'
import { colourCheck } from '../../support/checks'
import { tempDir } from '../../support/fs'

/** A runner whose background jobs wait until the test releases (or fails) them, like a busy worker. */
function heldRunner() {
  const here = createInProcessRunner([colourCheck], () => undefined)
  const held: Array<{ job: CheckJob; release(): void; fail(): void }> = []
  const runner: CheckRunner = {
    ...here,
    // As in the app: the first check of a document is not waited for.
    state: () => 'worker',
    run: (job) =>
      new Promise<JobResult>((resolve, reject) =>
        held.push({
          job,
          release: () => resolve(here.runHere(job)),
          fail: () => reject(new Error('The check worker stopped (exit code 1).'))
        })
      )
  }
  return { runner, held }
}

async function setup() {
  const { runner, held } = heldRunner()
  vi.spyOn(console, 'error').mockImplementation(() => {})
  const services = openServices(tempDir(), { checks: [colourCheck], runner })
  const call = apiCaller(services.handlers)
  const project = await call('createProject', { name: 'P' })
  const add = async (name: string, target: string) =>
    (await call('importPasted', { projectId: project.id, name, source: 'Uno.\n\nDos.', target })).document.id
  return { call, held, projectId: project.id, add, close: () => services.close() }
}

afterEach(() => {
  vi.restoreAllMocks()
})

/** Lets pending promise callbacks run, so queued jobs reach the runner. */
const settle = () => new Promise((r) => setTimeout(r, 0))

/** Waits until the checks a request started in the background (a moment after it answered) reach the runner. */
const jobs = (held: readonly unknown[], n: number) => vi.waitFor(() => expect(held).toHaveLength(n))

describe('findings service with background checks', () => {
  it('answers the rows at once while the first check runs, and the findings once it is done', async () => {
    const { call, held, add, close } = await setup()
    const id = await add('A', 'One colour.\n\nTwo colour.')
    const first = await call('getDocument', { documentId: id })
    const second = await call('getDocument', { documentId: id })
    expect(first.target.map((p) => p.text)).toEqual(['One colour.', 'Two colour.'])
    // No findings yet, and the answer says so rather than looking clean.
    expect(first.findingsState).toBe('checking')
    expect(first.findings).toEqual([])
    expect(second.findingsState).toBe('checking')
    expect(await call('findingsStatus', { documentId: id })).toMatchObject({ ready: false })
    const waiting = call('findingsStatus', { documentId: id, waitMs: 5_000 })
    await settle()
    // Both reads and the wait share one job.
    expect(held).toHaveLength(1)
    held[0]!.release()
    expect(await waiting).toMatchObject({ ready: true })
    const checked = await call('getDocument', { documentId: id })
    expect(checked.findingsState).toBe('ready')
    expect(checked.findings.map((f) => f.targetSpan?.text)).toEqual(['colour', 'colour'])
    expect(checked.progress.findingsOpen).toBe(2)
    // Cached now: no new job until the text changes.
    await call('getDocument', { documentId: id })
    expect(held).toHaveLength(1)
    close()
  })

  it('answers a status change while the first check runs without waiting for it', async () => {
    const { call, held, add, close } = await setup()
    const id = await add('A', 'One colour.\n\nTwo.')
    await call('getDocument', { documentId: id })
    await call('setSegmentStatus', { documentId: id, segment: 1, status: 'reviewed' })
    const rows = await call('getRows', { documentId: id, segments: [1] })
    expect(rows.beads.map((b) => b.status)).toEqual(['reviewed'])
    expect(rows.findingsState).toBe('checking')
    await jobs(held, 1)
    close()
  })

  it('lists a project at once after a restart and checks all its documents in one job', async () => {
    const dir = tempDir()
    const before = openServices(dir, {
      checks: [colourCheck],
      runner: createInProcessRunner([colourCheck], () => undefined)
    })
    const first = apiCaller(before.handlers)
    const { id: projectId } = await first('createProject', { name: 'P' })
    for (const [name, target] of [
      ['A', 'One colour.\n\nTwo.'],
      ['B', 'One.\n\nTwo colour.']
    ])
      await first('importPasted', { projectId, name: name!, source: 'Uno.\n\nDos.', target: target! })
    before.close()

    const { runner, held } = heldRunner()
    const services = openServices(dir, { checks: [colourCheck], runner })
    const call = apiCaller(services.handlers)
    // The list comes at once, saying which documents are still being checked.
    const opening = await call('getProject', { projectId })
    expect(opening.documents.map((d) => d.findingsState)).toEqual(['checking', 'checking'])
    await jobs(held, 1)
    expect(held.map((h) => h.job.targets.length)).toEqual([2])
    held[0]!.release()
    const documentId = opening.documents[0]!.id
    expect(await call('findingsStatus', { documentId, waitMs: 5_000 })).toMatchObject({ ready: true })
    const project = await call('getProject', { projectId })
    expect(project.documents.map((d) => [d.findingsState, d.progress.findingsOpen])).toEqual([
      ['ready', 1],
      ['ready', 1]
    ])
    services.close()
  })

  it('never shows findings of text that changed while the check ran', async () => {
    const { call, held, add, close } = await setup()
    const id = await add('A', 'One colour.\n\nTwo colour.')
    await call('getDocument', { documentId: id })
    await jobs(held, 1)
    await call('editTarget', { documentId: id, paragraph: 0, text: 'One color.' })
    // The edited row comes without the findings of its old text.
    const row = await call('getRows', { documentId: id, segments: [0] })
    expect(row.target[0]!.text).toBe('One color.')
    expect(row.findingsState).toBe('checking')
    expect(row.findings).toEqual([])
    held[0]!.release()
    // The first job described the old text: not ready, and a job for the new text is under way.
    expect(await call('findingsStatus', { documentId: id, waitMs: 50 })).toMatchObject({ ready: false })
    expect(held).toHaveLength(2)
    held[1]!.release()
    expect(await call('findingsStatus', { documentId: id, waitMs: 5_000 })).toMatchObject({ ready: true })
    const doc = await call('getDocument', { documentId: id })
    expect(doc.target[0]!.text).toBe('One color.')
    expect(doc.findings.map((f) => [f.targetParagraph, f.targetSpan?.text])).toEqual([[1, 'colour']])
    close()
  })

  it('still gives the findings, checked here, when the background check fails', async () => {
    const { call, held, add, close } = await setup()
    const id = await add('A', 'One colour.\n\nTwo.')
    expect((await call('getDocument', { documentId: id })).findingsState).toBe('checking')
    const waiting = call('findingsStatus', { documentId: id, waitMs: 5_000 })
    await settle()
    held[0]!.fail()
    expect(await waiting).toMatchObject({ ready: true })
    const doc = await call('getDocument', { documentId: id })
    expect(doc.findings.map((f) => f.targetSpan?.text)).toEqual(['colour'])
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('background failed'), expect.any(Error))
    close()
  })
})

describe('what re-runs the checks', () => {
  it('a status change never does; an edit of the text does', async () => {
    let runs = 0
    const counting = {
      ...colourCheck,
      run: (ctx: Parameters<typeof colourCheck.run>[0]) => {
        runs++
        return colourCheck.run(ctx)
      }
    }
    const services = openServices(tempDir(), { checks: [counting] })
    const call = apiCaller(services.handlers)
    const { documentId } = await importColourRelease(call)
    const first = await call('getDocument', { documentId })
    const checked = runs
    await call('setSegmentStatus', { documentId, segment: 0, status: 'reviewed' })
    await call('setSegmentsStatus', { documentId, segments: [0, 1], status: 'approved' })
    const after = await call('getDocument', { documentId })
    expect(runs).toBe(checked)
    expect(after.findings.map((f) => f.key)).toEqual(first.findings.map((f) => f.key))

    const paragraph = first.target[0]!
    await call('editTarget', { documentId, paragraph: 0, text: `${paragraph.text} ` })
    await call('getDocument', { documentId })
    expect(runs).toBeGreaterThan(checked)
    services.close()
  })
})

describe('findings service and deleted documents', () => {
  it('keeps nothing of a document once it is forgotten, and goes on for the others', async () => {
    const db = openDatabase(join(tempDir(), 'c.sqlite'))
    const now = () => '2026-12-07T10:00:00.000Z'
    db.prepare("INSERT INTO project (id, name, created_at, updated_at) VALUES (1, 'P', 't', 't')").run()
    const documents = createDocumentStore(db, now)
    const findings = createFindingsService({
      documents,
      glossary: createGlossaryStore(db, now),
      review: createReviewStore(db, now),
      checkSettings: () => ({}),
      runner: createInProcessRunner([colourCheck], () => undefined),
      checks: [colourCheck]
    })
    const add = (name: string) =>
      documents.insert({
        projectId: 1,
        name,
        sourceLang: 'es',
        targetLang: 'en',
        origin: 'paste',
        sourceFile: null,
        targetFile: null,
        sourceEncoding: null,
        targetEncoding: null,
        source: ['Uno.'],
        target: ['One colour.'],
        beads: [{ source: [0], target: [0], confidence: null, origin: 'manual' }]
      }).id
    const [a, b] = [add('A'), add('B')]
    findings.forDocument(a)
    findings.forDocument(b)
    expect(findings.kept().sort()).toEqual([a, b].sort())
    documents.remove(a)
    findings.forget([a])
    expect(findings.kept()).toEqual([b])
    expect(findings.forDocument(b).findings).toHaveLength(1)
  })
})

describe('findings service and a data folder shared with another process', () => {
  it('never shows a deleted document’s findings or word count on the document another process made with its id', async () => {
    vi.useFakeTimers({ now: new Date('2026-12-07T10:00:00.000Z'), toFake: ['Date'] })
    // Closing the services while a background check is queued logs that it could not start.
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const dir = tempDir()
    const here = openServices(dir, { checks: [colourCheck] })
    const there = openServices(dir, { checks: [colourCheck] })
    try {
      const callHere = apiCaller(here.handlers)
      const callThere = apiCaller(there.handlers)
      const { projectId, documentId } = await importColourRelease(callHere)
      const before = await callHere('getDocument', { documentId })
      expect(before.findings).toHaveLength(2)
      expect(before.score.wordCount).toBe(10)

      await callThere('deleteDocument', { documentId })
      vi.setSystemTime(new Date('2026-12-07T10:05:00.000Z'))
      const { document } = await callThere('importPasted', {
        projectId,
        name: 'Nota',
        source: 'El color del logo nuevo.\n\nOtro color.\n\nUn tercer párrafo largo.',
        target: 'The color of the new logo.\n\nAnother color.\n\nA third long paragraph.'
      })
      // SQLite gives the highest id again once its row is gone: the case this test is about.
      expect(document.id).toBe(documentId)
      const after = await callHere('getDocument', { documentId })
      expect(after.findings).toEqual([])
      expect(after.score.wordCount).toBe(11)
    } finally {
      vi.useRealTimers()
      here.close()
      there.close()
    }
  })
})
