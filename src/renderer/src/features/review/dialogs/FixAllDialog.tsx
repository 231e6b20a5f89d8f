import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { FixAllChange } from '@core/domain/review'
import { Dialog, DialogButtons } from '@renderer/components/Dialog'
import { DiffText } from '@renderer/features/review/DiffText'

interface Props {
  changes: FixAllChange[]
  onApply: (selected: FixAllChange[]) => void
  onClose: () => void
}

/** Every occurrence a term fix would change, each with its diff, to confirm one by one or all at once. */
export function FixAllDialog({ changes, onApply, onClose }: Props): React.JSX.Element {
  const { t } = useTranslation()
  const [chosen, setChosen] = useState(() => new Set(changes.map((_, i) => i)))
  const toggle = (i: number): void =>
    setChosen((prev) => {
      const next = new Set(prev)
      if (next.has(i)) next.delete(i)
      else next.add(i)
      return next
    })
  return (
    <Dialog title={t('review.fixAll.title', { count: changes.length })} onClose={onClose} wide testId="fix-all-dialog">
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault()
          onApply(changes.filter((_, i) => chosen.has(i)))
        }}
      >
        <ul className="change-list">
          {changes.map((c, i) => (
            <li key={`${c.documentId}:${c.paragraph}`}>
              <label className="checkbox">
                <input type="checkbox" checked={chosen.has(i)} onChange={() => toggle(i)} />
                <span className="muted">
                  {c.documentName} · #{c.segment + 1}
                </span>
              </label>
              <p className="change-diff">
                <DiffText before={c.before} after={c.after} />
              </p>
            </li>
          ))}
        </ul>
        <DialogButtons
          label={t('review.fixAll.apply', { count: chosen.size })}
          testId="fix-all-apply"
          disabled={chosen.size === 0}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  )
}
