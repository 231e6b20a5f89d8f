import i18next from 'i18next'
import { renderToStaticMarkup } from 'react-dom/server'
import { I18nextProvider } from 'react-i18next'
import { describe, expect, it } from 'vitest'
import type { AuditEntry } from '../../../../../../src/core/domain/review'
import en from '../../../../../../src/renderer/src/i18n/locales/en.json'
import es from '../../../../../../src/renderer/src/i18n/locales/es.json'
import { AuditDialog } from '../../../../../../src/renderer/src/features/review/dialogs/AuditDialog'

const entry = (action: string, details: Record<string, unknown>): AuditEntry => ({
  id: action.length,
  documentId: 1,
  action,
  actor: 'Rosa Paz',
  role: 'reviewer',
  details,
  createdAt: '2026-12-07T10:00:00.000Z'
})

const ENTRIES: AuditEntry[] = [
  entry('edit', {
    paragraph: 2,
    before: 'The Ministry of Health opened the centre.',
    after: 'The Secretariat of Health opened the centre.',
    category: 'terminology/inconsistent-with-termbase',
    severity: 'major',
    comment: 'Glosario 2026'
  }),
  entry('ignore', {
    checkId: 'made-up-check',
    messageKey: 'dropped',
    params: { word: 'gratuito' },
    message: 'The word “gratuito” is missing',
    reason: 'Dicho en el titular'
  })
]

/** A check's messages, as the app registers them from the check's own catalogue. */
const CHECK = {
  en: { messages: { dropped: 'The word “{{word}}” is missing' } },
  es: { messages: { dropped: 'Falta la palabra «{{word}}»' } }
}

async function render(lng: 'en' | 'es'): Promise<string> {
  const i18n = i18next.createInstance()
  await i18n.init({
    resources: {
      en: { translation: { ...en, checks: { ...en.checks, 'made-up-check': CHECK.en } } },
      es: { translation: { ...es, checks: { ...es.checks, 'made-up-check': CHECK.es } } }
    },
    lng,
    fallbackLng: 'en',
    interpolation: { escapeValue: false }
  })
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <AuditDialog entries={ENTRIES} onClose={() => {}} />
    </I18nextProvider>
  )
}

describe('audit log', () => {
  it('shows a correction as a phrase diff with its category, severity and comment in words', async () => {
    const html = await render('en')
    expect(html).toContain('<del class="diff-removed">Ministry</del>')
    expect(html).toContain('<ins class="diff-added">Secretariat</ins>')
    expect(html).toContain('Wrong term (termbase) · Major · “Glosario 2026”')
    expect(html).not.toContain('terminology/inconsistent-with-termbase')
  })

  it('shows an ignored finding’s message in the reader’s language', async () => {
    const html = await render('es')
    expect(html).toContain('Falta la palabra «gratuito» · Dicho en el titular')
    expect(html).toContain('Término incorrecto (glosario) · Grave')
  })
})
