import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { FindingView } from '@core/domain/findings'
import { Dialog, DialogButtons } from '@renderer/components/Dialog'
import { useFindingText } from '@renderer/features/review/FindingsPanel'

interface Props {
  finding: FindingView
  onConfirm: (reason: string | null, scope: 'document' | 'project') => void
  onClose: () => void
}

/** Ignore a false positive, with an optional reason, here or for every identical case in the project. */
export function IgnoreDialog({ finding, onConfirm, onClose }: Props): React.JSX.Element {
  const { t } = useTranslation()
  const text = useFindingText()(finding)
  const [reason, setReason] = useState('')
  const [everywhere, setEverywhere] = useState(false)
  const submit = (e: React.FormEvent): void => {
    e.preventDefault()
    onConfirm(reason.trim() || null, everywhere ? 'project' : 'document')
  }
  return (
    <Dialog title={t('review.ignore.title')} onClose={onClose} testId="ignore-dialog">
      <form onSubmit={submit} className="stack">
        <p>
          <strong>{text.title}</strong>: {text.message}
        </p>
        <label className="field">
          <span>{t('review.ignore.reason')}</span>
          <input
            autoFocus
            value={reason}
            maxLength={2000}
            onChange={(e) => setReason(e.target.value)}
            data-testid="ignore-reason"
          />
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={everywhere} onChange={(e) => setEverywhere(e.target.checked)} />
          {t('review.ignore.everywhere')}
        </label>
        <DialogButtons label={t('review.ignore.confirm')} testId="ignore-confirm" onCancel={onClose} />
      </form>
    </Dialog>
  )
}
