import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { contextFor, documentFromPairs } from '../../../../../src/core/checks/engine/context'
import {
  joinJobParts,
  runCheckJob,
  runPartialJob,
  splitChecks,
  type CheckJob
} from '../../../../../src/core/checks/engine/job'
import { assemble } from '../../../../../src/core/checks/engine/partial'
import type { CheckRunResult } from '../../../../../src/core/domain/findings'
import { read } from '../../../../../src/core/checks/engine/job-cache'
import { CHECKS } from '../../../../../src/core/checks/engine/registry'
import { runChecks } from '../../../../../src/core/checks/engine/runner'
import type { Analysis, CheckDefinition } from '../../../../../src/core/checks/engine/types'
import { fakeSpeller } from '../fake-speller'
import { colourCheck } from '../../../support/checks'
import { seedFiles, seedParagraphs } from '../../../support/seeds'

/** The two example releases as one project, paragraphs paired in order (misalignments included). */
function seedJob(): CheckJob {
  const documents = seedFiles().map((f, i) => {
    const { source, target } = seedParagraphs(f.text)
    const pairs = source.map((s, k) => ({ source: s, target: target[k] ?? '' }))
    return documentFromPairs(`seed-${i}`, pairs)
  })
  return { documents, targets: documents.map((d) => d.id), glossary: [], settings: {} }
}

/** The parts' runs (each a share of `checks`) joined and assembled, as the worker pool gives them. */
function mergeResults(
  checks: readonly CheckDefinition[],
  parts: ReturnType<typeof runPartialJob>[]
): Record<string, CheckRunResult> {
  const joined = joinJobParts(checks, parts)
  return Object.fromEntries(Object.entries(joined).map(([id, run]) => [id, assemble(checks, run)]))
}

const speller = fakeSpeller({ en: ['the', 'of', 'and'], es: ['el', 'de', 'y'] })

describe('splitting the checks between worker threads', () => {
  it.each([1, 2, 3])('gives every check to exactly one of %i groups, in registry order', (parts) => {
    const groups = splitChecks(CHECKS, parts)
    expect(groups).toHaveLength(parts)
    const ids = groups.flat().map((c) => c.id)
    expect(ids.sort()).toEqual(CHECKS.map((c) => c.id).sort())
    for (const g of groups) {
      const positions = g.map((c) => CHECKS.indexOf(c))
      expect(positions).toEqual([...positions].sort((a, b) => a - b))
    }
  })

  it('keeps the checks that read the dictionaries in the first group', () => {
    const [first, ...others] = splitChecks(CHECKS, 2)
    const readers = CHECKS.filter((c) => c.usesDictionaries)
    expect(readers.map((c) => c.id).sort()).toEqual(['entities', 'names', 'spelling', 'untranslated'])
    expect(first).toEqual(expect.arrayContaining(readers))
    expect(others.flat().some((c) => c.usesDictionaries)).toBe(false)
  })

  it('knows every check that reads the dictionaries (a thread without them would lose its findings)', () => {
    const dir = join(__dirname, '../../../../../src/core/checks/rules')
    for (const check of CHECKS) {
      const source = readFileSync(join(dir, `${check.id}.ts`), 'utf8')
      expect([check.id, /\bctx\.spell\b/.test(source)]).toEqual([check.id, check.usesDictionaries === true])
    }
  })

  it('keeps checks that use one analysis on one thread, so it is computed once', () => {
    const groups = splitChecks(CHECKS, 2)
    const shared = new Set(CHECKS.flatMap((c) => c.uses ?? []))
    expect(
      [...shared].filter((a) => CHECKS.filter((c) => c.uses?.includes(a)).length > 1).length
    ).toBeGreaterThanOrEqual(3)
    for (const analysis of shared) {
      const holding = groups.filter((g) => g.some((c) => c.uses?.includes(analysis)))
      expect([analysis.id, holding.length]).toEqual([analysis.id, 1])
    }
  })

  it('puts the costliest checks on different threads', () => {
    const groups = splitChecks(CHECKS, 2).map((g) => g.map((c) => c.id))
    const threadOf = (id: string): number => groups.findIndex((g) => g.includes(id))
    expect(threadOf('consistency')).not.toBe(threadOf('entities'))
    expect(threadOf('consistency')).not.toBe(threadOf('omission'))
  })
})

describe('merging the parts of a job run on several threads', () => {
  it('gives exactly what one run of all the checks gives', () => {
    const job = seedJob()
    const whole = runCheckJob(job, CHECKS, speller)
    // Findings of many checks, so their order after merging is put to the test.
    const checkIds = new Set(Object.values(whole).flatMap((r) => r.findings.map((f) => f.checkId)))
    expect(checkIds.size).toBeGreaterThanOrEqual(4)
    for (const parts of [2, 3]) {
      const results = splitChecks(CHECKS, parts).map((checks) => runPartialJob(job, checks, speller))
      expect(mergeResults(CHECKS, results)).toEqual(whole)
      // The order of the parts does not matter either.
      expect(mergeResults(CHECKS, [...results].reverse())).toEqual(whole)
    }
  })

  it('gives one finding per span, led by the first check, whichever part found them', () => {
    const job: CheckJob = {
      documents: [documentFromPairs('d', [{ source: 'El colour.', target: 'The colour and colour.' }])],
      targets: ['d'],
      glossary: [],
      settings: {}
    }
    const checks = [
      { ...colourCheck, id: 'first' },
      { ...colourCheck, id: 'second' }
    ]
    const whole = runCheckJob(job, checks, undefined)
    expect(whole.d!.findings.map((f) => f.checkId)).toEqual(['first', 'first'])
    expect(whole.d!.findings.map((f) => f.otherReasons?.map((r) => r.checkId))).toEqual([['second'], ['second']])
    const parts = [runPartialJob(job, [checks[1]!], undefined), runPartialJob(job, [checks[0]!], undefined)]
    expect(mergeResults(checks, parts)).toEqual(whole)
  })

  it('keeps the failures of every part, in check order', () => {
    const job = seedJob()
    const boom = (id: string) => ({
      ...CHECKS[0]!,
      id,
      run: () => {
        throw new Error(`${id} broke`)
      }
    })
    const checks = [boom('first'), ...CHECKS.slice(1, 3), boom('second')]
    const parts = [
      runPartialJob(job, [checks[3]!, checks[1]!], speller),
      runPartialJob(job, [checks[0]!, checks[2]!], speller)
    ]
    const merged = mergeResults(checks, parts)
    expect(merged['seed-0']!.failures.map((f) => f.checkId)).toEqual(['first', 'second'])
  })
})

describe('check contexts', () => {
  // Checks are optimized against the context's shape: contexts with and without a speller that
  // differ in shape make the engine recompile every check that reads one.
  it('have the same fields, in the same order, with or without a speller', () => {
    const doc = documentFromPairs('d', [{ source: 'Hola.', target: 'Hello.' }])
    const withSpeller = contextFor(doc, [], [doc], speller)
    const without = contextFor(doc)
    expect(Object.keys(withSpeller)).toEqual(Object.keys(without))
    expect(withSpeller.spell).toBe(speller)
    expect(without.spell).toBeUndefined()
  })
})

describe('the analyses of a job', () => {
  /** A check that reads one job-wide and one per-document analysis, counting how often each is computed. */
  function countingCheck(): { check: CheckDefinition; computed: { job: number; document: string[] } } {
    const computed = { job: 0, document: [] as string[] }
    const perJob: Analysis<number> = { id: 'per-job', scope: 'job', compute: () => ++computed.job }
    const perDocument: Analysis<string> = {
      id: 'per-document',
      scope: 'document',
      compute: (ctx) => {
        computed.document.push(ctx.document.id)
        return ctx.document.id
      }
    }
    const check: CheckDefinition = {
      ...colourCheck,
      id: 'counting',
      uses: [perJob, perDocument],
      run: (ctx) => {
        read(ctx, perJob)
        read(ctx, perDocument)
        read(ctx, perDocument)
        return []
      }
    }
    return { check, computed }
  }

  it('computes each once per job (a document one once per document), shared by the checks that use it', () => {
    const { check, computed } = countingCheck()
    const job = seedJob()
    runCheckJob(job, [check, { ...check, id: 'again' }], undefined)
    expect(computed.job).toBe(1)
    expect(computed.document).toEqual(job.targets)
  })

  it('keeps nothing from one job for the next: a second run computes again', () => {
    const { check, computed } = countingCheck()
    const job = seedJob()
    runCheckJob(job, [check], undefined)
    runCheckJob(job, [check], undefined)
    expect(computed.job).toBe(2)
    // A context made on its own is a job of its own too.
    const doc = job.documents[0]!
    runChecks([check], contextFor(doc))
    runChecks([check], contextFor(doc))
    expect(computed.job).toBe(4)
  })

  it('gives the same findings when the same job runs twice in one process', () => {
    const job = seedJob()
    const first = runCheckJob(job, CHECKS, speller)
    const second = runCheckJob(job, CHECKS, speller)
    expect(Object.values(first).flatMap((r) => r.findings).length).toBeGreaterThan(10)
    expect(second).toEqual(first)
    // And one document checked alone, then as part of the project, then alone again.
    const doc = job.documents[1]!
    const alone = runChecks(CHECKS, contextFor(doc, [], undefined, speller))
    runCheckJob(job, CHECKS, speller)
    expect(runChecks(CHECKS, contextFor(doc, [], undefined, speller))).toEqual(alone)
  })
})
