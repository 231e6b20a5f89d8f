import { assemble } from '../../../../src/core/checks/engine/partial'
import { existsSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { Worker } from 'node:worker_threads'
import { afterEach, describe, expect, it } from 'vitest'
import {
  checkThreads,
  createInProcessRunner,
  createWorkerRunner,
  type CheckRunner
} from '../../../../src/backend/checks/runner'
import { documentFromPairs } from '../../../../src/core/checks/engine/context'
import type { CheckJob } from '../../../../src/core/checks/engine/job'
import { encodeJob } from '../../../../src/backend/checks/job-wire'
import type { JobRequest } from '../../../../src/backend/checks/protocol'
import { CHECKS } from '../../../../src/core/checks/engine/registry'
import type { CheckDefinition } from '../../../../src/core/checks/engine/types'
import type { CheckProgress } from '../../../../src/core/domain/review'
import { colourCheck } from '../../support/checks'
import { tempDir } from '../../support/fs'

/** Built by `npm test`'s pretest (electron-vite build); the worker runs compiled JavaScript only. */
const BUILT_WORKER = resolve(__dirname, '../../../../out/main/check-worker.js')

const runners: CheckRunner[] = []
afterEach(async () => {
  for (const r of runners.splice(0)) await r.close()
})

function job(targets: string[] = ['a', 'b']): CheckJob {
  const a = documentFromPairs('a', [
    { source: 'El colour del logo.', target: 'The colour of the logo.' },
    { source: 'Sin cambios.', target: 'No change.' }
  ])
  const b = documentFromPairs('b', [{ source: 'Otro colour.', target: 'Another colour, and colour again.' }])
  return { documents: [a, b], targets, glossary: [], settings: {} }
}

describe('in-process check runner', () => {
  it('checks every target document and reports a step per check and document', async () => {
    const seen: CheckProgress[] = []
    const watching: CheckDefinition = {
      ...colourCheck,
      run: (ctx) => {
        seen.push(runner.progress())
        return colourCheck.run(ctx)
      }
    }
    const runner = createInProcessRunner([watching, { ...watching, id: 'again' }], () => undefined)
    const result = await runner.run(job())
    expect(Object.keys(result.results).sort()).toEqual(['a', 'b'])
    // Two checks, each finding both "colour" of document b: one finding per word, with both reasons.
    expect(
      assemble([watching, { ...watching, id: 'again' }], result.results.b!).findings.map((f) => [
        f.checkId,
        f.otherReasons?.map((r) => r.checkId)
      ])
    ).toEqual([
      [watching.id, ['again']],
      [watching.id, ['again']]
    ])
    expect(seen.map((p) => p.done)).toEqual([0, 1, 2, 3])
    expect(seen.every((p) => p.running && p.total === 4)).toBe(true)
    expect(runner.progress()).toEqual({ running: false, done: 0, total: 0 })
    expect(runner.state()).toBe('no-spelling')
  })
})

describe('worker check runner', () => {
  it('fails the jobs in flight with a clear error when the worker dies, and starts a new one next time', async () => {
    const dir = tempDir()
    const crashing = join(dir, 'crashing-worker.mjs')
    // Starts, reports progress on a job, then dies.
    writeFileSync(
      crashing,
      "import { parentPort } from 'node:worker_threads'\n" +
        "parentPort.on('message', ({ id }) => { parentPort.postMessage({ id, type: 'progress', done: 1, total: 9 }); setTimeout(() => process.exit(3), 20) })\n"
    )
    const runner = createWorkerRunner(
      crashing,
      createInProcessRunner(CHECKS, () => undefined),
      () => {}
    )
    runners.push(runner)
    await expect(runner.run(job())).rejects.toThrow(/exit code 3/)
    expect(runner.progress().running).toBe(false)
    await expect(runner.run(job())).rejects.toThrow(/exit code 3/)
    expect(runner.state()).toBe('worker')
  })

  it('sends a worker only what changed since its last job, and a restarted one every document whole', async () => {
    const dir = tempDir()
    const echoing = join(dir, 'echoing-worker.mjs')
    // Answers each job with how its documents arrived; dies on a job for "crash".
    writeFileSync(
      echoing,
      "import { parentPort } from 'node:worker_threads'\n" +
        "parentPort.on('message', ({ id, job }) => {\n" +
        "  if (job.targets.includes('crash')) process.exit(3)\n" +
        "  const arrived = job.documents.map((d) => (d.kind === 'whole' ? 'whole' : d.segments.map(([k]) => k).join()))\n" +
        "  parentPort.postMessage({ id, type: 'done', spelling: true, results: { [arrived.join(' ')]: {} } })\n" +
        '})\n'
    )
    const runner = createWorkerRunner(
      echoing,
      createInProcessRunner(CHECKS, () => undefined),
      () => {}
    )
    runners.push(runner)
    const release = documentFromPairs('1', [
      { source: 'Abrió la sede.', target: 'The office opened.' },
      { source: 'Cerró la feria.', target: 'The fair closed.' }
    ])
    const notice = documentFromPairs('2', [{ source: 'No hay rueda de prensa.', target: 'No press conference.' }])
    const jobOf = (documents: CheckJob['documents'], targets = ['1']): CheckJob => ({
      documents,
      targets,
      glossary: [],
      settings: {}
    })
    const arrived = async (job: CheckJob): Promise<string[]> => Object.keys((await runner.run(job)).results)
    expect(await arrived(jobOf([release, notice]))).toEqual(['whole whole'])
    const edited = { ...release, segments: [release.segments[0]!, { ...release.segments[1]!, target: 'It closed.' }] }
    expect(await arrived(jobOf([edited, notice]))).toEqual(['1 '])
    await expect(runner.run(jobOf([edited, notice], ['crash']))).rejects.toThrow(/exit code 3/)
    expect(await arrived(jobOf([edited, notice]))).toEqual(['whole whole'])
    expect(await arrived(jobOf([edited, notice]))).toEqual([' '])
  })

  it('stops a check that runs past its budget, reports it as failed, and answers the jobs queued behind it', async () => {
    const dir = tempDir()
    const hanging = join(dir, 'hanging-worker.mjs')
    // Runs three checks on each target, saying which in shared memory as the real worker does;
    // "spelling" never finishes.
    const own = ['numbers', 'consistency', 'spelling']
    const index = Object.fromEntries(own.map((id) => [id, CHECKS.findIndex((c) => c.id === id)]))
    writeFileSync(
      hanging,
      [
        "import { parentPort, workerData } from 'node:worker_threads'",
        'const running = new Int32Array(workerData.running)',
        `const OWN = ${JSON.stringify(own)}`,
        `const INDEX = ${JSON.stringify(index)}`,
        "parentPort.on('message', ({ id, job, checks }) => {",
        '  const run = (checks ?? OWN).filter((c) => OWN.includes(c))',
        '  const results = {}',
        '  job.targets.forEach((documentId, target) => {',
        '    for (const checkId of run) {',
        '      running[0] = id; running[2] = INDEX[checkId]; running[3] = target; Atomics.add(running, 1, 1)',
        "      if (checkId === 'spelling') for (;;) {}",
        '    }',
        '    results[documentId] = { segments: [], whole: [], failures: [], ran: run, skipped: [] }',
        '  })',
        "  parentPort.postMessage({ id, type: 'done', results, spelling: true })",
        '})'
      ].join('\n')
    )
    const logged: string[] = []
    const runner = createWorkerRunner(
      hanging,
      createInProcessRunner(CHECKS, () => undefined),
      (m) => logged.push(m),
      1,
      300
    )
    runners.push(runner)
    // Two jobs at once: the second waits behind the first in the worker's queue.
    const [first, second] = await Promise.all([runner.run(job()), runner.run(job(['b']))])
    for (const [id, run] of [...Object.entries(first.results), ...Object.entries(second.results)]) {
      expect(run.ran).toEqual(['numbers', 'consistency', 'spelling'])
      expect(run.failures).toEqual([
        { checkId: 'spelling', documentId: id, error: 'The check took longer than 0 s and was stopped.' }
      ])
    }
    expect(Object.keys(first.results).sort()).toEqual(['a', 'b'])
    expect(logged).toEqual(
      [expect.stringContaining('check spelling ran past 300 ms on document a')].concat([
        expect.stringContaining('check spelling ran past 300 ms on document b')
      ])
    )
    expect(runner.progress().running).toBe(false)
  })

  it('runs the checks on this thread when the worker cannot start at all', async () => {
    const dir = tempDir()
    const broken = join(dir, 'broken-worker.mjs')
    writeFileSync(broken, "throw new Error('cannot load')\n")
    const logged: string[] = []
    const runner = createWorkerRunner(
      broken,
      createInProcessRunner([colourCheck], () => undefined),
      (m) => logged.push(m)
    )
    runners.push(runner)
    const result = await runner.run(job(['b']))
    expect(assemble([colourCheck], result.results.b!).findings.map((f) => f.targetSpan?.text)).toEqual([
      'colour',
      'colour'
    ])
    expect(logged).toEqual([expect.stringContaining('could not start')])
    expect(runner.state()).toBe('no-spelling')
    expect((await runner.run(job(['a']))).cacheable).toBe(true)
  })

  it('starts the worker on warm-up, before any job, so the first document does not wait for it', async () => {
    const dir = tempDir()
    const marker = join(dir, 'started')
    const script = join(dir, 'marking-worker.mjs')
    writeFileSync(script, `import { writeFileSync } from 'node:fs'\nwriteFileSync(${JSON.stringify(marker)}, 'yes')\n`)
    const runner = createWorkerRunner(
      script,
      createInProcessRunner(CHECKS, () => undefined),
      () => {}
    )
    runners.push(runner)
    runner.warmUp()
    await expect.poll(() => existsSync(marker), { timeout: 5000 }).toBe(true)
  })

  it('keeps a stand-in result computed here out of the cache', () => {
    const runner = createWorkerRunner(
      '/nonexistent/worker.js',
      createInProcessRunner([colourCheck], () => undefined)
    )
    runners.push(runner)
    const result = runner.runHere(job(['a']))
    expect(result.cacheable).toBe(false)
    expect(assemble([colourCheck], result.results.a!).findings.map((f) => f.targetSpan?.text)).toEqual(['colour'])
  })

  describe.skipIf(!existsSync(BUILT_WORKER))('with the built worker (npm test builds it first)', () => {
    it('finds what the checks find on this thread, with progress while it runs', async () => {
      const here = createInProcessRunner(CHECKS, () => undefined).runHere(job())
      const runner = createWorkerRunner(
        BUILT_WORKER,
        createInProcessRunner(CHECKS, () => undefined)
      )
      runners.push(runner)
      const pending = runner.run(job())
      const during = runner.progress()
      expect(during.running).toBe(true)
      expect(during.total).toBe(2 * CHECKS.length)
      const result = await pending
      expect(result.cacheable).toBe(true)
      // The worker has the spelling dictionaries; compare the other checks' findings.
      const without = (r: typeof here) =>
        Object.fromEntries(
          Object.entries(r.results).map(([id, run]) => [
            id,
            assemble(CHECKS, run).findings.filter((f) => f.checkId !== 'spelling')
          ])
        )
      expect(without(result)).toEqual(without(here))
      expect(result.spelling).toBe(true)
      expect(runner.progress()).toEqual({ running: false, done: 0, total: 0 })
    })

    it('posts progress now and then, not once per check and document, and always at the end', async () => {
      const documents = Array.from({ length: 40 }, (_, i) =>
        documentFromPairs(`d${i}`, [{ source: 'El colour del logo.', target: 'The colour of the logo.' }])
      )
      const worker = new Worker(BUILT_WORKER, { workerData: { dictionaries: false } })
      const progress: { done: number; total: number }[] = []
      await new Promise<void>((done, fail) => {
        worker.on('error', fail)
        worker.on('message', (reply: { type: string; done: number; total: number }) => {
          if (reply.type === 'progress') progress.push({ done: reply.done, total: reply.total })
          else if (reply.type === 'done') done()
          else fail(new Error(JSON.stringify(reply)))
        })
        const job: CheckJob = { documents, targets: documents.map((d) => d.id), glossary: [], settings: {} }
        worker.postMessage({ id: 1, job: encodeJob(job, new Map()) } satisfies JobRequest)
      })
      await worker.terminate()
      const steps = 40 * CHECKS.filter((c) => c.enabledByDefault).length
      expect(progress.length).toBeGreaterThan(0)
      expect(progress.length).toBeLessThan(steps / 4)
      expect(progress.at(-1)).toEqual({ done: steps, total: steps })
    })

    it('gives the same results on two threads, each running half of the checks', async () => {
      const one = createWorkerRunner(
        BUILT_WORKER,
        createInProcessRunner(CHECKS, () => undefined),
        undefined,
        1
      )
      const two = createWorkerRunner(
        BUILT_WORKER,
        createInProcessRunner(CHECKS, () => undefined),
        undefined,
        2
      )
      runners.push(one, two)
      const expected = await one.run(job())
      const pending = two.run(job())
      expect(two.progress().total).toBe(2 * CHECKS.length)
      const result = await pending
      expect(result.results).toEqual(expected.results)
      expect(result.spelling).toBe(true)
      expect(two.progress()).toEqual({ running: false, done: 0, total: 0 })
    })
  })
})

describe('check threads', () => {
  it('uses two threads wherever there are two cores, one on a single core', () => {
    expect(checkThreads(1)).toBe(1)
    expect(checkThreads(2)).toBe(2)
    expect(checkThreads(8)).toBe(2)
  })
})
