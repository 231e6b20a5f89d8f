import { describe, expect, it } from 'vitest'
import JSZip from 'jszip'
import { safeFileName } from '../../../../src/backend/services/exports'
import { openServices } from '../../../../src/backend/services/open'
import { createDocumentStore } from '../../../../src/backend/store/documents'
import { placeholder } from '../../../../src/core/domain/inline-codes'
import { apiCaller } from '../../support/api'
import { tempDir } from '../../support/fs'

describe('export file names', () => {
  it('drop bidirectional controls, so a name cannot show one extension and hold another', () => {
    expect(safeFileName('Nota\u202Efdp.exe')).toBe('Notafdp.exe')
    expect(safeFileName('Aviso\u2067 oficial\u2069')).toBe('Aviso oficial')
  })

  it('replace separators and control characters, and keep accents', () => {
    expect(safeFileName('Nota: 3/12 "Año"\u0085')).toBe('Nota_ 3_12 _Año_')
    expect(safeFileName('Comunicación\tconjunta')).toBe('Comunicación_conjunta')
  })

  it('never give an empty or hidden name', () => {
    expect(safeFileName('\u202E\u200B')).toBe('document')
    expect(safeFileName('..informe')).toBe('informe')
  })
})

describe('exports of a document with inline codes', () => {
  it('strip the codes from CSV, Word and the report, and show the document with them', async () => {
    const services = openServices(tempDir())
    const call = apiCaller(services.handlers)
    const project = await call('createProject', { name: 'P' })
    const documents = createDocumentStore(services.db, () => '2026-01-01T00:00:00Z')
    const [B, EB] = [placeholder(0), placeholder(1)]
    const doc = documents.insert({
      projectId: project.id,
      name: 'Handleiding',
      sourceLang: 'en-US',
      targetLang: 'nl-NL',
      origin: 'xliff',
      sourceFile: null,
      targetFile: null,
      sourceEncoding: null,
      targetEncoding: null,
      source: [`Press ${B}Start${EB} now.`],
      target: [`Druk nu op ${B}Start${EB}.`],
      beads: [
        {
          source: [0],
          target: [0],
          confidence: null,
          origin: 'manual',
          codes: [
            { k: 0, kind: 'open', id: '1', label: 'g1', xml: '<g id="1">' },
            { k: 1, kind: 'close', id: '1', label: '/g1', xml: '</g>' }
          ]
        }
      ]
    })
    const view = await call('getDocument', { documentId: doc.id })
    expect(view.beads[0]?.codes?.map((c) => c.label)).toEqual(['g1', '/g1'])
    expect(view.checks.ran).toContain('tags')
    const text = async (format: 'csv' | 'report-html' | 'txt-target'): Promise<string> =>
      Buffer.from((await call('exportDocument', { documentId: doc.id, format })).base64, 'base64').toString('utf8')
    for (const format of ['csv', 'report-html', 'txt-target'] as const) {
      const out = await text(format)
      if (format !== 'report-html') expect(out, format).toContain('Druk nu op Start.')
      expect(/[\ue000-\uf8ff]/.test(out), format).toBe(false)
    }
    const docx = Buffer.from(
      (await call('exportDocument', { documentId: doc.id, format: 'docx-table' })).base64,
      'base64'
    )
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string')
    expect(/[\ue000-\uf8ff]/.test(xml)).toBe(false)
    services.close()
  })
})
