import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, unwrap } from '../../api/client'
import { readFileInput } from '../../api/files'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useAsync } from '../../useAsync'

/** The project's termbase: import a CSV glossary and see its terms. Checks use it at once. */
export function GlossaryPanel({
  projectId,
  onChanged
}: {
  projectId: number
  onChanged: () => void
}): React.JSX.Element {
  const { t } = useTranslation()
  const terms = useAsync(() => unwrap(api.listGlossary({ projectId })), `glossary:${projectId}`)
  const [error, setError] = useState<unknown>(null)
  const [message, setMessage] = useState<string | null>(null)

  async function importFile(file: File): Promise<void> {
    setError(null)
    setMessage(null)
    try {
      const r = await unwrap(api.importGlossary({ projectId, file: await readFileInput(file) }))
      setMessage(t('glossary.imported', { n: r.imported, skipped: r.errors.length }))
      terms.reload()
      onChanged()
    } catch (err) {
      setError(err)
    }
  }

  return (
    <section className="panel" aria-labelledby="glossary-title">
      <h2 id="glossary-title">{t('glossary.title')}</h2>
      <p className="muted">{t('glossary.help')}</p>
      <label className="field" htmlFor="glossary-file">
        <span>{t('glossary.importCsv')}</span>
        <input
          id="glossary-file"
          data-testid="glossary-file"
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => {
            const f = e.target.files?.[0]
            if (f) void importFile(f)
            e.target.value = ''
          }}
        />
      </label>
      {message && (
        <p role="status" data-testid="glossary-status">
          {message}
        </p>
      )}
      <ErrorMessage error={error} />
      {terms.data && terms.data.length > 0 && (
        <table className="table" data-testid="glossary-terms">
          <thead>
            <tr>
              <th>{t('glossary.source')}</th>
              <th>{t('glossary.target')}</th>
              <th>{t('glossary.forbidden')}</th>
            </tr>
          </thead>
          <tbody>
            {terms.data.map((term) => (
              <tr key={term.id}>
                <td lang="es">{term.source}</td>
                <td lang="en">{[term.target, ...term.allowed].join(' · ')}</td>
                <td>{term.forbidden.join(' · ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
