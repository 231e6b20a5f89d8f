import { describe, expect, it } from 'vitest'
import { readTbx } from '../../../../../src/core/formats/tbx'
import { HAS_INTEROP, interopText } from './interop'

describe.skipIf(!HAS_INTEROP)('TBX v2 glossaries with their DOCTYPE', () => {
  it('parse through the TBX reader: the external DTD is named, never refused, never read', () => {
    for (const [path, sourceLang, targetLang] of [
      ['tbx/okapi-ibm_tbx.tbx', 'en', 'fr'],
      ['tbx/okapi-oracle_TBX.tbx', 'en', 'pt']
    ] as const) {
      const text = interopText(path)
      expect(text).toContain('<!DOCTYPE martif')
      expect(readTbx(text, { sourceLang, targetLang }).entries.length).toBeGreaterThan(0)
    }
  })
})
