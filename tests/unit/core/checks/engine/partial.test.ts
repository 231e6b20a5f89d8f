import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { contextFor, documentFromPairs } from '../../../../../src/core/checks/engine/context'
import { runCheckJob, runPartialJob, type CheckJob } from '../../../../../src/core/checks/engine/job'
import { assemble, isSegmentLocal, segmentKey } from '../../../../../src/core/checks/engine/partial'
import { CHECKS } from '../../../../../src/core/checks/engine/registry'
import { runEachCheck } from '../../../../../src/core/checks/engine/runner'
import type { DocumentContext } from '../../../../../src/core/checks/engine/types'
import { parseGlossaryCsv } from '../../../../../src/core/formats/glossary-parse'
import { fakeSpeller } from '../fake-speller'
import { SEEDS_GLOSSARY, seedFiles, seedParagraphs } from '../../../support/seeds'

const speller = fakeSpeller({ en: ['the', 'of', 'and'], es: ['el', 'de', 'y'] })
const glossary = parseGlossaryCsv(readFileSync(SEEDS_GLOSSARY, 'utf8')).entries

/** The example releases, paragraphs paired in order (misalignments included), and the same with the pairs shifted by one. */
function documents(): DocumentContext[] {
  return seedFiles().flatMap((f, i) => {
    const { source, target } = seedParagraphs(f.text)
    const pairs = source.map((s, k) => ({ source: s, target: target[k] ?? '' }))
    const shifted = source.map((s, k) => ({ source: s, target: target[k + 1] ?? '' }))
    return [documentFromPairs(`seed-${i}`, pairs), documentFromPairs(`shifted-${i}`, shifted)]
  })
}

describe('segment-local checks', () => {
  it('find on a segment checked alone what they find on it in its document', () => {
    const local = CHECKS.filter(isSegmentLocal)
    expect(local.length).toBeGreaterThanOrEqual(10)
    let compared = 0
    for (const document of documents()) {
      const whole = runEachCheck(local, contextFor(document, glossary, [document], speller), {})
      for (const segment of document.segments) {
        const alone = { ...document, segments: [segment] }
        const found = runEachCheck(local, contextFor(alone, glossary, [alone], speller), {})
        expect(found.findings).toEqual(whole.findings.filter((f) => f.segment === segment.index))
        compared += found.findings.length
      }
    }
    // Enough findings of enough checks for the comparison to mean something.
    expect(compared).toBeGreaterThan(20)
  })
})

describe('partial runs', () => {
  it('assembled from kept and fresh segments, give what a full run gives', () => {
    const docs = documents()
    const job: CheckJob = { documents: docs, targets: docs.map((d) => d.id), glossary, settings: {} }
    const full = runCheckJob(job, CHECKS, speller)
    const first = runPartialJob(job, CHECKS, speller)
    // A second run that re-checks every other segment only, the rest kept from the first.
    const dirty = Object.fromEntries(
      docs.map((d) => [d.id, d.segments.filter((s) => s.index % 2 === 0).map((s) => s.index)])
    )
    const second = runPartialJob({ ...job, dirty }, CHECKS, speller)
    for (const d of docs) {
      const fresh = second[d.id]!
      expect(fresh.segments.map((s) => s.index)).toEqual(dirty[d.id])
      const kept = first[d.id]!.segments.filter((s) => s.index % 2 === 1)
      expect(assemble(CHECKS, { ...fresh, segments: [...fresh.segments, ...kept] })).toEqual(full[d.id])
    }
  })

  it('key a segment by its position, paragraphs, texts, sentences and codes', () => {
    const [doc] = documents()
    const segment = doc!.segments[1]!
    const key = segmentKey(segment)
    expect(segmentKey({ ...segment })).toBe(key)
    expect(segmentKey({ ...segment, target: `${segment.target} ` })).not.toBe(key)
    expect(segmentKey({ ...segment, index: 7 })).not.toBe(key)
    expect(segmentKey({ ...segment, targetParagraphs: [9] })).not.toBe(key)
    expect(segmentKey({ ...segment, sentences: { source: [], target: [], links: [] } })).not.toBe(key)
  })
})
