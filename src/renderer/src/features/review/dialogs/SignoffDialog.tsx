import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Dialog, DialogButtons } from '@renderer/components/Dialog'

interface Props {
  action: 'approve' | 'reopen'
  reviewerName: string
  onConfirm: (note: string | null) => void
  onClose: () => void
}

/** Approving signs the release off (and locks editing); reopening unlocks it. Both take a note. */
export function SignoffDialog({ action, reviewerName, onConfirm, onClose }: Props): React.JSX.Element {
  const { t } = useTranslation()
  const [note, setNote] = useState('')
  return (
    <Dialog title={t(`review.signoff.${action}Title`)} onClose={onClose} testId="signoff-dialog">
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault()
          onConfirm(note.trim() || null)
        }}
      >
        <p>{t(`review.signoff.${action}Help`, { name: reviewerName })}</p>
        <label className="field">
          <span>{t('review.signoff.note')}</span>
          <input
            autoFocus
            value={note}
            maxLength={2000}
            onChange={(e) => setNote(e.target.value)}
            data-testid="signoff-note"
          />
        </label>
        <DialogButtons label={t(`review.signoff.${action}`)} testId="signoff-confirm" onCancel={onClose} />
      </form>
    </Dialog>
  )
}
