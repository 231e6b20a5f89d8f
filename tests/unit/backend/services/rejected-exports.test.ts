import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { openServices } from '../../../../src/backend/services/open'
import { apiCaller, importColourRelease } from '../../support/api'
import { tempDir } from '../../support/fs'
import { asFile } from '../../support/full-review'

/** The colour release with its second segment rejected by Ana, with a reason. */
async function rejectedRelease() {
  const services = openServices(tempDir(), { checks: [] })
  const call = apiCaller(services.handlers)
  await call('updateSettings', { reviewerName: 'Ana', reviewerRole: 'reviewer' })
  const { documentId } = await importColourRelease(call)
  await call('setSegmentStatus', { documentId, segment: 0, status: 'reviewed' })
  await call('setSegmentStatus', { documentId, segment: 1, status: 'rejected', reason: 'Colour is a noun here' })
  return { services, call, documentId }
}

const text = (file: { base64: string }): string => Buffer.from(file.base64, 'base64').toString('utf8')

describe("a rejected segment in Cotejo's own exports", () => {
  it.each([
    ['xliff-2.0', '<segment id="s1" state="initial" subState="cotejo:rejected">'],
    ['xliff-1.2', 'state="needs-translation" state-qualifier="rejected-inaccurate"']
  ] as const)('%s carries it in the standard’s words and reads it back with its reason', async (format, marker) => {
    const { services, call, documentId } = await rejectedRelease()
    const file = await call('exportDocument', { documentId, format })
    expect(text(file)).toContain(marker)
    const other = await call('createProject', { name: 'Destino' })
    const back = await call('importBilingual', { projectId: other.id, file: asFile(file.fileName, text(file)) })
    const view = await call('getDocument', { documentId: back.document.id })
    expect(view.beads.map((b) => b.status)).toEqual(['reviewed', 'rejected', 'untouched'])
    expect(view.beads[1]?.notes.filter((n) => n.category === 'rejection')).toEqual([
      { kind: 'comment', text: 'Colour is a noun here', author: 'Ana', category: 'rejection', severity: null }
    ])
    services.close()
  })

  it('CSV writes the status in words and reads it back', async () => {
    const { services, call, documentId } = await rejectedRelease()
    const file = await call('exportDocument', { documentId, format: 'csv' })
    expect(text(file)).toContain('Rejected')
    const other = await call('createProject', { name: 'Destino' })
    const back = await call('importBilingual', { projectId: other.id, file: asFile(file.fileName, text(file)) })
    const view = await call('getDocument', { documentId: back.document.id })
    expect(view.beads.map((b) => b.status)).toEqual(['reviewed', 'rejected', 'untouched'])
    services.close()
  })

  it('the Word review table shows it in the status column', async () => {
    const { services, call, documentId } = await rejectedRelease()
    const file = await call('exportDocument', { documentId, format: 'docx-table' })
    const zip = await JSZip.loadAsync(Buffer.from(file.base64, 'base64'))
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? ''
    expect(xml).toContain('Rejected')
    services.close()
  })

  it('TMX has no rejected state: a memory of all segments carries none', async () => {
    const { services, call, documentId } = await rejectedRelease()
    const all = text(await call('exportDocument', { documentId, format: 'tmx', options: { tmxUnits: 'all' } }))
    expect(all).toContain('Another new colour.')
    expect(all).not.toMatch(/rejected/i)
    const reviewed = text(await call('exportDocument', { documentId, format: 'tmx' }))
    expect(reviewed).not.toContain('Another new colour.')
    services.close()
  })
})

describe('a rejected segment and the approved memory', () => {
  it('rejecting a reviewed segment takes it out of the memory, even once the release is approved', async () => {
    const { services, call, documentId } = await rejectedRelease()
    // Segment 0 is reviewed, segment 1 rejected.
    expect((await call('memoryStats', {})).units).toBe(1)
    await call('setSegmentStatus', { documentId, segment: 0, status: 'rejected' })
    expect((await call('memoryStats', {})).units).toBe(0)
    await call('updateSettings', { reviewerName: 'Marta', reviewerRole: 'communications' })
    await call('approveDocument', { documentId, note: null, override: 'Urgent' })
    // The approval remembers the third segment, never the two rejected.
    expect((await call('memoryStats', {})).units).toBe(1)
    services.close()
  })
})

/** A made-up Trados file: two segments, the second as its file state says. */
const TRADOS = (secondConf: string): string =>
  `<?xml version="1.0" encoding="utf-8"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0"><file original="aviso.docx" source-language="es-ES" target-language="en-GB" datatype="x-sdlfilterframework2"><body><trans-unit id="u1"><source>El museo abre. Entrada libre.</source><seg-source><mrk mtype="seg" mid="1">El museo abre.</mrk> <mrk mtype="seg" mid="2">Entrada libre.</mrk></seg-source><target><mrk mtype="seg" mid="1">The museum opens.</mrk> <mrk mtype="seg" mid="2">Free tickets.</mrk></target><sdl:seg-defs><sdl:seg id="1" conf="Translated"/><sdl:seg id="2" conf="${secondConf}"/></sdl:seg-defs></trans-unit></body></file></xliff>`

describe('a rejected segment written back to its CAT file', () => {
  it('Trados: the rejection as RejectedTranslation and its reason as a Trados comment, read back as rejected', async () => {
    const services = openServices(tempDir(), { checks: [], now: () => '2026-12-07T10:00:00.000Z' })
    const call = apiCaller(services.handlers)
    await call('updateSettings', { reviewerName: 'Ana', reviewerRole: 'reviewer' })
    const project = await call('createProject', { name: 'Trados' })
    const { document } = await call('importBilingual', {
      projectId: project.id,
      file: asFile('aviso.docx.sdlxliff', TRADOS('Translated'))
    })
    await call('setSegmentStatus', {
      documentId: document.id,
      segment: 1,
      status: 'rejected',
      reason: 'Free admission'
    })
    const back = text(await call('exportDocument', { documentId: document.id, format: 'original' }))
    expect(back).toContain('<sdl:seg id="1" conf="Translated"/><sdl:seg id="2" conf="RejectedTranslation"/>')
    expect(back).toContain('Free admission')
    const again = await call('importBilingual', { projectId: project.id, file: asFile('aviso.docx.sdlxliff', back) })
    const view = await call('getDocument', { documentId: again.document.id })
    expect(view.beads.map((b) => b.status)).toEqual(['untouched', 'rejected'])
    services.close()
  })

  it('a file’s own rejection comes back unchanged, also from a document imported before Cotejo had the status', async () => {
    const services = openServices(tempDir(), { checks: [] })
    const call = apiCaller(services.handlers)
    const project = await call('createProject', { name: 'Trados' })
    const input = TRADOS('RejectedSignOff')
    const { document } = await call('importBilingual', { projectId: project.id, file: asFile('a.sdlxliff', input) })
    expect((await call('getDocument', { documentId: document.id })).beads.map((b) => b.status)).toEqual([
      'untouched',
      'rejected'
    ])
    expect(text(await call('exportDocument', { documentId: document.id, format: 'original' }))).toBe(input)
    // As an earlier import stored it: untouched, with the file's state as a note.
    services.db.exec(`UPDATE bead SET status = 'untouched' WHERE document_id = ${document.id} AND position = 1`)
    services.db.exec(`INSERT INTO bead_note (bead_id, kind, text, category)
      SELECT id, 'comment', 'sdl:conf=RejectedSignOff', 'file-state' FROM bead WHERE document_id = ${document.id} AND position = 1`)
    expect(text(await call('exportDocument', { documentId: document.id, format: 'original' }))).toBe(input)
    // Marked untouched in a review since (no file-state note): that is a change, written as Translated.
    services.db.exec(`DELETE FROM bead_note WHERE category = 'file-state'`)
    expect(text(await call('exportDocument', { documentId: document.id, format: 'original' }))).toContain(
      '<sdl:seg id="2" conf="Translated"/>'
    )
    services.close()
  })

  it('Wordfast TXML has no state and no notes: a rejection with its reason still exports, the file unchanged', async () => {
    const services = openServices(tempDir(), { checks: [] })
    const call = apiCaller(services.handlers)
    const project = await call('createProject', { name: 'Wordfast' })
    const input =
      '<?xml version="1.0" encoding="UTF-8"?>\n<txml version="1.0" locale="ES" targetlocale="EN"><translatable blockId="0"><segment segmentId="1"><source>Abre el lunes.</source><target>Opens on Monday.</target></segment></translatable></txml>'
    const { document } = await call('importBilingual', { projectId: project.id, file: asFile('a.txml', input) })
    await call('setSegmentStatus', { documentId: document.id, segment: 0, status: 'rejected', reason: 'Tuesday' })
    expect(text(await call('exportDocument', { documentId: document.id, format: 'original' }))).toBe(input)
    services.close()
  })
})
