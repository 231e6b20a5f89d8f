import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, unwrap } from '@renderer/api/client'
import { ErrorMessage } from '@renderer/components/ErrorMessage'
import { href, navigate } from '@renderer/router'
import { useAsync } from '@renderer/useAsync'
import { CheckProgressLine } from '@renderer/features/checks/CheckProgressLine'
import { ExportMenu } from '@renderer/features/export/ExportMenu'
import { GlossaryPanel } from '@renderer/features/glossary/GlossaryPanel'
import { ImportPanel } from '@renderer/features/import/ImportPanel'
import { importDropped } from '@renderer/features/import/importDropped'
import { useDropFiles } from '@renderer/features/import/useDropFiles'
import { findingCounts } from '@renderer/i18n/finding-counts'
import { languageName } from '@renderer/i18n/languages'

/** One project: its documents and the import panel. Files dropped on the window import into it. */
export function ProjectPage({ projectId }: { projectId: number }): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const detail = useAsync(() => unwrap(api.getProject({ projectId })), `project:${projectId}`)
  const [dropError, setDropError] = useState<unknown>(null)

  const onDrop = useCallback(
    (files: File[]) => {
      setDropError(null)
      importDropped(projectId, files).then(
        (result) => navigate({ name: 'document', id: result.document.id }),
        (err: unknown) => setDropError(err)
      )
    },
    [projectId]
  )
  const dragging = useDropFiles(onDrop)
  // Documents still being checked: wait for them (one long poll at a time), then read the list again.
  const checking = detail.data?.documents.filter((d) => d.findingsState === 'checking').map((d) => d.id) ?? []
  const firstChecking = checking[0]
  const { reload } = detail
  useEffect(() => {
    if (firstChecking === undefined) return
    let live = true
    unwrap(api.findingsStatus({ documentId: firstChecking, waitMs: 10_000 })).then(
      () => live && reload(),
      // The list stays as it is; opening the document shows its findings anyway.
      () => undefined
    )
    return () => {
      live = false
    }
  }, [firstChecking, detail.data, reload])
  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' })

  if (detail.error) return <ErrorMessage error={detail.error} />
  if (!detail.data) return <CheckProgressLine message={t('common.loading')} />
  const { project, documents } = detail.data

  return (
    <div className={dragging ? 'page dropping' : 'page'}>
      <nav className="breadcrumb" aria-label={t('common.breadcrumb')}>
        <a href={href({ name: 'home' })}>{t('nav.projects')}</a> › <span>{project.name}</span>
      </nav>
      <h1 data-testid="project-name">{project.name}</h1>
      <section className="panel" aria-labelledby="documents-title">
        <div className="panel-head">
          <h2 id="documents-title">{t('project.documents')}</h2>
          {documents.length > 0 && (
            <ExportMenu
              testId="export-project"
              onError={setDropError}
              exportAs={(format, options) => unwrap(api.exportProject({ projectId, format, options }))}
            />
          )}
        </div>
        {documents.length === 0 ? (
          <p className="muted">{t('project.noDocuments')}</p>
        ) : (
          <table className="table" data-testid="document-list">
            <thead>
              <tr>
                <th>{t('project.columns.name')}</th>
                <th>{t('project.columns.languages')}</th>
                <th>{t('project.columns.paragraphs')}</th>
                <th>{t('project.columns.rows')}</th>
                <th>{t('project.columns.reviewed')}</th>
                <th>{t('project.columns.findings')}</th>
                <th>{t('project.columns.score')}</th>
                <th>{t('project.columns.status')}</th>
                <th>{t('project.columns.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {documents.map((d) => (
                <tr key={d.id}>
                  <td>
                    <a href={href({ name: 'document', id: d.id })}>{d.name}</a>
                  </td>
                  <td
                    title={`${languageName(d.sourceLang, i18n.language)} → ${languageName(d.targetLang, i18n.language)}`}
                  >
                    {d.sourceLang.toUpperCase()} → {d.targetLang.toUpperCase()}
                  </td>
                  <td>
                    {d.sourceParagraphCount} / {d.targetParagraphCount}
                  </td>
                  <td>{d.beadCount}</td>
                  <td>
                    <progress max={d.progress.segments} value={d.progress.reviewed} aria-hidden="true" />{' '}
                    {d.progress.reviewed} / {d.progress.segments}
                  </td>
                  <td data-testid="document-findings">
                    {d.findingsState === 'checking'
                      ? t('review.findings.checking')
                      : findingCounts(t, {
                          open: d.progress.findingsOpen,
                          fixed: d.progress.findingsFixed,
                          ignored: d.progress.findingsIgnored
                        })}
                  </td>
                  {/* Provisional while findings are open: no pass or fail colour, and said in words. */}
                  {d.findingsState === 'checking' ? (
                    <td className="score provisional">{t('project.scorePending')}</td>
                  ) : (
                    <td
                      className={d.score.provisional ? 'score provisional' : d.score.pass ? 'score pass' : 'score fail'}
                      title={d.score.provisional ? t('review.provisionalHelp') : undefined}
                    >
                      {d.score.provisional
                        ? t('project.provisionalScore', { score: d.score.score.toFixed(1) })
                        : d.score.score.toFixed(1)}
                    </td>
                  )}
                  <td>{t(`status.${d.status}`)}</td>
                  <td>{dateFormat.format(new Date(d.updatedAt))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <ErrorMessage error={dropError} />
      <p className="muted drop-hint">{t('project.dropHint')}</p>
      <ImportPanel projectId={projectId} onImported={(r) => navigate({ name: 'document', id: r.document.id })} />
      <GlossaryPanel projectId={projectId} onChanged={detail.reload} />
    </div>
  )
}
