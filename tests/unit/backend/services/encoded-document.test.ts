import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { databasePath } from '../../../../src/backend/paths'
import type { DocumentReader } from '../../../../src/backend/reading/client'
import { checkContext, encodedRows } from '../../../../src/backend/reading/tasks'
import { readFromBytes } from '../../../../src/backend/checks/job-wire'
import type { EncodedJson } from '../../../../src/backend/services/encoded-json'
import { openServices, type Services } from '../../../../src/backend/services/open'
import { createDocumentStore } from '../../../../src/backend/store/documents'
import { systemClock } from '../../../../src/backend/store/time'
import { apiCaller, importColourRelease, type ApiCall } from '../../support/api'
import { tempDir } from '../../support/fs'

let services: Services | null = null
let connection: Database.Database | null = null
afterEach(() => {
  connection?.close()
  services?.close()
  connection = services = null
})

const decoded = (answer: EncodedJson): unknown => JSON.parse(Buffer.concat(answer.parts).toString('utf8'))

/**
 * Services whose document reader reads on a read-only connection of this thread, and runs
 * `between` after reading a document's rows and before handing them over (a request that
 * changed the document meanwhile).
 */
function servicesWith(between: (call: ApiCall, documentId: number) => Promise<unknown> | void) {
  const dir = tempDir()
  const reads = { rows: 0, contexts: 0 }
  let call: ApiCall = () => Promise.reject(new Error('not open yet'))
  const reader: DocumentReader = {
    async rows(documentId) {
      reads.rows++
      const rows = encodedRows(connection!, createDocumentStore(connection!, systemClock), documentId)
      await between(call, documentId)
      return rows
    },
    async checkContext(documentId) {
      reads.contexts++
      const { context, ...kept } = checkContext(connection!, createDocumentStore(connection!, systemClock), documentId)
      return { ...kept, context: readFromBytes(context) }
    },
    warmUp: () => {},
    close: async () => {}
  }
  services = openServices(dir, { documentReader: reader })
  connection = new Database(databasePath(dir), { readonly: true })
  call = apiCaller(services.handlers)
  return { call, encoded: services.encoded, handlers: services.handlers, reads }
}

describe("getDocument's answer as JSON bytes", () => {
  it('is the answer the services give, its rows read on another connection', async () => {
    const { call, encoded, handlers } = servicesWith(() => {})
    const { documentId } = await importColourRelease(call)
    await call('setSegmentStatus', { documentId, segment: 1, status: 'reviewed' })
    const answer = decoded(await encoded.getDocument({ documentId }))
    expect(answer).toEqual(JSON.parse(JSON.stringify(await handlers.getDocument({ documentId }))))
  })

  it('reads the rows again when the document changed after they were read, so rows and counts agree', async () => {
    let changes = 1
    const { call, encoded, handlers, reads } = servicesWith(async (c, documentId) => {
      if (changes-- > 0) await c('setSegmentStatus', { documentId, segment: 0, status: 'reviewed' })
    })
    const { documentId } = await importColourRelease(call)
    const answer = decoded(await encoded.getDocument({ documentId })) as {
      beads: Array<{ status: string }>
      progress: { reviewed: number }
    }
    expect(reads.rows).toBe(2)
    expect(answer.beads[0]?.status).toBe('reviewed')
    expect(answer.progress.reviewed).toBe(1)
    expect(answer).toEqual(JSON.parse(JSON.stringify(await handlers.getDocument({ documentId }))))
  })

  it('is built on this thread when the document keeps changing under its reads, or the reader fails', async () => {
    let status: 'reviewed' | 'untouched' = 'untouched'
    const busy = servicesWith(async (c, documentId) => {
      status = status === 'reviewed' ? 'untouched' : 'reviewed'
      await c('setSegmentStatus', { documentId, segment: 0, status })
    })
    const { documentId } = await importColourRelease(busy.call)
    const answer = decoded(await busy.encoded.getDocument({ documentId }))
    expect(busy.reads.rows).toBe(3)
    expect(answer).toEqual(JSON.parse(JSON.stringify(await busy.handlers.getDocument({ documentId }))))
    connection?.close()
    services?.close()

    const failing = servicesWith(() => {
      throw new Error('the reader stopped')
    })
    const other = await importColourRelease(failing.call)
    expect(decoded(await failing.encoded.getDocument({ documentId: other.documentId }))).toEqual(
      JSON.parse(JSON.stringify(await failing.handlers.getDocument({ documentId: other.documentId })))
    )
  })

  it("answers a missing document with the services' own error", async () => {
    const { encoded } = servicesWith(() => {})
    await expect(encoded.getDocument({ documentId: 99 })).rejects.toMatchObject({ code: 'notFound' })
  })
})

/** A made-up release with a number changed in its translation, in a new project. */
async function importNumbers(call: ApiCall): Promise<number> {
  const project = await call('createProject', { name: 'Notas' })
  const { document } = await call('importPasted', {
    projectId: project.id,
    name: 'Nota',
    source: 'Se entregaron 40 becas a estudiantes.\n\nLa feria abre el 3 de mayo.',
    target: '41 grants were given to students.\n\nThe fair opens on 3 May.',
    sourceLang: 'es',
    targetLang: 'en'
  })
  return document.id
}

describe("the checks' first read of a document, off the main thread", () => {
  it('gives the findings a read on the main thread gives', async () => {
    const here = openServices(tempDir())
    const expected = await apiCaller(here.handlers)('getDocument', {
      documentId: await importNumbers(apiCaller(here.handlers))
    })
    here.close()
    const { call, reads } = servicesWith(() => {})
    const answer = await call('getDocument', { documentId: await importNumbers(call) })
    expect(reads.contexts).toBe(1)
    expect(answer.findings.length).toBeGreaterThan(0)
    expect(answer.findings).toEqual(expected.findings)
  })

  it('looks up what the memory has for the sources the reader listed', async () => {
    const { call, reads } = servicesWith(() => {})
    await call('updateSettings', { reviewerRole: 'communications' })
    const project = await call('createProject', { name: 'Marzo' })
    const pasted = { projectId: project.id, sourceLang: 'es', targetLang: 'en' } as const
    const boilerplate = 'La Oficina de Prensa atiende consultas de lunes a viernes.'
    const march = await call('importPasted', {
      ...pasted,
      name: 'Sede',
      source: `Abrió la nueva sede.\n\n${boilerplate}`,
      target: 'The new office opened.\n\nThe Press Office answers queries from Monday to Friday.'
    })
    await call('approveDocument', { documentId: march.document.id, note: null, override: 'test' })
    const april = await call('importPasted', {
      ...pasted,
      name: 'Feria',
      source: `Cerró la feria.\n\n${boilerplate}`,
      target: 'The fair closed.\n\nThe Press Office takes questions on weekdays.'
    })
    const view = await call('getDocument', { documentId: april.document.id })
    expect(reads.contexts).toBe(2)
    const memory = view.findings
      .flatMap((f) => [f, ...(f.otherReasons ?? [])])
      .filter((f) => f.checkId === 'memory-consistency')
    expect(memory.map((f) => f.suggestion)).toEqual(['The Press Office answers queries from Monday to Friday.'])
  })
})
