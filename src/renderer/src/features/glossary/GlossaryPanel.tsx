import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { GlossaryTerm } from '@core/domain/glossary'
import { GLOSSARY_EXPORT_FORMATS } from '@core/formats/export-formats'
import { api, unwrap } from '@renderer/api/client'
import { saveFile } from '@renderer/api/download'
import { readFileInput } from '@renderer/api/files'
import { ErrorMessage } from '@renderer/components/ErrorMessage'
import { useAsync } from '@renderer/useAsync'
import { draftOf, TermDialog, type TermDraft } from './TermDialog'

const normalize = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()

/**
 * A termbase: the project's (or, with projectId null, the global one every project uses). Search,
 * add, edit, delete; import CSV or TBX; export CSV or TBX. The checks use it as soon as it changes.
 */
export function GlossaryPanel({
  projectId,
  onChanged
}: {
  projectId: number | null
  onChanged?: () => void
}): React.JSX.Element {
  const { t } = useTranslation()
  const terms = useAsync(() => unwrap(api.listGlossary({ projectId })), `glossary:${projectId ?? 'global'}`)
  const [error, setError] = useState<unknown>(null)
  const [message, setMessage] = useState<string | null>(null)
  const [query, setQuery] = useState('')
  const [editing, setEditing] = useState<{ term: GlossaryTerm | null } | null>(null)

  const changed = (): void => {
    terms.reload()
    onChanged?.()
  }
  const run = (action: () => Promise<unknown>): void => {
    setError(null)
    action().then(changed, setError)
  }

  async function importFile(file: File): Promise<void> {
    setError(null)
    setMessage(null)
    try {
      const r = await unwrap(api.importGlossary({ projectId, file: await readFileInput(file) }))
      setMessage(t('glossary.imported', { count: r.imported, skipped: r.errors.length }))
      changed()
    } catch (err) {
      setError(err)
    }
  }

  const save = (draft: TermDraft): void => {
    const termId = editing?.term?.id ?? null
    setEditing(null)
    run(() =>
      unwrap(
        api.saveGlossaryTerm({
          projectId,
          termId,
          term: { ...draft, note: draft.note.trim() || undefined }
        })
      )
    )
  }

  const q = normalize(query.trim())
  const visible = (terms.data ?? []).filter(
    (term) => !q || [term.source, term.target, ...term.allowed, ...term.forbidden].some((x) => normalize(x).includes(q))
  )
  const id = projectId === null ? 'global' : 'project'

  return (
    <section className="panel stack" aria-labelledby={`glossary-title-${id}`} data-testid={`glossary-${id}`}>
      <div className="panel-head">
        <h2 id={`glossary-title-${id}`}>{projectId === null ? t('glossary.globalTitle') : t('glossary.title')}</h2>
        <span className="muted">{t('glossary.count', { count: terms.data?.length ?? 0 })}</span>
      </div>
      <p className="muted">{t('glossary.help')}</p>
      <div className="toolbar">
        <input
          type="search"
          placeholder={t('glossary.search')}
          aria-label={t('glossary.search')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <button type="button" onClick={() => setEditing({ term: null })} data-testid="term-add">
          {t('glossary.add')}
        </button>
        <label className="file-button">
          <span>{t('glossary.import')}</span>
          <input
            data-testid="glossary-file"
            type="file"
            accept=".csv,.tbx,.xml,text/csv"
            onChange={(e) => {
              const f = e.target.files?.[0]
              if (f) void importFile(f)
              e.target.value = ''
            }}
          />
        </label>
        {GLOSSARY_EXPORT_FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            disabled={!terms.data?.length}
            onClick={() => void unwrap(api.exportGlossary({ projectId, format })).then(saveFile, setError)}
          >
            {t(`glossary.export.${format}`)}
          </button>
        ))}
      </div>
      {message && (
        <p role="status" data-testid="glossary-status">
          {message}
        </p>
      )}
      <ErrorMessage error={error ?? terms.error} />
      {visible.length > 0 && (
        <table className="table" data-testid="glossary-terms">
          <thead>
            <tr>
              <th>{t('glossary.source')}</th>
              <th>{t('glossary.target')}</th>
              <th>{t('glossary.forbidden')}</th>
              <th>{t('glossary.note')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {visible.map((term) => (
              <tr key={term.id}>
                <td lang="es">{term.source}</td>
                <td lang="en">{[term.target, ...term.allowed].join(' · ')}</td>
                <td>{term.forbidden.join(' · ')}</td>
                <td className="muted">{term.note}</td>
                <td className="row-actions">
                  <button type="button" onClick={() => setEditing({ term })}>
                    {t('glossary.edit')}
                  </button>
                  <button type="button" onClick={() => run(() => unwrap(api.deleteGlossaryTerm({ termId: term.id })))}>
                    {t('glossary.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing && (
        <TermDialog
          title={editing.term ? t('glossary.editTitle') : t('glossary.addTitle')}
          initial={draftOf(editing.term ?? undefined)}
          onSave={save}
          onClose={() => setEditing(null)}
        />
      )}
    </section>
  )
}
