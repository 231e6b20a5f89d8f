import { describe, expect, it } from 'vitest'
import { openServices } from '../../../../src/backend/services/open'
import { apiCaller, apiFailure } from '../../support/api'
import { tempDir } from '../../support/fs'
import { wordTable, type TablePart } from '../../support/word-table'

/** A review table sent back, with the translator's tracked edits in its target column. */
async function table(rows: Array<[string, string, TablePart[]]>): Promise<{ name: string; base64: string }> {
  const bytes = await wordTable(['ID', 'Source (es)', 'Corrected target (en)'], rows)
  return { name: 'Nota.review.docx', base64: Buffer.from(bytes).toString('base64') }
}

async function setup() {
  const call = apiCaller(openServices(tempDir(), { now: () => '2026-12-07T10:00:00.000Z' }).handlers)
  const project = await call('createProject', { name: 'Notas' })
  const { document } = await call('importPasted', {
    projectId: project.id,
    name: 'Nota',
    source: 'La oficina abre a las nueve.\n\nEl horario cambia en enero.\n\nGracias por su visita.',
    target: 'The office opens at ten.\n\nThe timetable changes in January.\n\nThanks for visiting.'
  })
  return { call, documentId: document.id }
}

describe('applying a Word review table', () => {
  it('turns the target column’s tracked edits into corrections, matched by ID, and says what it did', async () => {
    const { call, documentId } = await setup()
    const file = await table([
      ['1', 'La oficina abre a las nueve.', ['The office opens at ', { del: 'ten' }, { ins: 'nine' }, '.']],
      ['2', 'El horario cambia en enero.', ['The timetable changes in January.']],
      ['3', 'Gracias por su visita.', ['Thank you for your visit.']]
    ])
    const result = await call('applyReviewTable', { documentId, file })
    expect(result).toEqual({ applied: 2, unchanged: 1, skipped: [], statusChanged: 0, unknownStatus: [] })
    const review = await call('getDocument', { documentId })
    expect(review.target.map((p) => p.text)).toEqual([
      'The office opens at nine.',
      'The timetable changes in January.',
      'Thank you for your visit.'
    ])
    expect(review.corrections.map((c) => c.comment)).toEqual(['Nota.review.docx', 'Nota.review.docx'])
    const log = await call('getAuditLog', { documentId })
    expect(log.filter((e) => e.action === 'edit')).toHaveLength(2)
  })

  it('finds a row by its source when the ID is another tool’s, and leaves rows for another version alone', async () => {
    const { call, documentId } = await setup()
    const file = await table([
      ['a1b2-c3', 'Gracias por su visita.', ['Thank you for visiting.']],
      ['2', 'El horario cambia en febrero.', ['The timetable changes in February.']],
      ['zz', 'Texto que no está.', ['Text that is not there.']]
    ])
    const result = await call('applyReviewTable', { documentId, file })
    expect(result.applied).toBe(1)
    expect(result.skipped).toEqual([
      { id: '2', reason: 'sourceChanged' },
      { id: 'zz', reason: 'unknownSegment' }
    ])
    const review = await call('getDocument', { documentId })
    expect(review.target[1]?.text).toBe('The timetable changes in January.')
    expect(review.target[2]?.text).toBe('Thank you for visiting.')
  })

  it('applies the status column, in either language, audited as status changes; an unknown label changes nothing', async () => {
    const { call, documentId } = await setup()
    const bytes = await wordTable(
      ['ID', 'Source (es)', 'Corrected target (en)', 'Status', 'Comments'],
      [
        [
          '1',
          'La oficina abre a las nueve.',
          ['The office opens at ', { del: 'ten' }, { ins: 'nine' }, '.'],
          'Reviewed',
          ''
        ],
        ['2', 'El horario cambia en enero.', ['The timetable changes in January.'], 'Final', ''],
        ['3', 'Gracias por su visita.', ['Thanks for visiting.'], 'Checked twice', '']
      ]
    )
    const file = { name: 'Nota.review.docx', base64: Buffer.from(bytes).toString('base64') }
    const result = await call('applyReviewTable', { documentId, file })
    expect(result).toEqual({
      applied: 1,
      unchanged: 2,
      skipped: [],
      statusChanged: 2,
      unknownStatus: [{ id: '3', label: 'Checked twice' }]
    })
    const review = await call('getDocument', { documentId })
    expect(review.beads.map((b) => b.status)).toEqual(['reviewed', 'approved', 'untouched'])
    expect(review.target[0]?.text).toBe('The office opens at nine.')
    const log = await call('getAuditLog', { documentId })
    expect(log.filter((e) => e.action === 'status').map((e) => e.details)).toEqual([
      { segments: [0], status: 'reviewed', file: 'Nota.review.docx' },
      { segments: [1], status: 'approved', file: 'Nota.review.docx' }
    ])
    // The same table again: nothing left to change.
    expect((await call('applyReviewTable', { documentId, file })).statusChanged).toBe(0)
  })

  it('reads Spanish labels, and never takes back a review made since the table was exported', async () => {
    const { call, documentId } = await setup()
    await call('setSegmentStatus', { documentId, segment: 0, status: 'reviewed' })
    const bytes = await wordTable(
      ['ID', 'Texto fuente (es)', 'Traducción corregida (en)', 'Estado'],
      [
        ['1', 'La oficina abre a las nueve.', ['The office opens at ten.'], 'Traducido'],
        ['2', 'El horario cambia en enero.', ['The timetable changes in January.'], 'Rechazado'],
        ['3', 'Gracias por su visita.', ['Thanks for visiting.'], 'Revisado']
      ]
    )
    const result = await call('applyReviewTable', {
      documentId,
      file: { name: 'Nota.revision.docx', base64: Buffer.from(bytes).toString('base64') }
    })
    expect(result).toMatchObject({ statusChanged: 2, unknownStatus: [] })
    const review = await call('getDocument', { documentId })
    expect(review.beads.map((b) => b.status)).toEqual(['reviewed', 'rejected', 'reviewed'])
  })

  it('maps Trados and memoQ status names; a row not applied keeps its segment’s status', async () => {
    const { call, documentId } = await setup()
    const trados = await wordTable(
      ['Segment ID', 'Segment status', 'Source segment', 'Target segment'],
      [
        ['a-1', 'Translation Rejected', 'La oficina abre a las nueve.', ['The office opens at ten.']],
        ['a-2', 'Signed Off', 'El horario cambia en febrero.', ['The timetable changes in February.']],
        ['a-3', 'Translated (100%)', 'Gracias por su visita.', ['Thanks for visiting.']]
      ]
    )
    const result = await call('applyReviewTable', {
      documentId,
      file: { name: 'nota.sdlxliff.review.docx', base64: Buffer.from(trados).toString('base64') }
    })
    expect(result).toMatchObject({ statusChanged: 1, skipped: [{ id: 'a-2', reason: 'unknownSegment' }] })
    const memoq = await wordTable(
      ['ID', 'es-ES', 'en-GB', 'Status'],
      [['9', 'Gracias por su visita.', ['Thanks for visiting.'], 'Reviewer 1 Confirmed']]
    )
    await call('applyReviewTable', {
      documentId,
      file: { name: 'nota.mqxliff.docx', base64: Buffer.from(memoq).toString('base64') }
    })
    const review = await call('getDocument', { documentId })
    expect(review.beads.map((b) => b.status)).toEqual(['rejected', 'untouched', 'reviewed'])
  })

  it('refuses a file that is not a Word review table, changing nothing', async () => {
    const { call, documentId } = await setup()
    const refused = await apiFailure(
      call('applyReviewTable', {
        documentId,
        file: { name: 'notes.docx', base64: Buffer.from('hello').toString('base64') }
      })
    )
    expect(refused?.code).toBe('format.notDocx')
    expect((await call('getDocument', { documentId })).corrections).toHaveLength(0)
  })
})
