import { useTranslation } from 'react-i18next'
import { api, unwrap } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'
import { href } from '../../router'
import { useAsync } from '../../useAsync'
import { BeadGrid } from './BeadGrid'

/** A document side by side: source left, translation right, one row per alignment bead. */
export function DocumentPage({ documentId }: { documentId: number }): React.JSX.Element {
  const { t } = useTranslation()
  const view = useAsync(() => unwrap(api.getDocument({ documentId })), `document:${documentId}`)
  if (view.error) return <ErrorMessage error={view.error} />
  if (!view.data) return <p className="muted">{t('common.loading')}</p>
  const { project, document } = view.data
  return (
    <div className="page document-page">
      <nav className="breadcrumb" aria-label={t('common.breadcrumb')}>
        <a href={href({ name: 'home' })}>{t('nav.projects')}</a> ›{' '}
        <a href={href({ name: 'project', id: project.id })} data-testid="document-project">
          {project.name}
        </a>{' '}
        › <span>{document.name}</span>
      </nav>
      <header className="document-header">
        <h1 data-testid="document-name">{document.name}</h1>
        <span className="muted">
          {t('document.summary', {
            rows: document.beadCount,
            source: document.sourceParagraphCount,
            target: document.targetParagraphCount
          })}
        </span>
      </header>
      <BeadGrid view={view.data} />
    </div>
  )
}
