import { describe, expect, it } from 'vitest'
import { pairByPosition, type Aligner } from '../../../../src/backend/services/import'
import { openServices } from '../../../../src/backend/services/open'
import { fileReader } from '../../../../src/backend/import/read-off-thread'
import type { RealignRequest } from '../../../../src/backend/import/tasks'
import { apiCaller, errorCodeOf, importColourRelease } from '../../support/api'
import { colourCheck } from '../../support/checks'
import { tempDir } from '../../support/fs'

async function setup(dir = tempDir(), align?: Aligner) {
  const services = openServices(dir, { checks: [colourCheck], ...(align ? { align } : {}) })
  const call = apiCaller(services.handlers)
  return { services, call, dir }
}

describe('review workflow', () => {
  it('accepting a suggestion corrects the text, keeps the original, and records who, why and when', async () => {
    const { services, call, dir } = await setup()
    await call('updateSettings', { reviewerName: 'Lucía Rojas' })
    const { documentId } = await importColourRelease(call)
    const doc = await call('getDocument', { documentId })
    expect(doc.findings.map((f) => [f.segment, f.targetSpan?.text, f.state])).toEqual([
      [0, 'colour', 'open'],
      [1, 'colour', 'open']
    ])
    await call('acceptFinding', { documentId, key: doc.findings[0]!.key })
    services.close()

    const reopened = await setup(dir)
    const after = await reopened.call('getDocument', { documentId })
    expect(after.target[0]).toMatchObject({ text: 'The color of the logo.', originalText: 'The colour of the logo.' })
    expect(after.corrections).toEqual([
      expect.objectContaining({
        paragraph: 0,
        beforeText: 'The colour of the logo.',
        afterText: 'The color of the logo.',
        reviewer: 'Lucía Rojas',
        category: 'linguistic-conventions/spelling',
        severity: 'minor'
      })
    ])
    expect(after.findings).toHaveLength(1)
    // The audit log says the suggestion was accepted, not merely that the text was edited.
    const log = await reopened.call('getAuditLog', { documentId })
    expect(log.map((e) => e.action)).toEqual(['import', 'accept'])
    expect(after.progress).toMatchObject({ findingsOpen: 1, findingsFixed: 1, findingsIgnored: 0 })
    expect(after.score.bySeverity.minor).toBe(1)
    reopened.services.close()
  })

  it('an ignored finding stays ignored after re-checking and restarts; a project rule covers identical cases', async () => {
    const { services, call, dir } = await setup()
    const { projectId, documentId } = await importColourRelease(call)
    let doc = await call('getDocument', { documentId })
    await call('ignoreFinding', { documentId, key: doc.findings[0]!.key, reason: 'House style', scope: 'document' })
    // An edit elsewhere re-runs the checks; the ignored finding keeps its state.
    await call('editTarget', { documentId, paragraph: 2, text: 'A third, shorter paragraph.' })
    doc = await call('getDocument', { documentId })
    expect(doc.findings.map((f) => [f.segment, f.state, f.reason])).toEqual([
      [0, 'ignored', 'House style'],
      [1, 'open', null]
    ])
    await call('ignoreFinding', { documentId, key: doc.findings[1]!.key, reason: null, scope: 'project' })
    const other = await call('importPasted', { projectId, name: 'Otra', source: 'Color.', target: 'Colour: colour.' })
    services.close()

    const again = await setup(dir, pairByPosition)
    const second = await again.call('getDocument', { documentId: other.document.id })
    expect(second.findings.map((f) => f.state)).toEqual(['ignored'])
    again.services.close()
  })

  it('approval needs the communications role, locks editing until reopened, and every step is in the audit log', async () => {
    const { services, call } = await setup()
    await call('updateSettings', { reviewerName: 'Ana', reviewerRole: 'reviewer' })
    const { documentId } = await importColourRelease(call)
    await call('editTarget', {
      documentId,
      paragraph: 1,
      text: 'Another new color.',
      category: 'linguistic-conventions/spelling',
      severity: 'minor',
      comment: 'US spelling'
    })
    await call('setSegmentStatus', { documentId, segment: 1, status: 'reviewed' })
    expect(await errorCodeOf(call('approveDocument', { documentId, note: null }))).toBe('review.roleRequired')

    await call('updateSettings', { reviewerName: 'Marta', reviewerRole: 'communications' })
    await call('approveDocument', { documentId, note: 'OK to publish' })
    expect(await errorCodeOf(call('editTarget', { documentId, paragraph: 0, text: 'x' }))).toBe('review.locked')
    expect(await errorCodeOf(call('setSegmentStatus', { documentId, segment: 0, status: 'reviewed' }))).toBe(
      'review.locked'
    )
    const locked = await call('getDocument', { documentId })
    expect(locked.target[0]?.text).toBe('The colour of the logo.')
    expect(locked.signoffs).toEqual([
      expect.objectContaining({ action: 'approve', name: 'Marta', role: 'communications', note: 'OK to publish' })
    ])

    await call('reopenDocument', { documentId, note: 'Late change' })
    await call('editTarget', { documentId, paragraph: 0, text: 'The color of the logo.' })
    const log = await call('getAuditLog', { documentId })
    expect(log.map((e) => [e.action, e.actor])).toEqual([
      ['import', 'Ana'],
      ['edit', 'Ana'],
      ['status', 'Ana'],
      ['identity', 'Marta'],
      ['approve', 'Marta'],
      ['reopen', 'Marta'],
      ['edit', 'Marta']
    ])
    expect(log[1]?.details).toMatchObject({
      before: 'Another new colour.',
      after: 'Another new color.',
      comment: 'US spelling'
    })
    services.close()
  })

  it('fix all previews every occurrence across the project and applies only the chosen ones', async () => {
    const { services, call } = await setup()
    const { projectId, documentId } = await importColourRelease(call)
    const other = await call('importPasted', { projectId, name: 'Otra', source: 'Color.', target: 'Colour is colour.' })
    const doc = await call('getDocument', { documentId })
    const preview = await call('previewFixAll', { documentId, key: doc.findings[0]!.key })
    // "Colour" (capitalised) is a different text: only the exact case is proposed.
    expect(preview.map((c) => [c.documentName, c.after])).toEqual([
      ['Nota', 'The color of the logo.'],
      ['Nota', 'Another new color.'],
      ['Otra', 'Colour is color.']
    ])
    const applied = await call('applyFixAll', {
      documentId,
      key: doc.findings[0]!.key,
      changes: preview
        .filter((c) => c.documentName === 'Nota')
        .map((c) => ({ documentId: c.documentId, paragraph: c.paragraph }))
    })
    expect(applied).toBe(2)
    expect((await call('getDocument', { documentId })).findings).toEqual([])
    expect((await call('getDocument', { documentId: other.document.id })).target[0]?.text).toBe('Colour is colour.')
    services.close()
  })

  it('turns a source issue into a query for the author', async () => {
    const { services, call } = await setup()
    const { documentId } = await importColourRelease(call)
    const q = await call('createQuery', { documentId, segment: 1, question: '¿Es correcto?', findingKey: null })
    expect(q).toMatchObject({ beadPosition: 1, sourceText: 'Otro color nuevo.', status: 'open' })
    await call('updateQuery', { queryId: q.id, status: 'answered', answer: 'Sí' })
    expect((await call('getDocument', { documentId })).queries).toEqual([
      expect.objectContaining({ status: 'answered', answer: 'Sí' })
    ])
    services.close()
  })
})

describe('alignment fixed by hand', () => {
  it('merges, unaligns and moves paragraphs; the changes survive a restart and a re-alignment', async () => {
    // Start from pairing by position, as if the engine had got this release wrong.
    const { services, call, dir } = await setup(tempDir(), pairByPosition)
    const project = await call('createProject', { name: 'P' })
    const { document } = await call('importPasted', {
      projectId: project.id,
      name: 'Nota',
      source: 'Uno.\n\nDos.\n\nTres.\n\nCuatro.',
      target: 'One. Two.\n\nThree.\n\nFour.'
    })
    const documentId = document.id
    const shape = async (c = call) =>
      (await c('getDocument', { documentId })).beads.map((b) => [b.source, b.target, b.origin])
    // By position the translator's merge shifts every pair: fix it by hand.
    await call('editAlignment', { documentId, edit: { kind: 'mergeNext', bead: 0 } })
    expect(await shape()).toEqual([
      [[0, 1], [0, 1], 'manual'],
      [[2], [2], 'position'],
      [[3], [], 'position']
    ])
    await call('editAlignment', { documentId, edit: { kind: 'moveDown', bead: 0, side: 'target' } })
    expect(await shape()).toEqual([
      [[0, 1], [0], 'manual'],
      [[2], [1, 2], 'manual'],
      [[3], [], 'position']
    ])
    await call('editAlignment', { documentId, edit: { kind: 'unalign', bead: 1 } })
    services.close()

    const again = await setup(dir, pairByPosition)
    const kept = await shape(again.call)
    expect(kept).toEqual([
      [[0, 1], [0], 'manual'],
      [[2], [], 'manual'],
      [[], [1, 2], 'manual'],
      [[3], [], 'position']
    ])
    await again.call('realignDocument', { documentId })
    expect((await shape(again.call)).slice(0, 3)).toEqual(kept.slice(0, 3))
    const log = await again.call('getAuditLog', { documentId })
    expect(log.filter((e) => e.action === 'align').map((e) => e.details.kind)).toEqual([
      'mergeNext',
      'moveDown',
      'unalign'
    ])
    expect(log.at(-1)?.action).toBe('realign')
    again.services.close()
  })

  it('refuses a re-alignment when the text changed while it was aligned, and keeps the edit', async () => {
    const dir = tempDir()
    let meanwhile: (() => Promise<unknown>) | undefined
    const here = fileReader(undefined, pairByPosition)
    // The reviewer saves an edit while the aligner runs (on the read worker in the app).
    const reader = { ...here, realign: async (request: RealignRequest) => (await meanwhile?.(), here.realign(request)) }
    const services = openServices(dir, { checks: [colourCheck], align: pairByPosition, reader })
    const call = apiCaller(services.handlers)
    const { documentId } = await importColourRelease(call)
    const before = (await call('getDocument', { documentId })).beads
    meanwhile = () => call('editTarget', { documentId, paragraph: 0, text: 'The color of the logo.' })
    expect(await errorCodeOf(call('realignDocument', { documentId }))).toBe('alignment.changedMeanwhile')
    const after = await call('getDocument', { documentId })
    expect(after.beads.map((b) => [b.source, b.target])).toEqual(before.map((b) => [b.source, b.target]))
    expect(after.target[0]?.text).toBe('The color of the logo.')
    // Asked again, it re-aligns.
    meanwhile = undefined
    await call('realignDocument', { documentId })
    expect((await call('getAuditLog', { documentId })).at(-1)?.action).toBe('realign')
    services.close()
  })

  it('refuses an impossible edit with a clear code and changes nothing', async () => {
    const { services, call } = await setup()
    const { documentId } = await importColourRelease(call)
    const before = (await call('getDocument', { documentId })).beads
    expect(await errorCodeOf(call('editAlignment', { documentId, edit: { kind: 'mergeNext', bead: 2 } }))).toBe(
      'alignment.invalidEdit'
    )
    expect((await call('getDocument', { documentId })).beads).toEqual(before)
    services.close()
  })
})

describe('automatic alignment on import', () => {
  it('pairs a paragraph the translator merged, and leaves a dropped one without a counterpart', async () => {
    const { services, call } = await setup()
    const project = await call('createProject', { name: 'P' })
    const { document } = await call('importPasted', {
      projectId: project.id,
      name: 'Nota',
      source: [
        'El Ministerio de Salud vacunó a 12 500 personas en Lima durante el fin de semana.',
        'La campaña continuará hasta el 30 de junio en 48 centros de salud.',
        'El ministro agradeció el apoyo de la OPS y de los gobiernos regionales.',
        'Los horarios de atención pueden consultarse en el portal oficial.',
        'La próxima etapa incluirá a los niños de 5 a 11 años.'
      ].join('\n\n'),
      target: [
        'The Ministry of Health vaccinated 12,500 people in Lima over the weekend. The campaign will continue until June 30 at 48 health centers.',
        'The minister thanked PAHO and the regional governments for their support.',
        'The next stage will include children aged 5 to 11.'
      ].join('\n\n')
    })
    const view = await call('getDocument', { documentId: document.id })
    expect(view.beads.map((b) => [b.source, b.target])).toEqual([
      [[0, 1], [0]],
      [[2], [1]],
      [[3], []],
      [[4], [2]]
    ])
    expect(view.beads.every((b) => b.origin === 'auto' && b.confidence !== null)).toBe(true)
    services.close()
  })
})
