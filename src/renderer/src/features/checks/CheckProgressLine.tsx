import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CheckProgress } from '@core/domain/review'
import { api, unwrap } from '@renderer/api/client'

/** Polling interval while work is under way: often enough for a smooth bar, rare enough to cost nothing. */
const POLL_MS = 250

/**
 * A status line for work that runs the checks (opening, saving, re-checking): the given message,
 * and once the background checks report steps, a progress bar with the share done.
 */
export function CheckProgressLine({ message, testId }: { message: string; testId?: string }): React.JSX.Element {
  const { t } = useTranslation()
  const [progress, setProgress] = useState<CheckProgress | null>(null)

  useEffect(() => {
    let live = true
    let timer: ReturnType<typeof setTimeout> | undefined
    const poll = (): void => {
      unwrap(api.checkProgress({})).then(
        (p) => {
          if (!live) return
          setProgress(p)
          timer = setTimeout(poll, POLL_MS)
        },
        // Progress is a nicety: a failed poll stops the bar, never the work.
        () => undefined
      )
    }
    timer = setTimeout(poll, POLL_MS)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [])

  const showBar = progress?.running === true && progress.total > 0
  const percent = showBar ? Math.round((100 * progress.done) / progress.total) : 0
  return (
    <p className="busy-indicator" role="status" data-testid={testId}>
      {message}
      {showBar && (
        <>
          {' '}
          <progress
            max={100}
            value={percent}
            aria-label={t('checks.progressLabel')}
            data-testid="check-progress"
          />{' '}
          {t('checks.progress', { percent })}
        </>
      )}
    </p>
  )
}
