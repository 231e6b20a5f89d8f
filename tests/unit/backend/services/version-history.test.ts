import { describe, expect, it } from 'vitest'
import { openServices } from '../../../../src/backend/services/open'
import { apiCaller, type ApiCall } from '../../support/api'
import { tempDir } from '../../support/fs'

const file = (name: string, text: string) => ({ name, base64: Buffer.from(text, 'utf8').toString('base64') })
const text = (data: { base64: string }): string => Buffer.from(data.base64, 'base64').toString('utf8')

const SOURCE = [
  'El ayuntamiento abrió el nuevo mercado.',
  'Tiene cuarenta puestos y un aparcamiento.',
  'Abre de lunes a sábado.'
]
const TARGET = [
  'The city council opened the new market.',
  'It has forty stalls and a car park.',
  'It opens Monday to Saturday.'
]

async function release(call: ApiCall): Promise<number> {
  await call('updateSettings', { reviewerName: 'Ana', reviewerRole: 'reviewer' })
  const project = await call('createProject', { name: 'Notas' })
  const { document } = await call('importPasted', {
    projectId: project.id,
    name: 'Mercado',
    source: SOURCE.join('\n\n'),
    target: TARGET.join('\n\n')
  })
  await call('editTarget', { documentId: document.id, paragraph: 1, text: 'It has forty stalls and a parking lot.' })
  await call('setSegmentsStatus', { documentId: document.id, segments: [0, 1, 2], status: 'reviewed' })
  return document.id
}

const TARGET_2 = [TARGET[0], 'It has forty stalls and a parking lot.', 'It opens from Monday to Saturday.']
const SOURCE_3 = [SOURCE[0], 'Tiene cuarenta y dos puestos y un aparcamiento.', SOURCE[2]]

async function threeVersions(call: ApiCall): Promise<number> {
  const documentId = await release(call)
  await call('updateSettings', { reviewerName: 'Luis' })
  await call('importNewVersion', { documentId, side: 'target', file: file('mercado.v2.en.txt', TARGET_2.join('\n\n')) })
  await call('importNewVersion', { documentId, side: 'source', file: file('mercado.v3.es.txt', SOURCE_3.join('\n\n')) })
  return documentId
}

describe('version history', () => {
  it('lists every version with when, who and which side it changed', async () => {
    const call = apiCaller(openServices(tempDir(), { checks: [] }).handlers)
    const documentId = await threeVersions(call)
    const versions = await call('listVersions', { documentId })
    expect(versions.map((v) => [v.number, v.side, v.importedBy, v.fileName])).toEqual([
      [1, null, null, null],
      [2, 'target', 'Luis', 'mercado.v2.en.txt'],
      [3, 'source', 'Luis', 'mercado.v3.es.txt']
    ])
  })

  it('gives both sides as each version had them, the reviewer’s corrections of the time included', async () => {
    const call = apiCaller(openServices(tempDir(), { checks: [] }).handlers)
    const documentId = await threeVersions(call)
    const v1 = await call('getVersionTexts', { documentId, version: 1 })
    expect(v1.source).toEqual(SOURCE)
    expect(v1.target).toEqual([TARGET[0], 'It has forty stalls and a parking lot.', TARGET[2]])
    const v2 = await call('getVersionTexts', { documentId, version: 2 })
    expect([v2.source, v2.target]).toEqual([SOURCE, TARGET_2])
    const v3 = await call('getVersionTexts', { documentId, version: 3 })
    expect([v3.source, v3.target]).toEqual([SOURCE_3, TARGET_2])
    await expect(call('getVersionTexts', { documentId, version: 4 })).rejects.toThrow()
  })

  it('shows a changed segment as it was reviewed beside what it reads now, and nothing for the others', async () => {
    const call = apiCaller(openServices(tempDir(), { checks: [] }).handlers)
    const documentId = await threeVersions(call)
    expect(await call('getSegmentChange', { documentId, segment: 1 })).toEqual({
      from: 2,
      to: 3,
      side: 'source',
      before: SOURCE[1],
      after: SOURCE_3[1]
    })
    expect(await call('getSegmentChange', { documentId, segment: 0 })).toBeNull()
  })

  it('exports a version as the plain-text pair, which imports back as the same texts, and as TMX', async () => {
    const call = apiCaller(openServices(tempDir(), { checks: [] }).handlers)
    const documentId = await threeVersions(call)
    const pair = await call('exportVersion', { documentId, version: 2, format: 'txt-pair' })
    expect(pair.fileName).toBe('Mercado.v2.txt')
    const project = await call('createProject', { name: 'Copia' })
    const { document } = await call('importCombined', {
      projectId: project.id,
      file: { name: pair.fileName, base64: pair.base64 }
    })
    const copy = await call('getDocument', { documentId: document.id })
    expect(copy.source.map((p) => p.text)).toEqual(SOURCE)
    expect(copy.target.map((p) => p.text)).toEqual(TARGET_2)

    const tmx = text(await call('exportVersion', { documentId, version: 1, format: 'tmx' }))
    expect(tmx).toContain('<seg>Tiene cuarenta puestos y un aparcamiento.</seg>')
    expect(tmx).toContain('<seg>It has forty stalls and a parking lot.</seg>')
  })
})
