import { describe, expect, it } from 'vitest'
import en from '../../../../src/renderer/src/i18n/locales/en.json'
import es from '../../../../src/renderer/src/i18n/locales/es.json'
import { EXPORT_FORMAT_TABLE, EXPORT_FORMATS } from '../../../../src/core/formats/export-formats'

// i18next reads 'export.formats.xliff-2.0' as the path export → formats → 'xliff-2.0' (ids hold dots).
const lookup = (catalogue: { export: { formats: Record<string, string> } }, key: string): unknown =>
  key.startsWith('export.formats.') ? catalogue.export.formats[key.slice('export.formats.'.length)] : undefined

describe('the export format table', () => {
  it('gives every format a menu label in both UI languages', () => {
    for (const f of EXPORT_FORMAT_TABLE) {
      expect(typeof lookup(en, f.labelKey), `${f.id} in en`).toBe('string')
      expect(typeof lookup(es, f.labelKey), `${f.id} in es`).toBe('string')
    }
  })

  it('lists each id once, in menu order: the original format, then XLIFF 2.0', () => {
    expect(new Set(EXPORT_FORMATS).size).toBe(EXPORT_FORMATS.length)
    expect(EXPORT_FORMATS.slice(0, 2)).toEqual(['original', 'xliff-2.0'])
  })
})
