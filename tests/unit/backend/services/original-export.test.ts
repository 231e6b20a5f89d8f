/**
 * CAT files through the app: imported in their own languages and segments, and written back by
 * Export → Original format in their own format and encoding, unchanged but for what was reviewed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openServices } from '../../../../src/backend/services/open'
import { readCatFile } from '../../../../src/core/formats/cat'
import { apiCaller, apiFailure, type ApiCall } from '../../support/api'
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

/** Every bilingual file of the interop folder (Trados, memoQ, Wordfast, OmegaT, Okapi, OASIS, LISA…). */
const FILES = have
  ? ['xliff1', 'sdlxliff', 'mqxliff', 'wordfast', 'xliff2', 'tmx'].flatMap((dir) =>
      readdirSync(join(INTEROP, dir)).map((f) => `${dir}/${f}`)
    )
  : []

/** Imports a file as a user would; a multilingual TMX is asked for its first target language. */
async function importCat(call: ApiCall, projectId: number, path: string) {
  const file = fileOf(path)
  const first = await apiFailure(call('importBilingual', { projectId, file }))
  if (first === undefined || first.code !== 'import.chooseTargetLanguage')
    return call('importBilingual', { projectId, file })
  const targetLangChoice = String(first.params?.languages).split(', ')[0]
  return call('importBilingual', { projectId, file, ...(targetLangChoice ? { targetLangChoice } : {}) })
}

describe.skipIf(!have)('CAT files imported and written back', () => {
  it.each(FILES)('%s: written back byte for byte when nothing was edited', async (path) => {
    const call = setup()
    const project = await call('createProject', { name: 'Interop' })
    const { document } = await importCat(call, project.id, path)
    const review = await call('getDocument', { documentId: document.id })
    expect(review.original?.fileName).toBe(path.split('/').at(-1))
    const out = await call('exportDocument', { documentId: document.id, format: 'original' })
    expect(out.fileName).toBe(path.split('/').at(-1))
    expect(bytesOf(out).equals(readFileSync(join(INTEROP, path)))).toBe(true)
  })

  it.each(FILES)('%s: an edited target is the only text that changes', async (path) => {
    const call = setup()
    const project = await call('createProject', { name: 'Interop' })
    const { document } = await importCat(call, project.id, path)
    const before = await call('getDocument', { documentId: document.id })
    // Files with sources only (to be translated) have no target to edit.
    if (before.target.length === 0) return
    const paragraph = before.target.length - 1
    const edited = `${before.target[paragraph]?.text ?? ''} (revisado & <ok>)`
    await call('editTarget', { documentId: document.id, paragraph, text: edited })
    const out = await call('exportDocument', { documentId: document.id, format: 'original' })
    const back = await call('importBilingual', {
      projectId: project.id,
      file: { name: out.fileName, base64: out.base64 },
      targetLangChoice: before.document.targetLang
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

  it('reads a segment the file marks rejected as rejected, shows a new one with the file’s own state, and writes nothing of either back', async () => {
    const call = setup()
    const project = await call('createProject', { name: 'Interop' })
    const path = 'sdlxliff/matecat-Test_stati_sdlxliff.txt_it-IT_en-US.sdlxliff'
    const { document } = await call('importBilingual', { projectId: project.id, file: fileOf(path) })
    const view = await call('getDocument', { documentId: document.id })
    const shown = view.beads.flatMap((b) =>
      b.notes.filter((n) => n.category === 'file-state').map((n) => [n.text, b.status])
    )
    expect(shown).toEqual(expect.arrayContaining([['sdl:conf=Draft', 'untouched']]))
    expect(shown.map(([text]) => text).every((t) => /Draft/.test(String(t)))).toBe(true)
    // RejectedTranslation and RejectedSignOff, twice each in the file.
    expect(view.beads.filter((b) => b.status === 'rejected')).toHaveLength(4)
    const back = await call('exportDocument', { documentId: document.id, format: 'original' })
    expect(bytesOf(back).equals(readFileSync(join(INTEROP, path)))).toBe(true)
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
    const { document } = await call('importBilingual', {
      projectId: project.id,
      file: fileOf('xliff1/okapi-RB-12-Test02.xlf')
    })
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
