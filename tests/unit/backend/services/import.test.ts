import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { openServices, type Services } from '../../../../src/backend/services/open'
import { dispatch } from '../../../../src/core/api/dispatch'
import { apiCaller, apiFailure, errorCodeOf } from '../../support/api'
import { tempDir } from '../../support/fs'
import { seedFiles, seedParagraphs } from '../../support/seeds'

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
    let call = apiCaller(services.handlers)
    const project = await call('createProject', { name: 'Notas de prensa' })
    const seeds = seedFiles()
    const ids: number[] = []
    for (const seed of seeds) {
      const result = await call('importCombined', { projectId: project.id, file: file(seed.name, seed.bytes) })
      ids.push(result.document.id)
    }
    services.close()

    services = openServices(dir) // a restart: new connection to the same file
    call = apiCaller(services.handlers)
    const rowCounts: number[] = []
    for (const [i, seed] of seeds.entries()) {
      const view = await call('getDocument', { documentId: ids[i]! })
      const expected = seedParagraphs(seed.text)
      expect(view.source.map((p) => p.text)).toEqual(expected.source)
      expect(view.target.map((p) => p.text)).toEqual(expected.target)
      expect(view.beads.map((b) => [b.source, b.target])).toEqual(expected.source.map((_, k) => [[k], [k]]))
      expect(view.project.name).toBe('Notas de prensa')
      rowCounts.push(view.beads.length)
    }
    expect(rowCounts).toEqual([10, 16])
    const detail = await call('getProject', { projectId: project.id })
    expect(detail.documents.map((d) => d.beadCount)).toEqual([10, 16])
    services.close()
  })

  it('imports a Windows-1252 copy of a seed with identical text', async () => {
    const services = openServices(tempDir())
    const call = apiCaller(services.handlers)
    const project = await call('createProject', { name: 'P' })
    const seed = seedFiles()[0]!
    const utf8 = await call('importCombined', { projectId: project.id, file: file('a.txt', seed.bytes) })
    // The seeds' typographic quotes exist in Windows-1252 (0x93/0x94), so the copy is lossless.
    const cp1252 = iconv.encode(seed.text, 'windows-1252')
    const legacy = await call('importCombined', { projectId: project.id, file: file('b.txt', cp1252) })
    expect(legacy.sourceEncoding).toBe('windows-1252')
    const a = await call('getDocument', { documentId: utf8.document.id })
    const b = await call('getDocument', { documentId: legacy.document.id })
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
    const call = apiCaller(services.handlers)
    const project = await call('createProject', { name: 'P' })
    const failure = await apiFailure(call('importCombined', { projectId: project.id, file: make() }))
    expect(failure?.code).toBe(code)
    expect(failure?.message.length).toBeGreaterThan(10)
    expect(counts(services)).toEqual({ document: 0, paragraph: 0, bead: 0 })
    expect(await call('listRecentFiles', {})).toEqual([])
    services.close()
  })

  it('refuses a file over the size limit before decoding it', async () => {
    const services = openServices(tempDir())
    const call = apiCaller(services.handlers)
    const project = await call('createProject', { name: 'P' })
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0x61)
    expect(await errorCodeOf(call('importCombined', { projectId: project.id, file: file('grande.txt', big) }))).toMatch(
      /^(import.tooLarge|validation)$/
    )
    expect(counts(services).document).toBe(0)
    services.close()
  })

  it('imports a source and a target file; the longer side gets rows with an empty cell', async () => {
    const services = openServices(tempDir())
    const call = apiCaller(services.handlers)
    const project = await call('createProject', { name: 'P' })
    const r = await call('importPair', {
      projectId: project.id,
      source: file('nota.es.md', '# Título\n\nPrimer párrafo.\n\nSegundo párrafo.\n'),
      target: file('nota.en.md', '# Title\n\nFirst paragraph.\n')
    })
    expect(r.document.name).toBe('nota.es')
    const view = await call('getDocument', { documentId: r.document.id })
    expect(view.beads.map((b) => [b.source, b.target])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], []]
    ])
    const recent = await call('listRecentFiles', {})
    expect(recent.map((f) => [f.name, f.kind, f.documentId])).toEqual(
      expect.arrayContaining([
        ['nota.es.md', 'source', r.document.id],
        ['nota.en.md', 'target', r.document.id]
      ])
    )
    services.close()
  })

  it('a CAT file not translated yet: one not-translated finding per empty segment, no alignment finding', async () => {
    const services = openServices(tempDir())
    const call = apiCaller(services.handlers)
    const project = await call('createProject', { name: 'P' })
    const xliff =
      '<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a.txt" source-language="es" target-language="nl-NL" datatype="plaintext"><body>' +
      '<trans-unit id="1"><source>Hoy se inauguró el puente.</source><target state="translated">De brug is vandaag geopend.</target></trans-unit>' +
      '<trans-unit id="2"><source>El alcalde habló.</source><target state="new"></target></trans-unit>' +
      '<trans-unit id="3"><source>Habrá música.</source></trans-unit></body></file></xliff>'
    const { document } = await call('importBilingual', { projectId: project.id, file: file('brug.xlf', xliff) })
    const view = await call('getDocument', { documentId: document.id })
    expect(view.findings.filter((f) => f.checkId === 'unaligned')).toEqual([])
    expect(view.findings.filter((f) => f.checkId === 'not-translated').map((f) => f.segment)).toEqual([1, 2])
    services.close()
  })

  it('imports pasted text and refuses an empty side', async () => {
    const services = openServices(tempDir())
    const call = apiCaller(services.handlers)
    const project = await call('createProject', { name: 'P' })
    const ok = await call('importPasted', {
      projectId: project.id,
      name: 'Pegado',
      source: 'Uno.\nDos.',
      target: 'One.\nTwo.'
    })
    expect(ok.document.beadCount).toBe(2)
    const bad = call('importPasted', { projectId: project.id, name: 'Vacío', source: 'Uno.', target: '   ' })
    expect(await errorCodeOf(bad)).toBe('import.emptyTarget')
    expect(counts(services).document).toBe(1)
    services.close()
  })

  it('imports into an existing project only', async () => {
    const services = openServices(tempDir())
    const r = apiCaller(services.handlers)('importPasted', { projectId: 42, name: 'X', source: 'a', target: 'b' })
    expect(await errorCodeOf(r)).toBe('notFound')
    expect(counts(services).document).toBe(0)
    services.close()
  })

  it('keeps a recent file once, at the top, when it is opened again', async () => {
    const services = openServices(tempDir())
    const call = apiCaller(services.handlers)
    const project = await call('createProject', { name: 'P' })
    const f = file('nota.txt', 'Hola.\nEnglish translation\nHello.')
    await call('importCombined', { projectId: project.id, file: f })
    await call('importCombined', { projectId: project.id, file: file('otra.txt', 'A.\nEnglish translation\nB.') })
    const second = await call('importCombined', { projectId: project.id, file: f })
    const recent = await call('listRecentFiles', {})
    expect(recent.map((r) => r.name)).toEqual(['nota.txt', 'otra.txt'])
    expect(recent[0]?.documentId).toBe(second.document.id)
    services.close()
  })
})

describe('API boundary', () => {
  it('validates input against the schema and answers in the error envelope', async () => {
    const services = openServices(tempDir())
    const call = apiCaller(services.handlers)
    expect(await errorCodeOf(call('createProject', { name: '   ' }))).toBe('validation')
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
    let call = apiCaller(services.handlers)
    expect((await call('getSettings', {})).uiLanguage).toBe('en')
    await call('updateSettings', { uiLanguage: 'es', reviewerName: 'Ana Pérez', reviewerRole: 'communications' })
    expect(await errorCodeOf(call('updateSettings', { reviewerRole: 'admin' as never }))).toBe('validation')
    expect(await errorCodeOf(call('updateSettings', { passThreshold: 140 }))).toBe('validation')
    services.close()
    services = openServices(dir)
    call = apiCaller(services.handlers)
    expect(await call('getSettings', {})).toMatchObject({
      uiLanguage: 'es',
      reviewerName: 'Ana Pérez',
      reviewerRole: 'communications'
    })
    services.close()
  })
})
