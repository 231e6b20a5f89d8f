import { useTranslation } from 'react-i18next'
import type { SourceQuery } from '@core/domain/review'
import { Dialog } from '@renderer/components/Dialog'

interface Props {
  queries: SourceQuery[]
  onStatus: (q: SourceQuery, status: SourceQuery['status']) => void
  onClose: () => void
}

/** Questions for the source author, with their state; they are exported with the review report. */
export function QueriesDialog({ queries, onStatus, onClose }: Props): React.JSX.Element {
  const { t } = useTranslation()
  return (
    <Dialog
      title={t('review.query.listTitle', { count: queries.length })}
      onClose={onClose}
      wide
      testId="queries-dialog"
      footer={
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      }
    >
      {queries.length === 0 && <p className="muted">{t('review.query.none')}</p>}
      <ul className="card-list">
        {queries.map((q) => (
          <li key={q.id} className="query">
            <div>
              <span className="muted">
                #{q.beadPosition + 1} · {q.author}
              </span>
              <blockquote lang="es">{q.sourceText}</blockquote>
              <p>{q.question}</p>
            </div>
            <select
              aria-label={t('review.query.status')}
              value={q.status}
              onChange={(e) => onStatus(q, e.target.value as SourceQuery['status'])}
            >
              {(['open', 'answered', 'closed'] as const).map((s) => (
                <option key={s} value={s}>
                  {t(`queryStatus.${s}`)}
                </option>
              ))}
            </select>
          </li>
        ))}
      </ul>
    </Dialog>
  )
}
