import { describe, expect, it } from 'vitest'
import { openServices, type Services } from '../../../../src/backend/services/open'
import { firstUnsupportedCharacter } from '../../../../src/core/formats/encoding'
import { apiCaller, apiFailure } from '../../support/api'
import { tempDir } from '../../support/fs'

const RELEASE_ES = 'El ministro habló en Lima.\n\nLa reunión terminó a las 5.'
const RELEASE_EN = 'The minister spoke in Lima.\n\nThe meeting ended at 5.'

function counts(services: Services): Record<string, number> {
  const n = (t: string): number => (services.db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n
  return { document: n('document'), paragraph: n('paragraph'), correction: n('correction') }
}

describe('characters exports cannot carry', () => {
  it('names the first one and where it is; tab, line breaks and emoji are fine', () => {
    expect(firstUnsupportedCharacter(['Bien.', 'Salto\fde página'])).toEqual({
      paragraph: 1,
      offset: 5,
      character: 'U+000C'
    })
    expect(firstUnsupportedCharacter(['a\uFFFEb'])?.character).toBe('U+FFFE')
    expect(firstUnsupportedCharacter(['suelto \uD800'])?.character).toBe('U+D800')
    expect(firstUnsupportedCharacter(['tab\tLF\nCR\r 😀 «ñ»'])).toBeNull()
  })

  it('refuses a paste holding one, saying which and where, and stores nothing', async () => {
    const services = openServices(tempDir())
    const call = apiCaller(services.handlers)
    const project = await call('createProject', { name: 'p' })
    const before = counts(services)
    const error = await apiFailure(
      call('importPasted', {
        projectId: project.id,
        name: 'pegado',
        source: RELEASE_ES,
        target: 'The minister spoke in Lima.\n\nThe meeting\u0001 ended at 5.'
      })
    )
    expect(error?.code).toBe('import.unsupportedCharacter')
    expect(error?.params).toEqual({ file: 'target', paragraph: 2, character: 'U+0001' })
    expect(counts(services)).toEqual(before)
    services.close()
  })

  it('refuses a correction holding one and keeps the paragraph as it was', async () => {
    const services = openServices(tempDir())
    const call = apiCaller(services.handlers)
    const project = await call('createProject', { name: 'p' })
    const { document } = await call('importPasted', {
      projectId: project.id,
      name: 'pegado',
      source: RELEASE_ES,
      target: RELEASE_EN
    })
    const error = await apiFailure(
      call('editTarget', {
        documentId: document.id,
        paragraph: 0,
        text: 'The minister\u000B spoke in Lima.'
      })
    )
    expect(error?.code).toBe('review.unsupportedCharacter')
    expect(error?.params).toEqual({ character: 'U+000B' })
    const view = await call('getDocument', { documentId: document.id })
    expect(view.target[0]?.text).toBe('The minister spoke in Lima.')
    expect(counts(services).correction).toBe(0)
    services.close()
  })
})
