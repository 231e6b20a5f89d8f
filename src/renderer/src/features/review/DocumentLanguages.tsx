import { useTranslation } from 'react-i18next'
import type { CheckCoverage, CheckFailure, SkipReason } from '@core/domain/findings'
import type { DocumentSummary } from '@core/domain/document'
import { languageName } from '@renderer/i18n/languages'

interface Props {
  document: Pick<DocumentSummary, 'sourceLang' | 'targetLang'>
  /** Null while the checks run. */
  checks: CheckCoverage | null
  /** Checks that failed on this document (an error, or stopped past their time budget). */
  failures: readonly CheckFailure[]
}

const REASONS: readonly SkipReason[] = ['languages', 'disabled']

/**
 * The document's languages, by name in the UI's language with the tag as a tooltip, and which
 * checks ran on it: a pair other than Spanish↔English gets only the language-independent ones, and
 * the reviewer must see that rather than read a short list of findings as a clean translation. The
 * same goes for a check that failed.
 */
export function DocumentLanguages({ document, checks, failures }: Props): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const name = (tag: string): string => languageName(tag, i18n.language)
  const title = (id: string): string => t(`checks.${id}.title`, { defaultValue: id })
  const failedIds = [...new Set(failures.map((f) => f.checkId))]
  return (
    <>
      <span
        data-testid="document-languages"
        title={`${document.sourceLang} → ${document.targetLang}`}
        aria-label={t('review.languages.label', {
          source: name(document.sourceLang),
          target: name(document.targetLang)
        })}
      >
        {t('review.languages.pair', { source: name(document.sourceLang), target: name(document.targetLang) })}
      </span>
      {/* A failed check found nothing: its silence must not read as a clean translation. */}
      {checks && failures.length > 0 && (
        <p className="check-failures" role="alert" data-testid="check-failures">
          {t('review.checksFailed', { count: failedIds.length })} {failedIds.map(title).join(', ')}
        </p>
      )}
      {/* Which checks ran is known once they have. */}
      {checks && (
        <details className="check-coverage" data-testid="check-coverage">
          <summary>
            {checks.skipped.length === 0
              ? t('review.checksRun.all', { count: checks.ran.length })
              : t('review.checksRun.some', {
                  count: checks.ran.length,
                  total: checks.ran.length + checks.skipped.length
                })}
          </summary>
          {REASONS.map((reason) => {
            const ids = checks.skipped.filter((s) => s.reason === reason).map((s) => s.checkId)
            if (ids.length === 0) return null
            return (
              <p key={reason} data-testid={`checks-skipped-${reason}`}>
                {t(`review.checksSkipped.${reason}`, { count: ids.length })} {ids.map(title).join(', ')}
              </p>
            )
          })}
          <p data-testid="checks-ran">
            {t('review.checksRun.list')} {checks.ran.map(title).join(', ')}
          </p>
        </details>
      )}
    </>
  )
}
