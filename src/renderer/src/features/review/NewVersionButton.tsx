import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { NewVersionResult } from '@core/domain/document'
import { api, unwrap } from '@renderer/api/client'
import { readFileInput } from '@renderer/api/files'

interface Props {
  documentId: number
  /** Runs the call the way the page runs every change (busy line, errors, reload). */
  perform: (action: () => Promise<unknown>) => Promise<boolean>
}

/**
 * "Import new version…": the translator's next English (a text or Word file) replaces the target;
 * what did not change keeps its review, and what was done is said in words.
 */
export function NewVersionButton({ documentId, perform }: Props): React.JSX.Element {
  const { t } = useTranslation()
  const input = useRef<HTMLInputElement>(null)
  const [result, setResult] = useState<NewVersionResult | null>(null)
  return (
    <>
      <button type="button" onClick={() => input.current?.click()} data-testid="import-new-version">
        {t('version.button')}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept=".txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        data-testid="import-new-version-file"
        aria-label={t('version.button')}
        onChange={(e) => {
          const file = e.target.files?.[0]
          e.target.value = ''
          if (!file) return
          setResult(null)
          void perform(async () =>
            setResult(
              await unwrap(api.importNewVersion({ documentId, side: 'target', file: await readFileInput(file) }))
            )
          )
        }}
      />
      {result && (
        <span role="status" className="muted" data-testid="new-version-result">
          {[
            t('version.changed', { count: result.changed }),
            t('version.taken', { count: result.taken }),
            t('version.notTaken', { count: result.notTaken.length }),
            ...(result.reopened ? [t('version.reopened')] : [])
          ].join(' · ')}
        </span>
      )}
    </>
  )
}
