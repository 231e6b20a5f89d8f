import { useTranslation } from 'react-i18next'
import type { AuditEntry } from '@core/domain/review'
import { Dialog } from '@renderer/components/Dialog'
import { categoryKey } from '@renderer/features/review/categories'
import { DiffText } from '@renderer/features/review/DiffText'
import { useFindingText } from '@renderer/features/review/FindingsPanel'

/** The document's audit log: every edit, accept, ignore, status change and sign-off, oldest first. */
export function AuditDialog({ entries, onClose }: { entries: AuditEntry[]; onClose: () => void }): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const findingText = useFindingText()
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'medium' })
  const summary = (e: AuditEntry): React.ReactNode => {
    const d = e.details
    const text = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '')
    const roleName = (role: unknown): string => (role ? t(`roles.${text(role)}`, { defaultValue: text(role) }) : '')
    const identity = (v: unknown): string => {
      const who = (v ?? {}) as { name?: unknown; role?: unknown }
      return t('review.audit.actorRole', { name: text(who.name), role: roleName(who.role) })
    }
    switch (e.action) {
      case 'edit':
      case 'accept':
      case 'undo':
      case 'redo':
        // The change as a phrase diff, then why: the error's category and severity, the comment.
        return (
          <>
            #{Number(d.paragraph) + 1}: <DiffText before={text(d.before)} after={text(d.after)} />
            {[
              d.category ? t(categoryKey(text(d.category)), { defaultValue: text(d.category) }) : '',
              d.severity ? t(`severity.${text(d.severity)}`, { defaultValue: text(d.severity) }) : '',
              d.comment ? `“${text(d.comment)}”` : ''
            ]
              .filter(Boolean)
              .map((why) => ` · ${why}`)
              .join('')}
          </>
        )
      case 'status': {
        // A rejection's reason follows it, as an ignored finding's does.
        const status = `${t(`segmentStatus.${text(d.status)}`)}${d.reason ? ` · “${text(d.reason)}”` : ''}`
        if (!Array.isArray(d.segments)) return `#${Number(d.segment) + 1}: ${status}`
        const numbers = d.segments.map((s) => `#${Number(s) + 1}`)
        const list = numbers.length > 10 ? `${numbers.slice(0, 10).join(', ')}…` : numbers.join(', ')
        return t('review.audit.segments', { count: numbers.length, list, status })
      }
      case 'ignore': {
        // In the reader's language when the entry says which message it was (older entries: as stored).
        const message = findingText({
          checkId: text(d.checkId),
          messageKey: text(d.messageKey),
          params: (d.params ?? {}) as Record<string, string | number>,
          message: text(d.message)
        }).message
        return `${message}${d.reason ? ` · ${text(d.reason)}` : ''}`
      }
      case 'approve':
      case 'reopen':
        return [
          roleName(d.role),
          // Withdrawn by a new version: the reason in the reader's language, not the stored note.
          d.reason === 'newVersion' ? t('version.reopenReason') : text(d.note),
          d.override ? t('review.audit.override', { reason: text(d.override) }) : ''
        ]
          .filter(Boolean)
          .join(' · ')
      case 'identity':
        return t('review.audit.identity', { before: identity(d.before), after: identity(d.after) })
      case 'query':
        return text(d.question)
      case 'import':
        return text(d.name)
      case 'rename':
        return `“${text(d.before)}” → “${text(d.after)}”`
      case 'importVersion':
        return [
          text(d.file),
          t('version.changed', { count: Number(d.changed) }),
          t('version.notTaken', { count: Number(d.notTaken) })
        ]
          .filter(Boolean)
          .join(' · ')
      default:
        return ''
    }
  }
  return (
    <Dialog
      title={t('review.audit.title')}
      onClose={onClose}
      readOnly
      wide
      testId="audit-dialog"
      footer={
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      }
    >
      <table className="table" data-testid="audit-log">
        <thead>
          <tr>
            <th>{t('review.audit.when')}</th>
            <th>{t('review.audit.who')}</th>
            <th>{t('review.audit.action')}</th>
            <th>{t('review.audit.details')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id} data-action={e.action}>
              <td>{format.format(new Date(e.createdAt))}</td>
              <td>{e.role ? t('review.audit.actorRole', { name: e.actor, role: t(`roles.${e.role}`) }) : e.actor}</td>
              <td>{t(`auditAction.${e.action}`, { defaultValue: e.action })}</td>
              <td className="audit-details">{summary(e)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  )
}
