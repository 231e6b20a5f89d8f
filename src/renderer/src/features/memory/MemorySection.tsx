import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, unwrap } from '@renderer/api/client'
import { saveFile } from '@renderer/api/download'
import { readFileInput } from '@renderer/api/files'
import { ErrorMessage } from '@renderer/components/ErrorMessage'
import { useAsync } from '@renderer/useAsync'

/** The approved memory on the home page: its size, a TMX to load into it, and the memory as TMX. */
export function MemorySection(): React.JSX.Element {
  const { t } = useTranslation()
  const stats = useAsync(() => unwrap(api.memoryStats({})), 'memory')
  const input = useRef<HTMLInputElement>(null)
  const [error, setError] = useState<unknown>(null)
  const [loaded, setLoaded] = useState<number | null>(null)
  const run = (action: () => Promise<void>): void => {
    setError(null)
    action().then(stats.reload, setError)
  }
  return (
    <section className="panel" aria-labelledby="memory-section-title">
      <h2 id="memory-section-title">{t('memory.section')}</h2>
      <p className="muted" data-testid="memory-count">
        {t('memory.units', { count: stats.data?.units ?? 0 })}
      </p>
      <div className="inline-form">
        <button type="button" onClick={() => input.current?.click()} data-testid="memory-import">
          {t('memory.importTmx')}
        </button>
        <input
          ref={input}
          type="file"
          hidden
          accept=".tmx"
          aria-label={t('memory.importTmx')}
          data-testid="memory-import-file"
          onChange={(e) => {
            const file = e.target.files?.[0]
            e.target.value = ''
            if (file)
              run(async () =>
                setLoaded((await unwrap(api.importMemoryTmx({ file: await readFileInput(file) }))).imported)
              )
          }}
        />
        <button
          type="button"
          data-testid="memory-export"
          onClick={() =>
            run(async () => saveFile(await unwrap(api.exportMemoryTmx({ sourceLang: 'es', targetLang: 'en' }))))
          }
        >
          {t('memory.exportTmx')}
        </button>
      </div>
      {loaded !== null && (
        <p role="status" className="muted">
          {t('memory.loaded', { count: loaded })}
        </p>
      )}
      <ErrorMessage error={error ?? stats.error} />
    </section>
  )
}
