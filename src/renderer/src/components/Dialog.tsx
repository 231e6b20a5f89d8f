import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'

export interface DialogProps {
  title: string
  onClose: () => void
  children: React.ReactNode
  footer?: React.ReactNode
  wide?: boolean
  testId?: string
  /** Content to read, not to act on (a help sheet, a log): the body takes focus so keys scroll it. */
  readOnly?: boolean
}

/**
 * A modal on the native <dialog>: focus is trapped, Esc closes, the page behind is inert, and focus
 * goes back to what opened it (the dialog is unmounted before it closes, so the browser's own
 * return of focus would land on the page's body).
 */
export function Dialog({ title, onClose, children, footer, wide, testId, readOnly }: DialogProps): React.JSX.Element {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const el = ref.current
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    if (el && !el.open) el.showModal()
    return () => {
      el?.close()
      if (opener?.isConnected) opener.focus()
    }
  }, [])
  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog wide' : 'dialog'}
      aria-labelledby="dialog-title"
      data-testid={testId}
      onCancel={(e) => {
        e.preventDefault()
        onClose()
      }}
    >
      <h2 id="dialog-title">{title}</h2>
      {readOnly ? (
        <div className="dialog-body" tabIndex={0} role="region" aria-labelledby="dialog-title">
          {children}
        </div>
      ) : (
        <div className="dialog-body">{children}</div>
      )}
      {footer && <div className="dialog-footer">{footer}</div>}
    </dialog>
  )
}

/** The confirm and cancel buttons of a dialog form (Enter submits, Esc cancels). */
export function DialogButtons({
  label,
  testId,
  disabled,
  onCancel
}: {
  label: string
  testId: string
  disabled?: boolean
  onCancel: () => void
}): React.JSX.Element {
  const { t } = useTranslation()
  return (
    <div className="dialog-footer">
      <button type="submit" className="primary" disabled={disabled} data-testid={testId}>
        {label}
      </button>
      <button type="button" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </div>
  )
}
