import { useTranslation } from 'react-i18next'
import { api, unwrap } from '@renderer/api/client'
import { FileActionButton } from '@renderer/components/FileActionButton'

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
  return (
    <FileActionButton
      label={t('reviewTable.button')}
      accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
      testId="apply-review-table"
      perform={perform}
      act={(file) => unwrap(api.applyReviewTable({ documentId, file }))}
      summary={(result) =>
        [
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
        ].join(' · ')
      }
    />
  )
}
