import { describe, expect, it } from 'vitest'
import en from '../../../../src/renderer/src/i18n/locales/en.json'
import es from '../../../../src/renderer/src/i18n/locales/es.json'
import { REPORT_LABELS } from '../../../../src/core/review/report/labels'

const UI = { en, es }

describe('report labels', () => {
  it.each(['en', 'es'] as const)('name categories, families, roles and severities as the %s UI does', (lang) => {
    const L = REPORT_LABELS[lang]
    const ui = UI[lang]
    const uiCategories = Object.fromEntries(
      Object.entries(ui.categories).map(([key, name]) => [key.replace('__', '/'), name])
    )
    expect(L.categories).toEqual(uiCategories)
    expect(L.families).toEqual(ui.families)
    expect(L.roles).toEqual(ui.roles)
    expect(L.severities).toEqual(ui.severity)
    expect(L.queryStatuses).toEqual(ui.queryStatus)
  })
})
