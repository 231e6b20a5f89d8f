import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ExportedFileData, ExportOptions } from '@core/api/contract'
import { EXPORT_FORMAT_TABLE, type ExportFormat } from '@core/formats/export-formats'
import { bridge } from '@renderer/api/client'
import { saveFile } from '@renderer/api/download'

/** PDF is printed by the desktop app's Chromium: the browser mode does not offer it. */
const OFFERED = EXPORT_FORMAT_TABLE.filter((f) => bridge.runtime !== 'browser' || f.writer !== 'report-pdf')

interface Props {
  /** Produces the file for a format (a document or a whole project). */
  exportAs: (format: ExportFormat, options: ExportOptions) => Promise<ExportedFileData>
  onError: (err: unknown) => void
  testId: string
  /** The document came from a CAT file, which Export → Original format writes back (offered first). */
  original?: boolean
}

/** Pick a format, get the file: XLIFF, TMX, CSV, DOCX, plain text or the review report. */
export function ExportMenu({ exportAs, onError, testId, original = false }: Props): React.JSX.Element {
  const { t } = useTranslation()
  const offered = OFFERED.filter((f) => original || f.writer !== 'original')
  const [format, setFormat] = useState<ExportFormat>(original ? 'original' : 'xliff-2.0')
  const [busy, setBusy] = useState(false)
  // TMX is a memory: reviewed and approved segments unless the user asks for all.
  const [tmxAll, setTmxAll] = useState(false)
  return (
    <form
      className="export-menu"
      onSubmit={(e) => {
        e.preventDefault()
        setBusy(true)
        exportAs(format, format === 'tmx' ? { tmxUnits: tmxAll ? 'all' : 'reviewed' } : {})
          .then(saveFile, onError)
          .finally(() => setBusy(false))
      }}
    >
      <label className="visually-hidden" htmlFor={`${testId}-format`}>
        {t('export.format')}
      </label>
      <select
        id={`${testId}-format`}
        data-testid={`${testId}-format`}
        value={format}
        onChange={(e) => setFormat(e.target.value as ExportFormat)}
      >
        {offered.map((f) => (
          <option key={f.id} value={f.id}>
            {t(f.labelKey)}
          </option>
        ))}
      </select>
      {format === 'tmx' && (
        <label>
          <input
            type="checkbox"
            data-testid={`${testId}-tmx-all`}
            checked={tmxAll}
            onChange={(e) => setTmxAll(e.target.checked)}
          />{' '}
          {t('export.tmxAll')}
        </label>
      )}
      <button type="submit" disabled={busy} data-testid={`${testId}-submit`}>
        {busy ? t('export.busy') : t('export.submit')}
      </button>
    </form>
  )
}
