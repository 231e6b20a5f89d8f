import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, unwrap } from '@renderer/api/client'
import { ErrorMessage } from '@renderer/components/ErrorMessage'
import { href, navigate } from '@renderer/router'
import { useAsync } from '@renderer/useAsync'
import { importDropped } from '@renderer/features/import/importDropped'
import { useDropFiles } from '@renderer/features/import/useDropFiles'
import { MemorySection } from '@renderer/features/memory/MemorySection'

/** Projects, a form to start one, and the recent files. Dropping files here starts a project from them. */
export function HomePage(): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const projects = useAsync(() => unwrap(api.listProjects({})), 'projects')
  const recent = useAsync(() => unwrap(api.listRecentFiles({})), 'recent')
  const [name, setName] = useState('')
  const [error, setError] = useState<unknown>(null)

  async function create(e: React.FormEvent): Promise<void> {
    e.preventDefault()
    setError(null)
    try {
      const project = await unwrap(api.createProject({ name }))
      navigate({ name: 'project', id: project.id })
    } catch (err) {
      setError(err)
    }
  }

  const onDrop = useCallback(async (files: File[]) => {
    setError(null)
    let projectId: number | null = null
    try {
      const project = await unwrap(api.createProject({ name: (files[0]?.name ?? 'Release').replace(/\.[^.]+$/, '') }))
      projectId = project.id
      const result = await importDropped(project.id, files)
      navigate({ name: 'document', id: result.document.id })
    } catch (err) {
      // The empty project is removed again: a failed drop leaves nothing behind.
      if (projectId !== null) await api.deleteProject({ projectId })
      setError(err)
    }
  }, [])
  const dragging = useDropFiles(useCallback((files: File[]) => void onDrop(files), [onDrop]))
  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' })

  return (
    <div className={dragging ? 'page dropping' : 'page'}>
      <section className="panel">
        <h1>{t('home.title')}</h1>
        <p className="muted">{t('home.intro')}</p>
        <form className="inline-form" onSubmit={(e) => void create(e)}>
          <label htmlFor="new-project-name" className="visually-hidden">
            {t('home.newProjectName')}
          </label>
          <input
            id="new-project-name"
            placeholder={t('home.newProjectName')}
            value={name}
            maxLength={200}
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit" className="primary" disabled={name.trim() === ''}>
            {t('home.createProject')}
          </button>
        </form>
        <p className="muted drop-hint">{t('home.dropHint')}</p>
        <ErrorMessage error={error ?? projects.error} />
      </section>

      <section className="panel" aria-labelledby="projects-title">
        <h2 id="projects-title">{t('home.projects')}</h2>
        {projects.data?.length === 0 && <p className="muted">{t('home.noProjects')}</p>}
        <ul className="card-list" data-testid="project-list">
          {projects.data?.map((p) => (
            <li key={p.id}>
              <a href={href({ name: 'project', id: p.id })}>{p.name}</a>
              <span className="muted">
                {t('home.documentCount', { count: p.documentCount })} · {dateFormat.format(new Date(p.updatedAt))}
              </span>
            </li>
          ))}
        </ul>
      </section>

      <section className="panel" aria-labelledby="recent-title">
        <h2 id="recent-title">{t('home.recentFiles')}</h2>
        {recent.data?.length === 0 && <p className="muted">{t('home.noRecentFiles')}</p>}
        <ul className="card-list" data-testid="recent-files">
          {recent.data?.map((f) => (
            <li key={f.id}>
              {f.documentId !== null ? (
                <a href={href({ name: 'document', id: f.documentId })} title={f.path ?? f.name}>
                  {f.name}
                </a>
              ) : (
                <span title={f.path ?? f.name}>{f.name}</span>
              )}
              <span className="muted">
                {t(`home.fileKind.${f.kind}`)} · {dateFormat.format(new Date(f.openedAt))}
              </span>
            </li>
          ))}
        </ul>
      </section>

      <MemorySection />
    </div>
  )
}
