import Database from 'better-sqlite3'
import { deserialize } from 'node:v8'
import { afterEach, describe, expect, it } from 'vitest'
import { databasePath } from '../../../../src/backend/paths'
import { checkContext, encodedRows } from '../../../../src/backend/reading/tasks'
import { contextFromInput } from '../../../../src/backend/services/findings'
import { comparedSources } from '../../../../src/backend/services/memory'
import { openServices, type Services } from '../../../../src/backend/services/open'
import { createDocumentStore } from '../../../../src/backend/store/documents'
import { systemClock } from '../../../../src/backend/store/time'
import { apiCaller } from '../../support/api'
import { tempDir } from '../../support/fs'

const SOURCE = [
  'El comité aprobó la primera medida. Luego se reunió con los vecinos.',
  'La alcaldesa visitó el mercado del barrio.',
  'Se entregaron 40 becas a estudiantes de la región.'
]
const TARGET = [
  'The committee approved the first measure. Then it met the neighbours.',
  'The mayor visited the neighbourhood market.',
  '40 grants were given to students of the region.'
]

let services: Services | null = null
let reader: Database.Database | null = null
afterEach(() => {
  reader?.close()
  services?.close()
  reader = services = null
})

/** A made-up release stored by the services, and a read-only connection beside theirs. */
async function release() {
  const dir = tempDir()
  services = openServices(dir)
  const call = apiCaller(services.handlers)
  const project = await call('createProject', { name: 'Notas' })
  const { document } = await call('importPasted', {
    projectId: project.id,
    name: 'Nota',
    source: SOURCE.join('\n\n'),
    target: TARGET.join('\n\n'),
    sourceLang: 'es',
    targetLang: 'en'
  })
  reader = new Database(databasePath(dir), { readonly: true })
  const written = createDocumentStore(services.db, systemClock)
  return { call, documentId: document.id, written, read: createDocumentStore(reader, systemClock), db: reader }
}

describe('whole-document reads on a read-only connection', () => {
  it("encodes the rows the writer's view has, with the writer's stamp", async () => {
    const { documentId, written, read, db, call } = await release()
    await call('setSegmentStatus', { documentId, segment: 1, status: 'reviewed' })
    const rows = encodedRows(db, read, documentId)
    const { source, target, beads } = written.view(documentId)
    expect(JSON.parse(Buffer.from(rows.bytes).toString('utf8'))).toEqual({ source, target, beads })
    expect(rows.stamp).toBe(written.rowsStamp(documentId))
    expect(rows.words.counts).toEqual(SOURCE.map((p) => p.split(' ').length))
  })

  it('gives a status change, a note or an edit a new stamp, so rows of another moment are not taken', async () => {
    const { documentId, written, call } = await release()
    const stamps = [written.rowsStamp(documentId)]
    await call('setSegmentStatus', { documentId, segment: 0, status: 'reviewed' })
    stamps.push(written.rowsStamp(documentId))
    await call('setSegmentStatus', { documentId, segment: 2, status: 'rejected', reason: 'Cifra dudosa' })
    stamps.push(written.rowsStamp(documentId))
    await call('editTarget', { documentId, paragraph: 1, text: 'The mayor toured the market.' })
    stamps.push(written.rowsStamp(documentId))
    expect(new Set(stamps).size).toBe(stamps.length)
  })

  it("reads the checks' view the writer reads, under the revision the findings are kept by", async () => {
    const { documentId, written, read, db } = await release()
    const kept = checkContext(db, read, documentId)
    const revision = written.textRevisions(written.get(documentId).projectId)[0]!.revision
    const expected = contextFromInput(written.checkInput(documentId), revision)
    const { sources, context, ...rest } = kept
    expect({ ...rest, context: deserialize(context) }).toEqual(expected)
    expect(sources).toEqual(expected.context.segments.map(comparedSources))
    expect(sources.flat()).toContain('La alcaldesa visitó el mercado del barrio.')
  })

  it('aligns the sentences of an edited row as the writer would, and leaves storing them to the writer', async () => {
    const { documentId, written, read, db, call } = await release()
    await call('editTarget', {
      documentId,
      paragraph: 0,
      text: 'The committee passed the first measure. It then met the neighbours. Everyone came.'
    })
    const stored = () =>
      db.prepare('SELECT sentences FROM bead WHERE document_id = ? AND position = 0').pluck().get(documentId)
    expect(stored()).toBeNull()
    const rows = JSON.parse(Buffer.from(encodedRows(db, read, documentId).bytes).toString('utf8'))
    const kept = checkContext(db, read, documentId)
    expect(stored()).toBeNull()
    expect(rows.beads[0].sentences.links.length).toBeGreaterThan(0)
    // The writer's own read aligns and stores the same.
    expect(rows.beads).toEqual(written.view(documentId).beads)
    expect(stored()).not.toBeNull()
    expect(deserialize(kept.context)).toEqual(contextFromInput(written.checkInput(documentId), '').context)
  })
})
