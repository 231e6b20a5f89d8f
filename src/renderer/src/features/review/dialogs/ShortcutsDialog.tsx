import { useTranslation } from 'react-i18next'
import { Dialog } from '@renderer/components/Dialog'
import { SHORTCUTS } from '@renderer/features/review/shortcuts'

/** The help sheet: every review shortcut and what it does. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }): React.JSX.Element {
  const { t } = useTranslation()
  return (
    <Dialog
      title={t('review.shortcuts.title')}
      onClose={onClose}
      readOnly
      testId="shortcuts-dialog"
      footer={
        <button type="button" onClick={onClose} autoFocus>
          {t('common.close')}
        </button>
      }
    >
      <table className="table shortcuts">
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.id}>
              <td>
                <kbd>{s.label}</kbd>
              </td>
              <td>{t(`shortcuts.${s.id}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  )
}
