import i18next from 'i18next'
import { renderToStaticMarkup } from 'react-dom/server'
import { I18nextProvider } from 'react-i18next'
import { describe, expect, it } from 'vitest'
import type { DocumentReview } from '../../../../../../src/core/domain/review'
import type { ReviewerRole } from '../../../../../../src/core/domain/review'
import en from '../../../../../../src/renderer/src/i18n/locales/en.json'
import es from '../../../../../../src/renderer/src/i18n/locales/es.json'
import { SignoffDialog } from '../../../../../../src/renderer/src/features/review/dialogs/SignoffDialog'

/** A document whose findings are still being checked: the dialog must not read anything else of it. */
const CHECKING = { findingsState: 'checking' } as DocumentReview

async function render(lng: 'en' | 'es', role: ReviewerRole): Promise<string> {
  const i18n = i18next.createInstance()
  await i18n.init({
    resources: { en: { translation: en }, es: { translation: es } },
    lng,
    interpolation: { escapeValue: false }
  })
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <SignoffDialog
        action="approve"
        reviewer={{ name: 'Marta', role }}
        data={CHECKING}
        onConfirm={() => undefined}
        onClose={() => undefined}
      />
    </I18nextProvider>
  )
}

describe('the sign-off dialog opened while the checks run', () => {
  it('says approval waits for the checks, offers nothing to type and cannot be confirmed', async () => {
    const html = await render('en', 'communications')
    expect(html).toContain('data-testid="signoff-waiting"')
    expect(html).toContain(en.review.signoff.waitForChecks)
    expect(html).not.toContain('data-testid="signoff-note"')
    expect(html).not.toContain('data-testid="signoff-open-queries"')
    expect(html).toMatch(/data-testid="signoff-confirm"[^>]*disabled|disabled[^>]*data-testid="signoff-confirm"/)
  })

  it('tells a role that cannot approve so as well, in Spanish too', async () => {
    const html = await render('es', 'reviewer')
    expect(html).toContain('data-testid="signoff-role-refused"')
    expect(html).toContain(es.review.signoff.waitForChecks)
  })
})
