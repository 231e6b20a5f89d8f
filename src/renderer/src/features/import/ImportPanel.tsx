import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportResult } from '@core/domain/document'
import type { Lang } from '@core/domain/language'
import { ApiCallError, api, unwrap } from '@renderer/api/client'
import { readFileInput } from '@renderer/api/files'
import { ErrorMessage } from '@renderer/components/ErrorMessage'

type Mode = 'combined' | 'pair' | 'docx' | 'bilingual' | 'paste'

const ACCEPT: Record<'text' | 'docx' | 'bilingual', string> = {
  text: '.txt,.md,.text,.markdown,text/plain,text/markdown',
  docx: '.docx,.txt,application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  bilingual: '.xlf,.xliff,.sdlxliff,.mqxliff,.txlf,.txml,.tmx,.xml,.csv'
}
type Direction = 'es-en' | 'en-es'

export interface ImportPanelProps {
  projectId: number
  onImported: (result: ImportResult) => void
}

/** The languages a multilingual file offers, when the import asked to choose one. */
function offeredTargets(err: unknown): string[] | null {
  if (!(err instanceof ApiCallError) || err.code !== 'import.chooseTargetLanguage') return null
  const list = String(err.params?.languages ?? '')
  return list === '' ? null : list.split(', ')
}

function langs(direction: Direction): { sourceLang: Lang; targetLang: Lang } {
  return direction === 'es-en' ? { sourceLang: 'es', targetLang: 'en' } : { sourceLang: 'en', targetLang: 'es' }
}

/** Import a release into a project: a combined file, a source and a target file, or pasted text. */
export function ImportPanel({ projectId, onImported }: ImportPanelProps): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const [mode, setMode] = useState<Mode>('combined')
  const [direction, setDirection] = useState<Direction>('es-en')
  const [combined, setCombined] = useState<File | null>(null)
  const [source, setSource] = useState<File | null>(null)
  const [target, setTarget] = useState<File | null>(null)
  const [name, setName] = useState('')
  const [sourceText, setSourceText] = useState('')
  const [targetText, setTargetText] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  /** A multilingual file's target languages once the import asked which to review, and the choice. */
  const [targets, setTargets] = useState<string[] | null>(null)
  const [targetChoice, setTargetChoice] = useState('')
  const chooseFile = (f: File | null): void => {
    setCombined(f)
    setTargets(null)
  }
  const languageName = (tag: string): string =>
    new Intl.DisplayNames([i18n.language], { type: 'language', fallback: 'code' }).of(tag) ?? tag

  const ready =
    mode === 'combined' || mode === 'bilingual'
      ? combined !== null
      : mode === 'pair' || mode === 'docx'
        ? source !== null && target !== null
        : name.trim() !== '' && sourceText.trim() !== '' && targetText.trim() !== ''

  async function submit(e: React.FormEvent): Promise<void> {
    e.preventDefault()
    setBusy(true)
    setError(null)
    try {
      const l = langs(direction)
      const choice = targets !== null && targetChoice !== '' ? { targetLangChoice: targetChoice } : {}
      let result: ImportResult
      if (mode === 'combined' && combined) {
        result = await unwrap(api.importCombined({ projectId, file: await readFileInput(combined), ...l, ...choice }))
      } else if (mode === 'bilingual' && combined) {
        result = await unwrap(api.importBilingual({ projectId, file: await readFileInput(combined), ...choice }))
      } else if ((mode === 'pair' || mode === 'docx') && source && target) {
        const [s, tg] = await Promise.all([readFileInput(source), readFileInput(target)])
        result = await unwrap(
          mode === 'pair'
            ? api.importPair({ projectId, source: s, target: tg, ...l })
            : api.importDocxPair({ projectId, source: s, target: tg, ...l })
        )
      } else {
        result = await unwrap(api.importPasted({ projectId, name, source: sourceText, target: targetText, ...l }))
      }
      onImported(result)
    } catch (err) {
      const offered = offeredTargets(err)
      if (offered) {
        setTargets(offered)
        setTargetChoice(offered[0] ?? '')
      }
      setError(err)
    } finally {
      setBusy(false)
    }
  }

  const fileField = (
    id: string,
    label: string,
    file: File | null,
    set: (f: File | null) => void,
    accept: string = ACCEPT.text
  ): React.JSX.Element => (
    <label className="field" htmlFor={id}>
      <span>{label}</span>
      <input id={id} data-testid={id} type="file" accept={accept} onChange={(e) => set(e.target.files?.[0] ?? null)} />
      {file && <small className="muted">{file.name}</small>}
    </label>
  )

  return (
    <section className="panel" aria-labelledby="import-title">
      <h2 id="import-title">{t('import.title')}</h2>
      <div className="tabs" role="tablist">
        {(['combined', 'pair', 'docx', 'bilingual', 'paste'] as const).map((m) => (
          <button
            key={m}
            role="tab"
            type="button"
            aria-selected={mode === m}
            className={mode === m ? 'tab active' : 'tab'}
            onClick={() => setMode(m)}
          >
            {t(`import.mode.${m}`)}
          </button>
        ))}
      </div>
      <form onSubmit={(e) => void submit(e)} className="import-form">
        <p className="muted">{t(`import.help.${mode}`)}</p>
        <label className="field" htmlFor="import-direction">
          <span>{t('import.direction')}</span>
          <select id="import-direction" value={direction} onChange={(e) => setDirection(e.target.value as Direction)}>
            <option value="es-en">{t('import.directions.es-en')}</option>
            <option value="en-es">{t('import.directions.en-es')}</option>
          </select>
        </label>
        {mode === 'combined' && fileField('import-combined-file', t('import.combinedFile'), combined, chooseFile)}
        {mode === 'bilingual' &&
          fileField('import-bilingual-file', t('import.bilingualFile'), combined, chooseFile, ACCEPT.bilingual)}
        {targets !== null && (mode === 'combined' || mode === 'bilingual') && (
          <label className="field" htmlFor="import-target-language">
            <span>{t('import.targetLanguage')}</span>
            <select
              id="import-target-language"
              data-testid="import-target-language"
              value={targetChoice}
              onChange={(e) => setTargetChoice(e.target.value)}
            >
              {targets.map((tag) => (
                <option key={tag} value={tag}>
                  {languageName(tag)} ({tag})
                </option>
              ))}
            </select>
          </label>
        )}
        {(mode === 'pair' || mode === 'docx') && (
          <div className="two-columns">
            {fileField(
              'import-source-file',
              t('import.sourceFile'),
              source,
              setSource,
              ACCEPT[mode === 'docx' ? 'docx' : 'text']
            )}
            {fileField(
              'import-target-file',
              t('import.targetFile'),
              target,
              setTarget,
              ACCEPT[mode === 'docx' ? 'docx' : 'text']
            )}
          </div>
        )}
        {mode === 'paste' && (
          <>
            <label className="field" htmlFor="import-name">
              <span>{t('import.documentName')}</span>
              <input id="import-name" value={name} onChange={(e) => setName(e.target.value)} maxLength={200} />
            </label>
            <div className="two-columns">
              <label className="field" htmlFor="import-source-text">
                <span>{t('import.sourceText')}</span>
                <textarea
                  id="import-source-text"
                  rows={8}
                  value={sourceText}
                  onChange={(e) => setSourceText(e.target.value)}
                />
              </label>
              <label className="field" htmlFor="import-target-text">
                <span>{t('import.targetText')}</span>
                <textarea
                  id="import-target-text"
                  rows={8}
                  value={targetText}
                  onChange={(e) => setTargetText(e.target.value)}
                />
              </label>
            </div>
          </>
        )}
        <ErrorMessage error={error} />
        <button type="submit" className="primary" disabled={!ready || busy} data-testid="import-submit">
          {busy ? t('import.busy') : t('import.submit')}
        </button>
      </form>
    </section>
  )
}
