import { describe, expect, it } from 'vitest'
import { openServices } from '../../../../src/backend/services/open'
import { apiCaller, errorCodeOf, importColourRelease, type ApiCall } from '../../support/api'
import { colourCheck } from '../../support/checks'
import { tempDir } from '../../support/fs'

const file = (name: string, text: string) => ({ name, base64: Buffer.from(text, 'utf8').toString('base64') })

const SOURCE = [
  'El Gobierno de Aragón presentó hoy el plan de vacunación.',
  'La campaña empieza el lunes en todos los centros de salud.',
  'Los mayores de 80 años serán los primeros en recibir la dosis.',
  'El consejero pidió paciencia a la población.',
  'Las citas se pueden pedir por teléfono o en la web.',
  'Más información en el teléfono 976 000 000.'
]
const TARGET = [
  'The Government of Aragón presented the vaccination plan today.',
  'The campaign starts on Monday in every health centre.',
  'People over 80 will be the first to get the jab.',
  'The minister asked the population to be patient.',
  'Appointments can be made by phone or on the website.',
  'More information on 976 000 000.'
]

/** The release as imported, in a project of its own: its document id. */
async function importRelease(call: ApiCall): Promise<number> {
  const project = await call('createProject', { name: 'Notas' })
  const { document } = await call('importPasted', {
    projectId: project.id,
    name: 'Vacunación',
    source: SOURCE.join('\n\n'),
    target: TARGET.join('\n\n')
  })
  return document.id
}

/** A release reviewed in full, with two target corrections, then approved by Marta. */
async function approvedRelease(call: ApiCall): Promise<number> {
  await call('updateSettings', { reviewerName: 'Ana', reviewerRole: 'reviewer' })
  const documentId = await importRelease(call)
  await call('editTarget', { documentId, paragraph: 1, text: 'The campaign begins on Monday in every health centre.' })
  await call('editTarget', { documentId, paragraph: 2, text: 'People over 80 will be the first to get the dose.' })
  await call('setSegmentsStatus', { documentId, segments: [0, 1, 2, 3, 4, 5], status: 'reviewed' })
  await call('updateSettings', { reviewerName: 'Marta', reviewerRole: 'communications' })
  await call('approveDocument', { documentId, note: null })
  return documentId
}

const newTarget = (edit: (paragraphs: string[]) => void): string => {
  const paragraphs = [...TARGET]
  edit(paragraphs)
  return paragraphs.join('\n\n')
}

describe('a new version of the target', () => {
  it('marks exactly the edited segments, reports the correction not taken and withdraws the approval', async () => {
    const services = openServices(tempDir(), { checks: [] })
    const call = apiCaller(services.handlers)
    const documentId = await approvedRelease(call)
    const text = newTarget((p) => {
      p[1] = 'The campaign begins this Monday in every health centre.' // takes the correction
      p[2] = 'People over 80 will be the very first to get the jab.' // edited, correction not taken
      p[4] = 'Appointments can be made by phone or on the new website.' // a new change
    })
    const result = await call('importNewVersion', { documentId, side: 'target', file: file('v2.en.txt', text) })
    expect(result).toMatchObject({ side: 'target', changed: 3, removed: 0, taken: 1, reopened: true })
    expect(result.notTaken).toEqual([
      {
        segment: 2,
        before: TARGET[2],
        after: 'People over 80 will be the first to get the dose.'
      }
    ])

    const view = await call('getDocument', { documentId })
    expect(view.document.status).toBe('in_review')
    expect(view.beads.filter((b) => b.changedInVersion).map((b) => b.position)).toEqual([1, 2, 4])
    expect(view.beads.map((b) => b.status)).toEqual([
      'reviewed',
      'untouched',
      'untouched',
      'reviewed',
      'untouched',
      'reviewed'
    ])
    expect(view.beads[2]!.notTaken).toEqual([
      { before: TARGET[2], after: 'People over 80 will be the first to get the dose.' }
    ])
    expect(view.target.map((p) => p.text)).toEqual(text.split('\n\n'))
    expect(view.signoffs.at(-1)).toMatchObject({ action: 'reopen', name: 'Marta', note: 'new version' })
    const log = await call('getAuditLog', { documentId })
    expect(log.slice(-2).map((e) => [e.action, e.details])).toEqual([
      ['importVersion', expect.objectContaining({ side: 'target', changed: 3, taken: 1, notTaken: 1 })],
      ['reopen', expect.objectContaining({ reason: 'newVersion', note: 'new version' })]
    ])
    services.close()
  })

  it('asks re-approval for the changed segments only', async () => {
    const services = openServices(tempDir(), { checks: [] })
    const call = apiCaller(services.handlers)
    const documentId = await approvedRelease(call)
    const text = newTarget((p) => {
      p[3] = 'The minister asked everyone to be patient.'
    })
    await call('importNewVersion', { documentId, side: 'target', file: file('v2.en.txt', text) })
    expect(await errorCodeOf(call('approveDocument', { documentId, note: null }))).toBeUndefined()
    // Unreviewed changed segments do not block approval here (no blocking severity), but are listed.
    const log = await call('getAuditLog', { documentId })
    expect(log.at(-1)).toMatchObject({ action: 'approve', details: expect.objectContaining({ unreviewed: 1 }) })
    services.close()
  })

  it('keeps a correction the translator left out, and its segment reviewed', async () => {
    const services = openServices(tempDir(), { checks: [] })
    const call = apiCaller(services.handlers)
    const documentId = await approvedRelease(call)
    const result = await call('importNewVersion', {
      documentId,
      side: 'target',
      file: file(
        'v2.en.txt',
        newTarget((p) => (p[5] = 'For more information call 976 000 000.'))
      )
    })
    // Paragraph 1 came back as the translator first wrote it: the reviewer's text stays.
    expect(result.notTaken.map((c) => c.segment)).toEqual([1, 2])
    const view = await call('getDocument', { documentId })
    expect(view.target[1]!.text).toBe('The campaign begins on Monday in every health centre.')
    expect(view.beads[1]!.status).toBe('reviewed')
    services.close()
  })

  it('makes new paragraphs new segments, drops removed ones and moves queries with their segment', async () => {
    const services = openServices(tempDir(), { checks: [] })
    const call = apiCaller(services.handlers)
    const documentId = await approvedRelease(call)
    await call('reopenDocument', { documentId, note: null })
    const query = await call('createQuery', { documentId, segment: 4, question: '¿Web o sede electrónica?' })
    const text = [TARGET[0], 'A brand-new sentence about the second dose.', ...TARGET.slice(1, 3), ...TARGET.slice(4)]
    const result = await call('importNewVersion', {
      documentId,
      side: 'target',
      file: file('v2.en.txt', text.join('\n\n'))
    })
    expect(result).toMatchObject({ changed: 2, removed: 0, reopened: false })
    const view = await call('getDocument', { documentId })
    // The fourth target paragraph is gone: its segment keeps its source, with nothing on the target.
    expect(view.beads.map((b) => [b.source, b.target, b.changedInVersion])).toEqual([
      [[0], [0], false],
      [[], [1], true],
      [[1], [2], false],
      [[2], [3], false],
      [[3], [], true],
      [[4], [4], false],
      [[5], [5], false]
    ])
    expect(view.queries.find((q) => q.id === query.id)?.beadPosition).toBe(5)
    services.close()
  })

  it('keeps an ignore on an unchanged segment that moved, and drops it on a changed one', async () => {
    const services = openServices(tempDir(), { checks: [colourCheck] })
    const call = apiCaller(services.handlers)
    const { documentId } = await importColourRelease(call)
    const before = await call('getDocument', { documentId })
    for (const f of before.findings) await call('ignoreFinding', { documentId, key: f.key, reason: 'House style' })
    expect(before.findings.map((f) => f.segment)).toEqual([0, 1])
    const text = [
      'A new opening line.',
      'The colour of the logo.',
      'Another new colour, brighter.',
      'A third paragraph.'
    ]
    await call('importNewVersion', { documentId, side: 'target', file: file('v2.en.txt', text.join('\n\n')) })
    const after = await call('getDocument', { documentId })
    expect(after.findings.map((f) => [f.segment, f.state, f.reason])).toEqual([
      [1, 'ignored', 'House style'],
      [2, 'open', null]
    ])
    services.close()
  })

  it('takes a new source too: the segment whose Spanish changed is reviewed again', async () => {
    const services = openServices(tempDir(), { checks: [] })
    const call = apiCaller(services.handlers)
    const documentId = await approvedRelease(call)
    const source = [...SOURCE]
    source[5] = 'Más información en el teléfono 976 111 111.'
    const result = await call('importNewVersion', {
      documentId,
      side: 'source',
      file: file('v2.es.txt', source.join('\n\n'))
    })
    expect(result).toMatchObject({ side: 'source', changed: 1, taken: 0, notTaken: [], reopened: true })
    const view = await call('getDocument', { documentId })
    expect(view.source.map((p) => p.text)).toEqual(source)
    expect(view.beads.map((b) => b.status)).toEqual([
      'reviewed',
      'reviewed',
      'reviewed',
      'reviewed',
      'reviewed',
      'untouched'
    ])
    // The reviewer's corrections of the target are untouched by a new source.
    expect(view.target[1]!.text).toBe('The campaign begins on Monday in every health centre.')
    services.close()
  })

  it('carries the review through paragraphs merged and split by the new version', async () => {
    const services = openServices(tempDir(), { checks: [] })
    const call = apiCaller(services.handlers)
    const documentId = await approvedRelease(call)
    // Paragraphs 4 and 5 of the English become one; paragraph 1 becomes two.
    const text = [
      TARGET[0],
      'The campaign starts on Monday.',
      'It covers every health centre.',
      TARGET[2],
      TARGET[3],
      `${TARGET[4]} ${TARGET[5]}`
    ].join('\n\n')
    const result = await call('importNewVersion', { documentId, side: 'target', file: file('v2.en.txt', text) })
    expect(result).toMatchObject({ changed: 3, reopened: true })
    const view = await call('getDocument', { documentId })
    expect(view.beads.map((b) => [b.source, b.target, b.status, b.changedInVersion ?? false])).toEqual([
      [[0], [0], 'reviewed', false],
      [[1], [1, 2], 'untouched', true],
      [[2], [3], 'reviewed', false],
      [[3], [4], 'reviewed', false],
      [[4], [5], 'untouched', true],
      [[5], [], 'untouched', true]
    ])
    services.close()
  })

  it('counts a correction taken into a paragraph rewritten beyond recognition', async () => {
    const services = openServices(tempDir(), { checks: [] })
    const call = apiCaller(services.handlers)
    const documentId = await approvedRelease(call)
    const text = newTarget((p) => (p[1] = 'From Monday, as the campaign begins on Monday, clinics open early.'))
    const result = await call('importNewVersion', { documentId, side: 'target', file: file('v2.en.txt', text) })
    expect(result).toMatchObject({ changed: 1, taken: 1 })
    expect(result.notTaken.map((c) => c.segment)).toEqual([2])
    services.close()
  })

  it('leaves an approval alone when the new version is the same text', async () => {
    const services = openServices(tempDir(), { checks: [] })
    const call = apiCaller(services.handlers)
    const documentId = await approvedRelease(call)
    const result = await call('importNewVersion', {
      documentId,
      side: 'target',
      file: file('v2.en.txt', TARGET.join('\n\n'))
    })
    expect(result).toMatchObject({ changed: 0, reopened: false })
    expect((await call('getDocument', { documentId })).document.status).toBe('approved')
    services.close()
  })

  it('refuses a document that came from a CAT file', async () => {
    const services = openServices(tempDir(), { checks: [] })
    const call = apiCaller(services.handlers)
    const project = await call('createProject', { name: 'CAT' })
    const tmx =
      '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="es" segtype="paragraph" ' +
      'datatype="plaintext" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/><body><tu>' +
      '<tuv xml:lang="es"><seg>El puente abrió.</seg></tuv><tuv xml:lang="en"><seg>The bridge opened.</seg></tuv>' +
      '</tu></body></tmx>'
    const { document } = await call('importBilingual', { projectId: project.id, file: file('m.tmx', tmx) })
    expect(
      await errorCodeOf(
        call('importNewVersion', { documentId: document.id, side: 'target', file: file('v2.txt', 'The bridge.') })
      )
    ).toBe('version.fileSegments')
    services.close()
  })
})

describe('the score’s word count', () => {
  it('follows the source: a target edit leaves it, a new source version changes it', async () => {
    const call = apiCaller(openServices(tempDir()).handlers)
    const documentId = await importRelease(call)
    const words = async () => (await call('getDocument', { documentId })).score.wordCount
    const before = await words()
    expect(before).toBe(SOURCE.join(' ').split(/\s+/).length)
    await call('editTarget', { documentId, paragraph: 0, text: 'The Aragón Government presented its plan.' })
    expect(await words()).toBe(before)
    const longer = [...SOURCE.slice(0, 5), 'Más información en el teléfono 976 000 000 y en la web del Gobierno.']
    await call('importNewVersion', { documentId, side: 'source', file: file('v2.es.txt', longer.join('\n\n')) })
    expect(await words()).toBe(before + 6)
  })
})
