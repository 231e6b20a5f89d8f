import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Dialog, DialogButtons } from '@renderer/components/Dialog'

interface Props {
  /** 0-based positions of the segments (one from its row or key, several from the shown rows). */
  segments: readonly number[]
  onConfirm: (reason: string | null) => void
  onClose: () => void
}

/** Reject segments (send them back to the translator), with an optional reason the translator will read. */
export function RejectDialog({ segments, onConfirm, onClose }: Props): React.JSX.Element {
  const { t } = useTranslation()
  const [reason, setReason] = useState('')
  const submit = (e: React.FormEvent): void => {
    e.preventDefault()
    onConfirm(reason.trim() || null)
  }
  return (
    <Dialog
      title={
        segments.length === 1
          ? t('review.reject.title', { n: (segments[0] ?? 0) + 1 })
          : t('review.reject.titleMany', { count: segments.length })
      }
      onClose={onClose}
      testId="reject-dialog"
    >
      <form onSubmit={submit} className="stack">
        <p>{t('review.reject.help')}</p>
        <label className="field">
          <span>{t('review.reject.reason')}</span>
          <input
            autoFocus
            value={reason}
            maxLength={2000}
            onChange={(e) => setReason(e.target.value)}
            data-testid="reject-reason"
          />
        </label>
        <DialogButtons label={t('review.reject.confirm')} testId="reject-confirm" onCancel={onClose} />
      </form>
    </Dialog>
  )
}
