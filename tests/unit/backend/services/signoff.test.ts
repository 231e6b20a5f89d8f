import { describe, expect, it } from 'vitest'
import { openServices } from '../../../../src/backend/services/open'
import { apiCaller, apiFailure, errorCodeOf, importColourRelease, type ApiCall } from '../../support/api'
import { colourCheck } from '../../support/checks'
import { tempDir } from '../../support/fs'

/** The colour release with its two "colour" findings raised as major, reviewed by Ana. */
async function withMajorFindings() {
  const services = openServices(tempDir(), { checks: [colourCheck] })
  const call = apiCaller(services.handlers)
  await call('updateSettings', {
    reviewerName: 'Ana',
    reviewerRole: 'reviewer',
    checks: { 'test-colour': { severity: 'major' } }
  })
  const { documentId } = await importColourRelease(call)
  return { services, call, documentId }
}

const asCommunications = (call: ApiCall, name = 'Marta') =>
  call('updateSettings', { reviewerName: name, reviewerRole: 'communications' })

describe('sign-off gate (enforced by the service)', () => {
  it('refuses a role that may not approve, before anything else', async () => {
    const { services, call, documentId } = await withMajorFindings()
    expect(await errorCodeOf(call('approveDocument', { documentId, note: null, override: 'Urgent' }))).toBe(
      'review.roleRequired'
    )
    services.close()
  })

  it('blocks approval while major findings are open, says how many, and leaves no trace', async () => {
    const { services, call, documentId } = await withMajorFindings()
    await asCommunications(call)
    const before = (await call('getAuditLog', { documentId })).length
    const failure = await apiFailure(call('approveDocument', { documentId, note: 'Ready' }))
    expect(failure?.code).toBe('review.approvalBlocked')
    expect(failure?.params).toEqual({ critical: 0, major: 2, queries: 0, rejected: 0 })
    // A blank reason is no reason.
    expect(await errorCodeOf(call('approveDocument', { documentId, note: null, override: '   ' }))).toBe(
      'review.approvalBlocked'
    )
    const doc = await call('getDocument', { documentId })
    expect(doc.document.status).toBe('in_review')
    expect(doc.signoffs).toEqual([])
    expect((await call('getAuditLog', { documentId })).length).toBe(before)
    services.close()
  })

  it('approves with an override reason, recorded on the sign-off and in the audit log with what was left open', async () => {
    const { services, call, documentId } = await withMajorFindings()
    await asCommunications(call)
    await call('approveDocument', { documentId, note: 'Ready', override: 'Brand name keeps British spelling' })
    const doc = await call('getDocument', { documentId })
    expect(doc.document.status).toBe('approved')
    expect(doc.signoffs).toEqual([
      expect.objectContaining({ action: 'approve', name: 'Marta', override: 'Brand name keeps British spelling' })
    ])
    // The approver settled the open findings: the score is final.
    expect(doc.score).toMatchObject({ open: 2, provisional: false })
    const approve = (await call('getAuditLog', { documentId })).find((e) => e.action === 'approve')
    expect(approve).toMatchObject({
      actor: 'Marta',
      role: 'communications',
      details: {
        override: 'Brand name keeps British spelling',
        open: { minor: 0, major: 2, critical: 0 },
        openQueries: 0,
        unreviewed: 3
      }
    })
    services.close()
  })

  it('needs no reason once the blocking findings are fixed or ignored; minor findings do not block', async () => {
    const { services, call, documentId } = await withMajorFindings()
    let doc = await call('getDocument', { documentId })
    await call('acceptFinding', { documentId, key: doc.findings[0]!.key })
    doc = await call('getDocument', { documentId })
    await call('ignoreFinding', { documentId, key: doc.findings[0]!.key, reason: 'Quoted title', scope: 'document' })
    await asCommunications(call)
    await call('approveDocument', { documentId, note: null, override: 'Not needed' })
    doc = await call('getDocument', { documentId })
    // Nothing was overridden, so no override is recorded.
    expect(doc.signoffs[0]).toMatchObject({ action: 'approve', override: null })
    expect(doc.score.provisional).toBe(false)
    services.close()
  })

  it('an open query blocks approval; an answered one does not', async () => {
    const services = openServices(tempDir(), { checks: [] })
    const call = apiCaller(services.handlers)
    const { documentId } = await importColourRelease(call)
    const q = await call('createQuery', { documentId, segment: 0, question: '¿Color o colour?', findingKey: null })
    await asCommunications(call)
    const failure = await apiFailure(call('approveDocument', { documentId, note: null }))
    expect(failure?.params).toEqual({ critical: 0, major: 0, queries: 1, rejected: 0 })
    await call('updateQuery', { queryId: q.id, status: 'answered', answer: 'Color.' })
    await call('approveDocument', { documentId, note: null })
    expect((await call('getDocument', { documentId })).document.status).toBe('approved')
    services.close()
  })
})

describe('roles on the record', () => {
  it('a role change appears in the audit log of the documents it affects, and every row says who acted in which role', async () => {
    const { services, call, documentId } = await withMajorFindings()
    await call('editTarget', { documentId, paragraph: 2, text: 'A third, shorter paragraph.' })
    await asCommunications(call, 'Ana')
    // Saving settings without a change of name or role writes nothing.
    await call('updateSettings', { theme: 'dark' })
    const log = await call('getAuditLog', { documentId })
    expect(log.map((e) => [e.action, e.actor, e.role])).toEqual([
      ['import', 'Ana', 'reviewer'],
      ['edit', 'Ana', 'reviewer'],
      ['identity', 'Ana', 'communications']
    ])
    expect(log[2]?.details).toEqual({
      before: { name: 'Ana', role: 'reviewer' },
      after: { name: 'Ana', role: 'communications' }
    })
    services.close()
  })
})

describe('segment status in bulk', () => {
  it('marks the given segments reviewed in one audited step, skipping those already there', async () => {
    const { services, call, documentId } = await withMajorFindings()
    await call('setSegmentStatus', { documentId, segment: 1, status: 'reviewed' })
    expect(await call('setSegmentsStatus', { documentId, segments: [0, 1, 2], status: 'reviewed' })).toBe(2)
    const doc = await call('getDocument', { documentId })
    expect(doc.beads.map((b) => b.status)).toEqual(['reviewed', 'reviewed', 'reviewed'])
    const last = (await call('getAuditLog', { documentId })).at(-1)
    expect(last).toMatchObject({ action: 'status', actor: 'Ana', details: { segments: [0, 2], status: 'reviewed' } })
    services.close()
  })
})

describe('an approved release is frozen', () => {
  it('findings raised after approval are a notice on it, not new entries in its list, until it is reopened', async () => {
    // A second check, off at approval, stands for anything that adds findings later (another
    // document joining the project, a glossary or settings change).
    const logoCheck = {
      ...colourCheck,
      id: 'test-logo',
      enabledByDefault: false,
      run: (ctx: Parameters<typeof colourCheck.run>[0]) =>
        ctx.document.segments.flatMap((s) =>
          [...s.target.matchAll(/logo/g)].map((m) => ({
            segment: s.index,
            side: 'target' as const,
            targetSpan: { start: m.index, end: m.index + 4, text: 'logo' },
            messageKey: 'found'
          }))
        )
    }
    const services = openServices(tempDir(), { checks: [colourCheck, logoCheck] })
    const call = apiCaller(services.handlers)
    const { documentId } = await importColourRelease(call)
    await asCommunications(call)
    await call('approveDocument', { documentId, note: 'Ready' })
    const approved = await call('getDocument', { documentId })

    await call('updateSettings', { checks: { 'test-logo': { enabled: true } } })
    const later = await call('getDocument', { documentId })
    expect(later.findings.map((f) => f.key)).toEqual(approved.findings.map((f) => f.key))
    expect(later.newSinceApproval).toBe(1)
    expect(later.score).toEqual(approved.score)

    await call('reopenDocument', { documentId, note: 'New finding to look at' })
    const reopened = await call('getDocument', { documentId })
    expect(reopened.newSinceApproval).toBe(0)
    expect(reopened.findings.map((f) => f.checkId)).toContain('test-logo')
    services.close()
  })
})
