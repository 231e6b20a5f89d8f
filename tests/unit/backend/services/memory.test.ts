import { describe, expect, it } from 'vitest'
import type { Db } from '../../../../src/backend/db/database'
import { createMemoryService } from '../../../../src/backend/services/memory'
import { openServices } from '../../../../src/backend/services/open'
import { createDocumentStore } from '../../../../src/backend/store/documents'
import { createMemoryStore } from '../../../../src/backend/store/memory'
import { apiCaller, apiFailure, type ApiCall } from '../../support/api'
import { tempDir } from '../../support/fs'

const SOURCE = [
  'La Dirección de Obras abrió el concurso para la nueva biblioteca municipal.',
  'Las propuestas se reciben hasta el 30 de marzo.',
  'El alcalde agradeció a los vecinos su participación.'
].join('\n\n')
const TARGET = [
  'The Public Works Directorate opened the tender for the new municipal library.',
  'Proposals are accepted until 30 March.',
  'The mayor thanked residents for taking part.'
].join('\n\n')

async function setup(): Promise<{ call: ApiCall; first: number; db: Db }> {
  const { db, handlers } = openServices(tempDir(), { now: () => '2026-12-07T10:00:00.000Z' })
  const call = apiCaller(handlers)
  const project = await call('createProject', { name: 'Marzo' })
  const { document } = await call('importPasted', {
    projectId: project.id,
    name: 'Concurso',
    source: SOURCE,
    target: TARGET
  })
  return { call, first: document.id, db }
}

async function secondRelease(call: ApiCall, source: string, target: string): Promise<number> {
  const project = await call('createProject', { name: 'Abril' })
  const { document } = await call('importPasted', { projectId: project.id, name: 'Plazo', source, target })
  return document.id
}

describe('the approved memory', () => {
  it('offers a reviewed segment from another release when the new source is at least 75 % alike', async () => {
    const { call, first } = await setup()
    await call('setSegmentStatus', { documentId: first, segment: 0, status: 'reviewed' })
    expect((await call('memoryStats', {})).units).toBe(1)
    const second = await secondRelease(
      call,
      'La Dirección de Obras abrió el concurso para la nueva piscina municipal.\n\nSe suspendió el partido.',
      'The Public Works Directorate opened the tender for the new municipal pool.\n\nThe match was called off.'
    )
    const [match, ...rest] = await call('memoryMatches', { documentId: second, segment: 0 })
    expect(rest).toEqual([])
    expect(match?.target).toBe('The Public Works Directorate opened the tender for the new municipal library.')
    expect(match?.score).toBeGreaterThanOrEqual(0.75)
    expect(match?.score).toBeLessThan(1)
    expect(match?.origin).toBe('Concurso')
    expect(match?.projectName).toBe('Marzo')
    expect(await call('memoryMatches', { documentId: second, segment: 1 })).toEqual([])
  })

  it('holds only reviewed or approved pairs: marking a segment unreviewed takes it out', async () => {
    const { call, first } = await setup()
    await call('setSegmentsStatus', { documentId: first, segments: [0, 1], status: 'reviewed' })
    expect((await call('memoryStats', {})).units).toBe(2)
    await call('setSegmentStatus', { documentId: first, segment: 1, status: 'untouched' })
    expect((await call('memoryStats', {})).units).toBe(1)
    // A segment never matches itself.
    expect(await call('memoryMatches', { documentId: first, segment: 0 })).toEqual([])
  })

  it('follows a correction made after the segment was reviewed', async () => {
    const { call, first } = await setup()
    await call('setSegmentStatus', { documentId: first, segment: 1, status: 'reviewed' })
    await call('editTarget', { documentId: first, paragraph: 1, text: 'Proposals are accepted until 31 March.' })
    expect((await call('searchMemory', { phrase: 'propuestas' })).map((u) => u.target)).toEqual([
      'Proposals are accepted until 31 March.'
    ])
  })

  it('finds how a phrase was rendered, and carries a reviewer’s correction', async () => {
    const { call, first } = await setup()
    await call('editTarget', {
      documentId: first,
      paragraph: 2,
      text: 'The mayor thanked residents for their participation.'
    })
    await call('setSegmentStatus', { documentId: first, segment: 2, status: 'reviewed' })
    const found = await call('searchMemory', { phrase: 'agradeció a los vecinos' })
    expect(found.map((u) => u.target)).toEqual(['The mayor thanked residents for their participation.'])
    expect(await call('searchMemory', { phrase: 'no aparece nunca' })).toEqual([])
  })

  it('loads a TMX and writes the memory out as TMX', async () => {
    const { call } = await setup()
    const tmx =
      '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="es" segtype="sentence" datatype="plaintext" ' +
      'adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/><body>' +
      '<tu><tuv xml:lang="es"><seg>El puente abrió.</seg></tuv><tuv xml:lang="en"><seg>The bridge opened.</seg></tuv></tu>' +
      '<tu><tuv xml:lang="es"><seg>Sin traducción.</seg></tuv><tuv xml:lang="en"><seg></seg></tuv></tu>' +
      '</body></tmx>'
    const loaded = await call('importMemoryTmx', {
      file: { name: 'oficina.tmx', base64: Buffer.from(tmx).toString('base64') }
    })
    expect(loaded.imported).toBe(1)
    const out = await call('exportMemoryTmx', { sourceLang: 'es', targetLang: 'en' })
    const text = Buffer.from(out.base64, 'base64').toString('utf8')
    expect(text).toContain('The bridge opened.')
    expect(text).not.toContain('Sin traducción.')
    const refused = await apiFailure(call('exportMemoryTmx', { sourceLang: 'fr', targetLang: 'de' }))
    expect(refused?.code).toBe('export.emptyMemory')
  })
})

describe('the approved memory’s revision (what cached findings are kept under)', () => {
  it('changes when an approved release’s pairs are written, not only when it is approved', async () => {
    const { first, db } = await setup()
    const documents = createDocumentStore(db, () => '2026-12-07T10:00:00.000Z')
    const memory = createMemoryService({ memory: createMemoryStore(db), documents, now: () => 't' })
    db.prepare("UPDATE document SET status = 'approved' WHERE id = ?").run(first)
    const approved = memory.revision()
    memory.refresh(first)
    expect(memory.revision()).not.toBe(approved)
  })
})

describe('the approved memory and the change it follows', () => {
  it('are stored together: when the memory cannot be written, the edit is not stored either', async () => {
    const { call, first, db } = await setup()
    await call('setSegmentStatus', { documentId: first, segment: 0, status: 'reviewed' })
    // Stands for a write that fails half-way (a full disk, a crash): the memory's insert is refused.
    db.exec(`CREATE TEMP TRIGGER refuse BEFORE INSERT ON memory_unit BEGIN SELECT RAISE(ABORT, 'disk full'); END`)
    await expect(
      call('editTarget', { documentId: first, paragraph: 0, text: 'The Works Directorate opened the tender.' })
    ).rejects.toThrow(/disk full/)
    db.exec('DROP TRIGGER refuse')
    const view = await call('getDocument', { documentId: first })
    expect(view.target[0]?.text).toBe(TARGET.split('\n\n')[0])
    expect(view.corrections).toEqual([])
    expect((await call('memoryStats', {})).units).toBe(1)
  })
})
