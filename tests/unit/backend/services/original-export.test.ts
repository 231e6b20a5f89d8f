/**
 * CAT files through the app: imported in their own languages and segments, and written back by
 * Export → Original format in their own format and encoding, unchanged but for what was reviewed.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openServices } from '../../../../src/backend/services/open'
import { readCatFile } from '../../../../src/core/formats/cat'
import { apiCaller, apiFailure } from '../../support/api'
import { tempDir } from '../../support/fs'

const INTEROP = join(import.meta.dirname, '..', '..', '..', '..', '..', 'shared', 'fixtures', 'interop')
const have = existsSync(INTEROP)

function setup() {
  const services = openServices(tempDir(), { now: () => '2026-12-07T10:00:00.000Z' })
  return apiCaller(services.handlers)
}

const fileOf = (path: string) => ({
  name: path.split('/').at(-1) ?? path,
  base64: readFileSync(join(INTEROP, path)).toString('base64')
})
const bytesOf = (f: { base64: string }): Buffer => Buffer.from(f.base64, 'base64')

/** One file per producer and format. */
const FILES = [
  'sdlxliff/rws-QuotesSample.docx.sdlxliff',
  'mqxliff/disfr-ChangeTracking_memoQ_1.mqxliff',
  'xliff1/okapi-RB-12-Test02.xlf',
  'xliff1/okapi-test1_es.xlf',
  'xliff2/oasis22-withReorderedCodes.xlf',
  'wordfast/okapi-Test01.docx.txml',
  'tmx/omegat-ImportTest2A.tmx'
]

describe.skipIf(!have)('CAT files imported and written back', () => {
  it.each(FILES)('%s: written back byte for byte when nothing was edited', async (path) => {
    const call = setup()
    const project = await call('createProject', { name: 'Interop' })
    const { document } = await call('importBilingual', { projectId: project.id, file: fileOf(path) })
    const review = await call('getDocument', { documentId: document.id })
    expect(review.original?.fileName).toBe(path.split('/').at(-1))
    const out = await call('exportDocument', { documentId: document.id, format: 'original' })
    expect(out.fileName).toBe(path.split('/').at(-1))
    expect(bytesOf(out).equals(readFileSync(join(INTEROP, path)))).toBe(true)
  })

  it.each(FILES)('%s: an edited target is the only text that changes', async (path) => {
    const call = setup()
    const project = await call('createProject', { name: 'Interop' })
    const { document } = await call('importBilingual', { projectId: project.id, file: fileOf(path) })
    const before = await call('getDocument', { documentId: document.id })
    const paragraph = before.target.length - 1
    const edited = `${before.target[paragraph]?.text ?? ''} (revisado & <ok>)`
    await call('editTarget', { documentId: document.id, paragraph, text: edited })
    const out = await call('exportDocument', { documentId: document.id, format: 'original' })
    const back = await call('importBilingual', {
      projectId: project.id,
      file: { name: out.fileName, base64: out.base64 }
    })
    const after = await call('getDocument', { documentId: back.document.id })
    expect(after.target.map((p) => p.text)).toEqual(before.target.map((p, i) => (i === paragraph ? edited : p.text)))
    expect(after.source.map((p) => p.text)).toEqual(before.source.map((p) => p.text))
    expect(after.document.sourceLang).toBe(before.document.sourceLang)
    expect(after.document.targetLang).toBe(before.document.targetLang)
  })

  it('keeps the languages the file names', async () => {
    const call = setup()
    const project = await call('createProject', { name: 'Interop' })
    const nl = await call('importBilingual', {
      projectId: project.id,
      file: fileOf('sdlxliff/sv-Supervertaler_DOCX_Advanced_Test_Document.docx.sdlxliff')
    })
    expect([nl.document.sourceLang, nl.document.targetLang]).toEqual(['en-US', 'nl-NL'])
  })

  it('asks which language to review in a multilingual TMX, then imports that pair', async () => {
    const call = setup()
    const project = await call('createProject', { name: 'Interop' })
    const file = fileOf('tmx/omegat-test-multiple-tuv14.tmx')
    const refused = await apiFailure(call('importBilingual', { projectId: project.id, file }))
    expect(refused?.code).toBe('import.chooseTargetLanguage')
    const offered = String(refused?.params?.languages).split(', ')
    expect(offered.length).toBeGreaterThan(1)
    const choice = offered[1] ?? ''
    const { document } = await call('importBilingual', { projectId: project.id, file, targetLangChoice: choice })
    expect(document.targetLang).toBe(choice)
    const text = bytesOf(await call('exportDocument', { documentId: document.id, format: 'original' })).toString()
    expect(readCatFile(text, { targetLang: choice }).targetLang).toBe(choice)
  })

  it('keeps the file’s segmentation: alignment changes are refused with a reason', async () => {
    const call = setup()
    const project = await call('createProject', { name: 'Interop' })
    const { document } = await call('importBilingual', { projectId: project.id, file: fileOf(FILES[2] ?? '') })
    const refused = await apiFailure(
      call('editAlignment', { documentId: document.id, edit: { kind: 'mergeNext', bead: 0 } })
    )
    expect(refused?.code).toBe('alignment.fileSegments')
  })

  it('refuses Original format for a document that did not come from a CAT file', async () => {
    const call = setup()
    const project = await call('createProject', { name: 'Pasted' })
    const { document } = await call('importPasted', {
      projectId: project.id,
      name: 'Nota',
      source: 'Hola.',
      target: 'Hello.'
    })
    const refused = await apiFailure(call('exportDocument', { documentId: document.id, format: 'original' }))
    expect(refused?.code).toBe('export.noOriginal')
  })
})
