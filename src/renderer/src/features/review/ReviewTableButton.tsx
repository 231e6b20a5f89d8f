import { useTranslation } from 'react-i18next'
import { api, unwrap } from '@renderer/api/client'
import { FileActionButton } from '@renderer/components/FileActionButton'
import { reviewTableSummary } from './review-table-summary'

interface Props {
  documentId: number
  /** Runs the call the way the page runs every change (busy line, errors, reload). */
  perform: (action: () => Promise<unknown>) => Promise<boolean>
}

/**
 * "Apply Word review table…": the table exported for an outside reviewer (or one from Trados or
 * memoQ) comes back with edits in its target column and statuses in its status column; they become
 * corrections and status changes, and what was done (and which status cells were not understood)
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
      summary={(result) => reviewTableSummary(t, result)}
    />
  )
}
