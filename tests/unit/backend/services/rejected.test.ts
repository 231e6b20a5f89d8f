import { describe, expect, it } from 'vitest'
import { openServices } from '../../../../src/backend/services/open'
import { signoffSummary } from '../../../../src/core/review/signoff-gate'
import { renderReviewReport } from '../../../../src/core/review/report/review-report'
import { apiCaller, apiFailure, importColourRelease } from '../../support/api'
import { tempDir } from '../../support/fs'

/** A pasted release of three segments (no checks), reviewed by Ana. */
async function release() {
  const services = openServices(tempDir(), { checks: [] })
  const call = apiCaller(services.handlers)
  await call('updateSettings', { reviewerName: 'Ana', reviewerRole: 'reviewer' })
  const { documentId } = await importColourRelease(call)
  return { services, call, documentId }
}

const rejectionNotes = (beads: { notes: { category: string | null; text: string; author: string | null }[] }[]) =>
  beads.map((b) => b.notes.filter((n) => n.category === 'rejection').map((n) => `${n.author}: ${n.text}`))

describe('rejecting a segment', () => {
  it('records the status and the reviewer’s reason, audited with the reason', async () => {
    const { services, call, documentId } = await release()
    await call('setSegmentStatus', { documentId, segment: 1, status: 'rejected', reason: '  Wrong tense  ' })
    const view = await call('getDocument', { documentId })
    expect(view.beads.map((b) => b.status)).toEqual(['untouched', 'rejected', 'untouched'])
    expect(rejectionNotes(view.beads)).toEqual([[], ['Ana: Wrong tense'], []])
    const audit = (await call('getAuditLog', { documentId })).filter((e) => e.action === 'status')
    expect(audit.map((e) => e.details)).toEqual([{ segment: 1, status: 'rejected', reason: 'Wrong tense' }])
    expect(audit[0]?.actor).toBe('Ana')
    services.close()
  })

  it('rejects without a reason, and a new rejection replaces the old reason', async () => {
    const { services, call, documentId } = await release()
    await call('setSegmentStatus', { documentId, segment: 0, status: 'rejected' })
    expect(rejectionNotes((await call('getDocument', { documentId })).beads)[0]).toEqual([])
    await call('setSegmentStatus', { documentId, segment: 0, status: 'rejected', reason: 'Terminology' })
    await call('setSegmentStatus', { documentId, segment: 0, status: 'rejected', reason: 'Omission' })
    expect(rejectionNotes((await call('getDocument', { documentId })).beads)[0]).toEqual(['Ana: Omission'])
    services.close()
  })

  it('clearing the rejection removes its reason from the segment; the audit log keeps it', async () => {
    const { services, call, documentId } = await release()
    await call('setSegmentStatus', { documentId, segment: 2, status: 'rejected', reason: 'Numbers differ' })
    await call('setSegmentStatus', { documentId, segment: 2, status: 'reviewed', reason: 'ignored here' })
    const view = await call('getDocument', { documentId })
    expect(view.beads[2]?.status).toBe('reviewed')
    expect(rejectionNotes(view.beads)[2]).toEqual([])
    const details = (await call('getAuditLog', { documentId }))
      .filter((e) => e.action === 'status')
      .map((e) => e.details)
    expect(details).toEqual([
      { segment: 2, status: 'rejected', reason: 'Numbers differ' },
      { segment: 2, status: 'reviewed' }
    ])
    services.close()
  })

  it('rejects several segments at once, with one audit row', async () => {
    const { services, call, documentId } = await release()
    const n = await call('setSegmentsStatus', { documentId, segments: [0, 2], status: 'rejected', reason: 'Style' })
    expect(n).toBe(2)
    const view = await call('getDocument', { documentId })
    expect(view.beads.map((b) => b.status)).toEqual(['rejected', 'untouched', 'rejected'])
    expect(rejectionNotes(view.beads)).toEqual([['Ana: Style'], [], ['Ana: Style']])
    const audit = (await call('getAuditLog', { documentId })).filter((e) => e.action === 'status')
    expect(audit.map((e) => e.details)).toEqual([{ segments: [0, 2], status: 'rejected', reason: 'Style' }])
    services.close()
  })

  it('counts a rejected segment among the segments but not among the reviewed', async () => {
    const { services, call, documentId } = await release()
    await call('setSegmentStatus', { documentId, segment: 0, status: 'reviewed' })
    await call('setSegmentStatus', { documentId, segment: 1, status: 'rejected' })
    const { progress } = await call('getDocument', { documentId })
    expect({ segments: progress.segments, reviewed: progress.reviewed }).toEqual({ segments: 3, reviewed: 1 })
    services.close()
  })
})

describe('sign-off with rejected segments', () => {
  it('lists them in the summary and blocks approval, saying how many', async () => {
    const { services, call, documentId } = await release()
    await call('setSegmentsStatus', { documentId, segments: [0, 1, 2], status: 'reviewed' })
    await call('setSegmentStatus', { documentId, segment: 2, status: 'rejected', reason: 'Wrong figure' })
    const view = await call('getDocument', { documentId })
    const summary = signoffSummary(view)
    expect(summary.rejected).toEqual([2])
    expect(summary.blockers).toEqual([{ kind: 'rejected', count: 1 }])
    await call('updateSettings', { reviewerName: 'Marta', reviewerRole: 'communications' })
    const failure = await apiFailure(call('approveDocument', { documentId, note: null }))
    expect(failure?.code).toBe('review.approvalBlocked')
    expect(failure?.params).toEqual({ critical: 0, major: 0, queries: 0, rejected: 1 })
    expect((await call('getDocument', { documentId })).document.status).toBe('in_review')
    services.close()
  })

  it('approves with an override reason, recorded with what was left rejected', async () => {
    const { services, call, documentId } = await release()
    await call('setSegmentStatus', { documentId, segment: 0, status: 'rejected' })
    await call('updateSettings', { reviewerName: 'Marta', reviewerRole: 'communications' })
    await call('approveDocument', { documentId, note: null, override: 'Translator fixes it after release' })
    const approve = (await call('getAuditLog', { documentId })).find((e) => e.action === 'approve')
    expect(approve?.details).toMatchObject({ override: 'Translator fixes it after release', rejected: 1 })
    services.close()
  })

  it('approves without an override once the segment is reviewed again', async () => {
    const { services, call, documentId } = await release()
    await call('setSegmentStatus', { documentId, segment: 0, status: 'rejected' })
    await call('setSegmentStatus', { documentId, segment: 0, status: 'reviewed' })
    await call('updateSettings', { reviewerName: 'Marta', reviewerRole: 'communications' })
    await call('approveDocument', { documentId, note: null })
    expect((await call('getDocument', { documentId })).document.status).toBe('approved')
    services.close()
  })
})

describe('the review report', () => {
  it('lists rejected segments with their texts and reasons, in the report’s language', async () => {
    const { services, call, documentId } = await release()
    await call('setSegmentStatus', { documentId, segment: 1, status: 'rejected', reason: 'Say “new colour” once' })
    const view = await call('getDocument', { documentId })
    const en = renderReviewReport(view, { lang: 'en', generatedAt: '2026-01-01T00:00:00Z' })
    const table = en.slice(
      en.indexOf('data-report="rejected"'),
      en.indexOf('</table>', en.indexOf('data-report="rejected"'))
    )
    expect(en).toContain('Rejected segments (sent back to the translator) (1)')
    expect(table).toContain('Otro color nuevo.')
    expect(table).toContain('Another new colour.')
    expect(table).toContain('Say “new colour” once')
    expect(table).toContain('Ana')
    expect(table).not.toContain('A third paragraph.')
    // The reason is the reviewer's: not among the notes that came with the file.
    expect(en).not.toContain('Notes that came with the file')
    const es = renderReviewReport(view, { lang: 'es', generatedAt: '2026-01-01T00:00:00Z' })
    expect(es).toContain('Segmentos rechazados (devueltos al traductor) (1)')
    services.close()
  })
})
