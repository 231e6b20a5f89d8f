import { afterEach, describe, expect, it } from 'vitest'
import { createInProcessRunner } from '../../../../src/backend/checks/runner'
import { openServices } from '../../../../src/backend/services/open'
import { MAX_PAGE_ROWS } from '../../../../src/core/api/contract'
import { positionsWith, segmentStatuses } from '../../../../src/core/api/segment-index'
import { CHECKS } from '../../../../src/core/checks/engine/registry'
import { apiCaller, apiFailure, type ApiCall } from '../../support/api'
import { tempDir } from '../../support/fs'

/** Made-up paragraphs, each distinct, some with slips the checks flag (a doubled word, a number changed). */
const ROWS = 23
const source = Array.from({ length: ROWS }, (_, k) => `El comité aprobó ${k + 10} medidas nuevas en la sesión ${k}.`)
const target = Array.from({ length: ROWS }, (_, k) =>
  k % 4 === 0
    ? `The committee approved ${k + 11} new measures in session ${k}.`
    : k % 5 === 0
      ? `The the committee approved ${k + 10} new measures in session ${k}.`
      : `The committee approved ${k + 10} new measures in session ${k}.`
)

let close: (() => void) | null = null
afterEach(() => {
  close?.()
  close = null
})

async function imported(): Promise<{ call: ApiCall; documentId: number }> {
  const services = openServices(tempDir(), { checks: CHECKS, runner: createInProcessRunner(CHECKS, () => undefined) })
  close = () => services.close()
  const call = apiCaller(services.handlers)
  const project = await call('createProject', { name: 'Páginas' })
  const { document } = await call('importPasted', {
    projectId: project.id,
    name: 'Actas',
    source: source.join('\n\n'),
    target: target.join('\n\n')
  })
  return { call, documentId: document.id }
}

describe('reading a document page by page', () => {
  it('gives in each page the same rows as the whole document, and every row in some page', async () => {
    const { call, documentId } = await imported()
    await call('setSegmentStatus', { documentId, segment: 7, status: 'reviewed' })
    await call('editTarget', { documentId, paragraph: 9, text: 'The committee approved 19 measures.' })
    const whole = await call('getDocument', { documentId })
    expect(whole.beads.length).toBeGreaterThan(20)

    const pages = [0, 10, 20].map((start) => call('getRowPage', { documentId, start, count: 10 }))
    const read = await Promise.all(pages)
    for (const page of read) {
      const inPage = whole.beads.filter((b) => b.position >= page.start && b.position < page.start + 10)
      expect(page.beads).toEqual(inPage)
      const held = (side: 'source' | 'target') => inPage.flatMap((b) => b[side]).sort((a, b) => a - b)
      expect(page.source).toEqual(held('source').map((p) => whole.source[p]))
      expect(page.target).toEqual(held('target').map((p) => whole.target[p]))
      expect(page.segmentCount).toBe(whole.beads.length)
    }
    expect(read.flatMap((p) => p.beads.map((b) => b.position))).toEqual(whole.beads.map((b) => b.position))
    expect(read[0]!.target.find((p) => p.position === 9)?.text).toBe('The committee approved 19 measures.')
  })

  it('answers the last page short and a page past the end empty', async () => {
    const { call, documentId } = await imported()
    const { beads } = await call('getDocument', { documentId })
    const last = await call('getRowPage', { documentId, start: beads.length - 2, count: 10 })
    expect(last.beads.map((b) => b.position)).toEqual([beads.length - 2, beads.length - 1])
    const past = await call('getRowPage', { documentId, start: beads.length + 5, count: 10 })
    expect(past).toEqual({ start: beads.length + 5, segmentCount: beads.length, beads: [], source: [], target: [] })
  })

  it('refuses pages of no rows, of more than the limit, at a negative start, or of a document that does not exist', async () => {
    const { call, documentId } = await imported()
    const codes = await Promise.all(
      [
        { documentId, start: 0, count: 0 },
        { documentId, start: 0, count: MAX_PAGE_ROWS + 1 },
        { documentId, start: -1, count: 10 },
        { documentId, start: 0.5, count: 10 }
      ].map(async (input) => (await apiFailure(call('getRowPage', input)))?.code)
    )
    expect(codes).toEqual(['validation', 'validation', 'validation', 'validation'])
    expect((await apiFailure(call('getRowPage', { documentId: documentId + 99, start: 0, count: 10 })))?.code).toBe(
      'notFound'
    )
    expect(await call('getRowPage', { documentId, start: 0, count: MAX_PAGE_ROWS })).toHaveProperty('start', 0)
  })
})

describe('the header the review screen opens with', () => {
  it('is the whole document without its rows and corrections, with every row’s status', async () => {
    const { call, documentId } = await imported()
    await call('setSegmentStatus', { documentId, segment: 2, status: 'approved' })
    await call('setSegmentsStatus', { documentId, segments: [4, 5], status: 'reviewed' })
    await call('setSegmentStatus', { documentId, segment: 6, status: 'rejected', reason: 'Falta una cifra.' })
    await call('editTarget', { documentId, paragraph: 1, text: 'The committee approved eleven measures.' })
    // The header first: it counts the source's words itself (in turns), as the whole read would.
    const header = await call('getDocumentHeader', { documentId })
    const whole = await call('getDocument', { documentId })

    const { beads, source: _s, target: _t, corrections, ...rest } = whole
    expect(corrections).toHaveLength(1)
    const { segments, ...headerRest } = header
    expect(headerRest).toEqual(rest)
    expect(header).not.toHaveProperty('corrections')
    expect(segmentStatuses(segments)).toEqual(beads.map((b) => ({ position: b.position, status: b.status })))
    expect(positionsWith(segments, 'reviewed')).toEqual([4, 5])
    expect(positionsWith(segments, 'rejected')).toEqual([6])
    expect(segments.changed).toEqual([])
    expect(header.findings.length).toBeGreaterThan(0)
    expect(header.score.wordCount).toBe(source.join(' ').split(/\s+/).length)
  })
})
