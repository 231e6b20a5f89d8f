import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SegmentChange } from '@core/domain/document'
import { api, unwrap } from '@renderer/api/client'
import { Dialog } from '@renderer/components/Dialog'
import { ErrorMessage } from '@renderer/components/ErrorMessage'
import { DiffText } from '@renderer/features/review/DiffText'

/**
 * The "changed" mark of a segment the last version changed: it opens the segment as it was when
 * reviewed (or approved) beside what it reads now, the differences marked.
 */
export function ChangedMark({ documentId, segment }: { documentId: number; segment: number }): React.JSX.Element {
  const { t } = useTranslation()
  const [change, setChange] = useState<SegmentChange | null | undefined>(undefined)
  const [error, setError] = useState<unknown>(null)
  return (
    <>
      <button
        type="button"
        className="badge"
        data-testid="changed-in-version-mark"
        title={t('version.rowChangedHelp')}
        onClick={(e) => {
          e.stopPropagation()
          setError(null)
          unwrap(api.getSegmentChange({ documentId, segment })).then(setChange, (err: unknown) => {
            setError(err)
            setChange(null)
          })
        }}
      >
        {t('version.rowChanged')}
      </button>
      {change !== undefined && (
        <Dialog
          title={t('history.segmentTitle', { n: segment + 1 })}
          onClose={() => setChange(undefined)}
          wide
          testId="segment-change"
        >
          <ErrorMessage error={error} />
          {change === null ? (
            !error && <p className="muted">{t('history.segmentUnchanged')}</p>
          ) : (
            <>
              <p className="muted">
                {t('history.segmentHelp', {
                  from: change.from,
                  to: change.to,
                  side: t(change.side === 'source' ? 'history.source' : 'history.target')
                })}
              </p>
              <table className="table version-compare">
                <thead>
                  <tr>
                    <th>{t('history.versionNumber', { number: change.from })}</th>
                    <th>{t('history.versionNumber', { number: change.to })}</th>
                  </tr>
                </thead>
                <tbody>
                  <tr>
                    <td data-testid="segment-change-before">{change.before || <em>{t('history.new')}</em>}</td>
                    <td data-testid="segment-change-after">
                      <DiffText before={change.before} after={change.after} />
                    </td>
                  </tr>
                </tbody>
              </table>
            </>
          )}
        </Dialog>
      )}
    </>
  )
}
