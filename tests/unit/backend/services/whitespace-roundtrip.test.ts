import { describe, expect, it } from 'vitest'
import { openServices } from '../../../../src/backend/services/open'
import { apiCaller } from '../../support/api'
import { tempDir } from '../../support/fs'

describe("whitespace through Cotejo's own exports and back", () => {
  for (const format of ['xliff-2.0', 'xliff-1.2', 'csv'] as const) {
    it(`${format}: leading and trailing spaces and tabs come back; a CRLF inside a paragraph comes back as LF`, async () => {
      const services = openServices(tempDir())
      const call = apiCaller(services.handlers)
      const project = await call('createProject', { name: 'p' })
      const { document } = await call('importPasted', {
        projectId: project.id,
        name: 'r',
        source: 'Uno.\n\nDos.',
        target: 'One.\n\nTwo.'
      })
      await call('editTarget', { documentId: document.id, paragraph: 1, text: '  Two,\r\nindented\tand kept.  ' })
      const file = await call('exportDocument', { documentId: document.id, format })
      const back = await call('importBilingual', {
        projectId: project.id,
        file: { name: file.fileName, base64: file.base64 }
      })
      const view = await call('getDocument', { documentId: back.document.id })
      expect(view.target.map((p) => p.text)).toEqual(['One.', '  Two,\nindented\tand kept.  '])
      services.close()
    })
  }
})
