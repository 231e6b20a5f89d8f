import i18next from 'i18next'
import { renderToStaticMarkup } from 'react-dom/server'
import { I18nextProvider } from 'react-i18next'
import { describe, expect, it } from 'vitest'
import type { CheckCoverage, CheckFailure } from '../../../../../../src/core/domain/findings'
import en from '../../../../../../src/renderer/src/i18n/locales/en.json'
import es from '../../../../../../src/renderer/src/i18n/locales/es.json'
import { DocumentLanguages } from '../../../../../../src/renderer/src/features/review/DocumentLanguages'

const COVERAGE: CheckCoverage = { ran: ['numbers', 'spelling', 'glossary'], skipped: [] }
const failed = (checkId: string): CheckFailure => ({
  checkId,
  documentId: '1',
  error: 'The check took longer than 120 s and was stopped.'
})

async function render(lng: 'en' | 'es', checks: CheckCoverage | null, failures: CheckFailure[]): Promise<string> {
  const i18n = i18next.createInstance()
  await i18n.init({
    // Check titles come from the checks at start-up (registerCheckMessages).
    resources: {
      en: { translation: { ...en, checks: { ...en.checks, spelling: { title: 'Spelling' } } } },
      es: {
        translation: {
          ...es,
          checks: { ...es.checks, spelling: { title: 'Ortografía' }, numbers: { title: 'Cifras' } }
        }
      }
    },
    lng,
    fallbackLng: 'en',
    interpolation: { escapeValue: false }
  })
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <DocumentLanguages document={{ sourceLang: 'es', targetLang: 'en' }} checks={checks} failures={failures} />
    </I18nextProvider>
  )
}

describe('which checks ran on the document', () => {
  it('says, as an alert, which checks failed and so found nothing, each named once', async () => {
    const html = await render('en', COVERAGE, [failed('spelling'), failed('spelling')])
    expect(html).toContain('role="alert"')
    expect(html).toContain('1 check failed on this document, so its findings are missing: Spelling')
    const es2 = await render('es', COVERAGE, [failed('spelling'), failed('numbers')])
    expect(es2).toContain('2 comprobaciones fallaron en este documento y faltan sus hallazgos: Ortografía, Cifras')
  })

  it('shows no alert when every check ran, nor while the checks are still running', async () => {
    expect(await render('en', COVERAGE, [])).not.toContain('check-failures')
    expect(await render('en', null, [failed('spelling')])).not.toContain('check-failures')
  })
})
