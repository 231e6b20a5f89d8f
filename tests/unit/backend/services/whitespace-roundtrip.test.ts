import { describe, expect, it } from 'vitest'
import { openServices } from '../../../../src/backend/services/open'
import { apiCaller } from '../../support/api'
import { tempDir } from '../../support/fs'

/** Exports a pasted document whose targets were edited to `targets`, imports the file, reads the targets back. */
async function roundTrip(format: 'xliff-2.0' | 'xliff-1.2' | 'tmx' | 'csv', targets: string[]): Promise<string[]> {
  const services = openServices(tempDir())
  try {
    const call = apiCaller(services.handlers)
    const project = await call('createProject', { name: 'p' })
    const { document } = await call('importPasted', {
      projectId: project.id,
      name: 'r',
      source: 'Uno.\n\nDos.\n\nTres.',
      target: 'One.\n\nTwo.\n\nThree.'
    })
    for (const [paragraph, text] of targets.entries())
      await call('editTarget', { documentId: document.id, paragraph, text })
    const file = await call('exportDocument', { documentId: document.id, format, options: { tmxUnits: 'all' } })
    const back = await call('importBilingual', {
      projectId: project.id,
      file: { name: file.fileName, base64: file.base64 }
    })
    const view = await call('getDocument', { documentId: back.document.id })
    return view.target.map((p) => p.text)
  } finally {
    services.close()
  }
}

const EDITED = ['  Two,\r\nindented\tand kept.  ', 'A lone\rCR, then\nLF.', 'Mixed:\r\nCRLF,\rCR and\nLF.']

describe("whitespace and line ends through Cotejo's own exports and back", () => {
  for (const format of ['xliff-2.0', 'xliff-1.2', 'tmx'] as const) {
    it(`${format}: leading and trailing spaces, tabs, CRLF and a lone CR inside a paragraph come back as they were`, async () => {
      expect(await roundTrip(format, EDITED)).toEqual(EDITED)
    })
  }

  it('csv: spaces and tabs come back; a CRLF or a lone CR inside a paragraph comes back as LF', async () => {
    expect(await roundTrip('csv', EDITED)).toEqual(EDITED.map((t) => t.replace(/\r\n?/g, '\n')))
  })
})
