import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DocumentVersionInfo, VersionTexts } from '@core/domain/document'
import { compareVersions } from '@core/versions/carry-over'
import { api, unwrap } from '@renderer/api/client'
import { saveFile } from '@renderer/api/download'
import { Dialog } from '@renderer/components/Dialog'
import { ErrorMessage } from '@renderer/components/ErrorMessage'
import { DiffText } from '@renderer/features/review/DiffText'

const EXPORTS = ['txt-pair', 'tmx', 'xliff-2.0'] as const

/** One side of two versions, paragraph beside paragraph: what changed marked word by word on the right. */
function SideBySide({ before, after, lang }: { before: string[]; after: string[]; lang: string }): React.JSX.Element {
  const { t } = useTranslation()
  const links = compareVersions(before, after)
  return (
    <table className="table version-compare">
      <tbody>
        {links.map((l, i) => {
          const old = l.old.map((p) => before[p]).join('\n\n')
          const now = l.new.map((p) => after[p]).join('\n\n')
          return (
            <tr key={i} data-testid="version-row" data-kind={l.kind} className={l.kind === 'unchanged' ? 'muted' : ''}>
              <td lang={lang}>{old}</td>
              <td lang={lang}>
                {l.kind === 'unchanged' ? (
                  now
                ) : l.kind === 'removed' ? (
                  <em>{t('history.removed')}</em>
                ) : (
                  <DiffText before={old} after={now} />
                )}
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}

/**
 * "Version history": every version of the document (when, who, which side it changed), any two
 * side by side with the differences marked, and a version exported as a file.
 */
export function VersionHistoryButton({
  documentId,
  sourceLang,
  targetLang
}: {
  documentId: number
  sourceLang: string
  targetLang: string
}): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const [open, setOpen] = useState(false)
  const [versions, setVersions] = useState<DocumentVersionInfo[]>([])
  const [pair, setPair] = useState<[number, number]>([1, 1])
  const [texts, setTexts] = useState<[VersionTexts, VersionTexts] | null>(null)
  const [error, setError] = useState<unknown>(null)
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' })

  useEffect(() => {
    if (!open) return
    unwrap(api.listVersions({ documentId })).then((list) => {
      setVersions(list)
      setPair([Math.max(1, list.length - 1), list.length])
    }, setError)
  }, [open, documentId])
  useEffect(() => {
    if (!open || versions.length === 0) return
    Promise.all(pair.map((version) => unwrap(api.getVersionTexts({ documentId, version })))).then(
      ([a, b]) => setTexts([a as VersionTexts, b as VersionTexts]),
      setError
    )
  }, [open, documentId, pair, versions.length])

  const choose = (which: 0 | 1, value: number): void => setPair(([a, b]) => (which === 0 ? [value, b] : [a, value]))
  const picker = (which: 0 | 1): React.JSX.Element => (
    <label className="field">
      <span>{t(which === 0 ? 'history.left' : 'history.right')}</span>
      <select
        data-testid={`history-version-${which === 0 ? 'a' : 'b'}`}
        value={pair[which]}
        onChange={(e) => choose(which, Number(e.target.value))}
      >
        {versions.map((v) => (
          <option key={v.number} value={v.number}>
            {t('history.versionNumber', { number: v.number })}
          </option>
        ))}
      </select>
    </label>
  )
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} data-testid="open-history">
        {t('history.button')}
      </button>
      {open && (
        <Dialog title={t('history.title')} onClose={() => setOpen(false)} wide testId="history-dialog">
          <ErrorMessage error={error} />
          <table className="table" data-testid="history-list">
            <thead>
              <tr>
                <th>{t('history.version')}</th>
                <th>{t('history.when')}</th>
                <th>{t('history.who')}</th>
                <th>{t('history.changed')}</th>
                <th>{t('history.export')}</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((v) => (
                <tr key={v.number} data-testid="history-version">
                  <td>{t('history.versionNumber', { number: v.number })}</td>
                  <td>{format.format(new Date(v.importedAt))}</td>
                  <td>{v.importedBy ?? '—'}</td>
                  <td>
                    {v.side === null
                      ? t('history.first')
                      : t(v.side === 'source' ? 'history.source' : 'history.target')}
                    {v.fileName ? ` · ${v.fileName}` : ''}
                  </td>
                  <td className="inline-form">
                    {EXPORTS.map((f) => (
                      <button
                        key={f}
                        type="button"
                        data-testid={`history-export-${f}`}
                        onClick={() =>
                          unwrap(api.exportVersion({ documentId, version: v.number, format: f })).then(
                            saveFile,
                            setError
                          )
                        }
                      >
                        {t(`history.formats.${f}`)}
                      </button>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {versions.length > 0 && (
            <div className="inline-form">
              {picker(0)}
              {picker(1)}
            </div>
          )}
          {texts && (
            <div data-testid="history-compare">
              <h3>{t('history.source')}</h3>
              <SideBySide before={texts[0].source} after={texts[1].source} lang={sourceLang} />
              <h3>{t('history.target')}</h3>
              <SideBySide before={texts[0].target} after={texts[1].target} lang={targetLang} />
            </div>
          )}
        </Dialog>
      )}
    </>
  )
}
