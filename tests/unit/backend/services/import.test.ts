import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { openServices, type Services } from '../../../../src/backend/services/open'
import type { ApiMethod, ApiInput, ApiOutput } from '../../../../src/core/api/contract'
import { dispatch } from '../../../../src/core/api/dispatch'
import type { ApiResult } from '../../../../src/core/api/result'
import { tempDir } from '../../support/fs'
import { seedFiles, seedParagraphs } from '../../support/seeds'

function client(services: Services) {
  return async function call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiResult<ApiOutput<M>>> {
    return (await dispatch(services.handlers, method, input, (err) => {
      throw err
    })) as ApiResult<ApiOutput<M>>
  }
}

async function value<T>(p: Promise<ApiResult<T>>): Promise<T> {
  const r = await p
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
  return r.value
}

const file = (name: string, bytes: Buffer | string) => ({
  name,
  base64: (typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes).toString('base64')
})

function counts(services: Services): Record<string, number> {
  const n = (t: string): number => (services.db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n
  return { document: n('document'), paragraph: n('paragraph'), bead: n('bead') }
}

describe('importing releases', () => {
  it('imports each seed with the exact paragraphs on both sides, one row per paragraph pair, and keeps them after a restart', async () => {
    const dir = tempDir()
    let services = openServices(dir)
    let call = client(services)
    const project = await value(call('createProject', { name: 'Notas de prensa' }))
    const seeds = seedFiles()
    const ids: number[] = []
    for (const seed of seeds) {
      const result = await value(call('importCombined', { projectId: project.id, file: file(seed.name, seed.bytes) }))
      ids.push(result.document.id)
    }
    services.close()

    services = openServices(dir) // a restart: new connection to the same file
    call = client(services)
    const rowCounts: number[] = []
    for (const [i, seed] of seeds.entries()) {
      const view = await value(call('getDocument', { documentId: ids[i]! }))
      const expected = seedParagraphs(seed.text)
      expect(view.source.map((p) => p.text)).toEqual(expected.source)
      expect(view.target.map((p) => p.text)).toEqual(expected.target)
      expect(view.beads.map((b) => [b.source, b.target])).toEqual(expected.source.map((_, k) => [[k], [k]]))
      expect(view.project.name).toBe('Notas de prensa')
      rowCounts.push(view.beads.length)
    }
    expect(rowCounts).toEqual([10, 16])
    const detail = await value(call('getProject', { projectId: project.id }))
    expect(detail.documents.map((d) => d.beadCount)).toEqual([10, 16])
    services.close()
  })

  it('imports a Windows-1252 copy of a seed with identical text', async () => {
    const services = openServices(tempDir())
    const call = client(services)
    const project = await value(call('createProject', { name: 'P' }))
    const seed = seedFiles()[0]!
    const utf8 = await value(call('importCombined', { projectId: project.id, file: file('a.txt', seed.bytes) }))
    // The seeds' typographic quotes exist in Windows-1252 (0x93/0x94), so the copy is lossless.
    const cp1252 = iconv.encode(seed.text, 'windows-1252')
    const legacy = await value(call('importCombined', { projectId: project.id, file: file('b.txt', cp1252) }))
    expect(legacy.sourceEncoding).toBe('windows-1252')
    const a = await value(call('getDocument', { documentId: utf8.document.id }))
    const b = await value(call('getDocument', { documentId: legacy.document.id }))
    expect(b.source.map((p) => p.text)).toEqual(a.source.map((p) => p.text))
    expect(b.target.map((p) => p.text)).toEqual(a.target.map((p) => p.text))
    expect(b.source.map((p) => p.text).join(' ')).toMatch(/Secretaría.*Aníbal/)
    services.close()
  })

  it.each([
    ['a binary file', () => file('foto.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2])), 'import.binary'],
    ['an empty file', () => file('vacio.txt', ''), 'import.emptyFile'],
    ['a file of blank lines', () => file('blanco.txt', '\n\n  \n'), 'import.emptyFile'],
    ['a combined file without the separator line', () => file('sin.txt', 'Hola.\n\nHello.'), 'import.noSeparator'],
    [
      'a combined file with an empty English side',
      () => file('es.txt', 'Hola.\nEnglish translation\n'),
      'import.emptyTarget'
    ],
    [
      'a combined file with an empty Spanish side',
      () => file('en.txt', 'English translation\nHello.'),
      'import.emptySource'
    ]
  ])('refuses %s with a clear error and stores nothing', async (_label, make, code) => {
    const services = openServices(tempDir())
    const call = client(services)
    const project = await value(call('createProject', { name: 'P' }))
    const r = await call('importCombined', { projectId: project.id, file: make() })
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.code).toBe(code)
      expect(r.error.message.length).toBeGreaterThan(10)
    }
    expect(counts(services)).toEqual({ document: 0, paragraph: 0, bead: 0 })
    expect(await value(call('listRecentFiles', {}))).toEqual([])
    services.close()
  })

  it('refuses a file over the size limit before decoding it', async () => {
    const services = openServices(tempDir())
    const call = client(services)
    const project = await value(call('createProject', { name: 'P' }))
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0x61)
    const r = await call('importCombined', { projectId: project.id, file: file('grande.txt', big) })
    expect(r.ok ? null : r.error.code).toMatch(/^(import.tooLarge|validation)$/)
    expect(counts(services).document).toBe(0)
    services.close()
  })

  it('imports a source and a target file; the longer side gets rows with an empty cell', async () => {
    const services = openServices(tempDir())
    const call = client(services)
    const project = await value(call('createProject', { name: 'P' }))
    const r = await value(
      call('importPair', {
        projectId: project.id,
        source: file('nota.es.md', '# Título\n\nPrimer párrafo.\n\nSegundo párrafo.\n'),
        target: file('nota.en.md', '# Title\n\nFirst paragraph.\n')
      })
    )
    expect(r.document.name).toBe('nota.es')
    const view = await value(call('getDocument', { documentId: r.document.id }))
    expect(view.beads.map((b) => [b.source, b.target])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], []]
    ])
    const recent = await value(call('listRecentFiles', {}))
    expect(recent.map((f) => [f.name, f.kind, f.documentId])).toEqual(
      expect.arrayContaining([
        ['nota.es.md', 'source', r.document.id],
        ['nota.en.md', 'target', r.document.id]
      ])
    )
    services.close()
  })

  it('imports pasted text and refuses an empty side', async () => {
    const services = openServices(tempDir())
    const call = client(services)
    const project = await value(call('createProject', { name: 'P' }))
    const ok = await value(
      call('importPasted', { projectId: project.id, name: 'Pegado', source: 'Uno.\nDos.', target: 'One.\nTwo.' })
    )
    expect(ok.document.beadCount).toBe(2)
    const bad = await call('importPasted', { projectId: project.id, name: 'Vacío', source: 'Uno.', target: '   ' })
    expect(bad.ok ? null : bad.error.code).toBe('import.emptyTarget')
    expect(counts(services).document).toBe(1)
    services.close()
  })

  it('imports into an existing project only', async () => {
    const services = openServices(tempDir())
    const r = await client(services)('importPasted', { projectId: 42, name: 'X', source: 'a', target: 'b' })
    expect(r.ok ? null : r.error.code).toBe('notFound')
    expect(counts(services).document).toBe(0)
    services.close()
  })

  it('keeps a recent file once, at the top, when it is opened again', async () => {
    const services = openServices(tempDir())
    const call = client(services)
    const project = await value(call('createProject', { name: 'P' }))
    const f = file('nota.txt', 'Hola.\nEnglish translation\nHello.')
    await value(call('importCombined', { projectId: project.id, file: f }))
    await value(
      call('importCombined', { projectId: project.id, file: file('otra.txt', 'A.\nEnglish translation\nB.') })
    )
    const second = await value(call('importCombined', { projectId: project.id, file: f }))
    const recent = await value(call('listRecentFiles', {}))
    expect(recent.map((r) => r.name)).toEqual(['nota.txt', 'otra.txt'])
    expect(recent[0]?.documentId).toBe(second.document.id)
    services.close()
  })
})

describe('API boundary', () => {
  it('validates input against the schema and answers in the error envelope', async () => {
    const services = openServices(tempDir())
    const call = client(services)
    const r = await call('createProject', { name: '   ' })
    expect(r).toMatchObject({ ok: false, error: { code: 'validation' } })
    const unknown = await dispatch(services.handlers, 'dropDatabase', {})
    expect(unknown).toMatchObject({ ok: false, error: { code: 'notFound' } })
    const wrongType = await dispatch(services.handlers, 'getDocument', { documentId: '1; DROP TABLE' })
    expect(wrongType).toMatchObject({ ok: false, error: { code: 'validation' } })
    services.close()
  })

  it('hides unexpected errors behind a generic code and reports them to the caller', async () => {
    const seen: unknown[] = []
    const handlers = {
      listProjects: () => {
        throw new TypeError('boom')
      }
    } as never
    const r = await dispatch(handlers, 'listProjects', {}, (err) => seen.push(err))
    expect(r).toEqual({ ok: false, error: { code: 'internal', message: expect.any(String) } })
    expect(seen).toHaveLength(1)
  })

  it('stores settings, validates them, and keeps them across restarts', async () => {
    const dir = tempDir()
    let services = openServices(dir)
    let call = client(services)
    expect((await value(call('getSettings', {}))).uiLanguage).toBe('en')
    await value(call('updateSettings', { uiLanguage: 'es', reviewerName: 'Ana Pérez', reviewerRole: 'communications' }))
    expect(await call('updateSettings', { reviewerRole: 'admin' as never })).toMatchObject({
      ok: false,
      error: { code: 'validation' }
    })
    expect(await call('updateSettings', { passThreshold: 140 })).toMatchObject({
      ok: false,
      error: { code: 'validation' }
    })
    services.close()
    services = openServices(dir)
    call = client(services)
    expect(await value(call('getSettings', {}))).toMatchObject({
      uiLanguage: 'es',
      reviewerName: 'Ana Pérez',
      reviewerRole: 'communications'
    })
    services.close()
  })
})
