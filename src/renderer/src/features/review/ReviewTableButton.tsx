import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReviewTableResult } from '@core/domain/review'
import { api, unwrap } from '@renderer/api/client'
import { readFileInput } from '@renderer/api/files'

interface Props {
  documentId: number
  /** Runs the call the way the page runs every change (busy line, errors, reload). */
  perform: (action: () => Promise<unknown>) => Promise<boolean>
}

/**
 * "Apply Word review table…": the table exported for an outside reviewer (or one from Trados or
 * memoQ) comes back with edits in its target column; they become corrections, and what was done
 * is said in words.
 */
export function ReviewTableButton({ documentId, perform }: Props): React.JSX.Element {
  const { t } = useTranslation()
  const input = useRef<HTMLInputElement>(null)
  const [result, setResult] = useState<ReviewTableResult | null>(null)
  return (
    <>
      <button type="button" onClick={() => input.current?.click()} data-testid="apply-review-table">
        {t('reviewTable.button')}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        data-testid="apply-review-table-file"
        aria-label={t('reviewTable.button')}
        onChange={(e) => {
          const file = e.target.files?.[0]
          e.target.value = ''
          if (!file) return
          setResult(null)
          void perform(async () =>
            setResult(await unwrap(api.applyReviewTable({ documentId, file: await readFileInput(file) })))
          )
        }}
      />
      {result && (
        <span role="status" className="muted" data-testid="review-table-result">
          {[
            t('reviewTable.applied', { count: result.applied }),
            t('reviewTable.unchanged', { count: result.unchanged }),
            ...(result.skipped.length > 0
              ? [
                  t('reviewTable.skipped', {
                    count: result.skipped.length,
                    ids: result.skipped.map((s) => s.id).join(', ')
                  })
                ]
              : [])
          ].join(' · ')}
        </span>
      )}
    </>
  )
}
