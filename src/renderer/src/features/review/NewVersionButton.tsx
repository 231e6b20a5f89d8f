import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Side } from '@core/domain/language'
import { api, unwrap } from '@renderer/api/client'
import { FileActionButton } from '@renderer/components/FileActionButton'

interface Props {
  documentId: number
  /** Runs the call the way the page runs every change (busy line, errors, reload). */
  perform: (action: () => Promise<unknown>) => Promise<boolean>
}

/**
 * "Import new version…": the translator's next English, or the author's next Spanish (a text or
 * Word file), replaces that side; what did not change keeps its review, and what was done is said
 * in words.
 */
export function NewVersionButton({ documentId, perform }: Props): React.JSX.Element {
  const { t } = useTranslation()
  const [side, setSide] = useState<Side>('target')
  return (
    <span className="inline-form">
      <select
        aria-label={t('version.side')}
        data-testid="new-version-side"
        value={side}
        onChange={(e) => setSide(e.target.value as Side)}
      >
        <option value="target">{t('version.sideTarget')}</option>
        <option value="source">{t('version.sideSource')}</option>
      </select>
      <FileActionButton
        label={t('version.button')}
        accept=".txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        testId="import-new-version"
        perform={perform}
        act={(file) => unwrap(api.importNewVersion({ documentId, side, file }))}
        summary={(result) =>
          [
            t('version.changed', { count: result.changed }),
            t('version.taken', { count: result.taken }),
            t('version.notTaken', { count: result.notTaken.length }),
            ...(result.reopened ? [t('version.reopened')] : [])
          ].join(' · ')
        }
      />
    </span>
  )
}
