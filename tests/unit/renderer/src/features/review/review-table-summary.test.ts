import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import type { ReviewTableResult } from '../../../../../../src/core/domain/review'
import en from '../../../../../../src/renderer/src/i18n/locales/en.json'
import es from '../../../../../../src/renderer/src/i18n/locales/es.json'
import { reviewTableSummary } from '../../../../../../src/renderer/src/features/review/review-table-summary'

async function summary(lng: 'en' | 'es', result: ReviewTableResult): Promise<string> {
  const i18n = i18next.createInstance()
  await i18n.init({
    resources: { en: { translation: en }, es: { translation: es } },
    lng,
    fallbackLng: 'en',
    interpolation: { escapeValue: false }
  })
  return reviewTableSummary(i18n.t, result)
}

const BASE: ReviewTableResult = { applied: 1, unchanged: 2, skipped: [], statusChanged: 0, unknownStatus: [] }

describe('what applying a review table did, in words', () => {
  it('says nothing of statuses when the table changed none', async () => {
    expect(await summary('en', BASE)).toBe('1 segment corrected from the table · 2 unchanged')
  })

  it('counts status changes and names the status cells it could not read, in English and Spanish', async () => {
    const one = { ...BASE, statusChanged: 1, unknownStatus: [{ id: '3', label: 'Checked twice' }] }
    expect(await summary('en', one)).toBe(
      '1 segment corrected from the table · 2 unchanged · 1 status changed from the table · 1 status not recognised, left as it was: 3 (“Checked twice”)'
    )
    const many = {
      ...BASE,
      statusChanged: 4,
      unknownStatus: [
        { id: '3', label: 'OK' },
        { id: '8', label: '¿?' }
      ]
    }
    expect(await summary('en', many)).toContain(
      '4 statuses changed from the table · 2 statuses not recognised, left as they were: 3 (“OK”), 8 (“¿?”)'
    )
    expect(await summary('es', one)).toContain(
      '1 estado cambiado desde la tabla · 1 estado no reconocido, sin cambios: 3 (“Checked twice”)'
    )
    expect(await summary('es', many)).toContain('4 estados cambiados desde la tabla · 2 estados no reconocidos')
  })
})
