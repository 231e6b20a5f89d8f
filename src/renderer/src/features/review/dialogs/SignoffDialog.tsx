import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Bead } from '@core/domain/document'
import { mayDo, type DocumentReview, type Reviewer } from '@core/domain/review'
import { signoffSummary, type SignoffSummary } from '@core/review/signoff-gate'
import { Dialog, DialogButtons } from '@renderer/components/Dialog'

interface Props {
  action: 'approve' | 'reopen'
  reviewer: Reviewer
  /** The segments need only their positions and statuses (the screen has every row's, not every row). */
  data: Pick<DocumentReview, 'findingsState' | 'findings' | 'queries'> & {
    beads: ReadonlyArray<Pick<Bead, 'position' | 'status'>>
  }
  onConfirm: (note: string | null, override: string | null) => void
  onClose: () => void
}

/** Segment numbers shown before "and N more". */
const LISTED_SEGMENTS = 12

/** "#3, #7 … and N more": the first segments of a list, numbered as the grid numbers them. */
function SegmentList({ positions }: { positions: number[] }): React.JSX.Element {
  const { t } = useTranslation()
  const listed = positions
    .slice(0, LISTED_SEGMENTS)
    .map((p) => `#${p + 1}`)
    .join(', ')
  const more = positions.length - LISTED_SEGMENTS
  return (
    <span className="muted">
      {' '}
      ({listed}
      {more > 0 && ` ${t('review.signoff.andMore', { count: more })}`})
    </span>
  )
}

/**
 * What is left in the release: unreviewed and rejected segments, open findings by severity, open
 * queries, ignored findings.
 */
function SignoffSummaryList({ summary }: { summary: SignoffSummary }): React.JSX.Element {
  const { t } = useTranslation()
  const { unreviewed, rejected, open } = summary
  return (
    <ul className="signoff-summary" data-testid="signoff-summary">
      <li data-testid="signoff-unreviewed">
        {unreviewed.length === 0
          ? t('review.signoff.allReviewed')
          : t('review.signoff.unreviewed', { count: unreviewed.length, total: summary.segments })}
        {unreviewed.length > 0 && <SegmentList positions={unreviewed} />}
      </li>
      {rejected.length > 0 && (
        <li data-testid="signoff-rejected" className="blocking">
          {t('review.signoff.rejected', { count: rejected.length })}
          <SegmentList positions={rejected} />
        </li>
      )}
      {(['critical', 'major', 'minor'] as const).map(
        (s) =>
          open[s] > 0 && (
            <li key={s} data-testid={`signoff-open-${s}`} className={s === 'minor' ? undefined : 'blocking'}>
              {t(`review.signoff.open.${s}`, { count: open[s] })}
            </li>
          )
      )}
      {open.critical + open.major + open.minor === 0 && <li>{t('review.signoff.noOpenFindings')}</li>}
      {summary.openQueries > 0 && (
        <li data-testid="signoff-open-queries" className="blocking">
          {t('review.signoff.openQueries', { count: summary.openQueries })}
        </li>
      )}
      {summary.ignored > 0 && (
        <li data-testid="signoff-ignored">{t('review.signoff.ignored', { count: summary.ignored })}</li>
      )}
    </ul>
  )
}

/**
 * Approving signs the release off (and locks editing); reopening unlocks it. Approval first shows
 * what is left; the same gate as the service: a role that cannot approve is told so at once, and
 * blocking findings, open queries or rejected segments need a reason to approve anyway. While the
 * checks run there is nothing yet to approve over: the dialog says so, and shows what is left once
 * the findings arrive.
 */
export function SignoffDialog({ action, reviewer, data, onConfirm, onClose }: Props): React.JSX.Element {
  const { t } = useTranslation()
  const [note, setNote] = useState('')
  const [override, setOverride] = useState('')
  const approving = action === 'approve'
  const allowed = !approving || mayDo(reviewer.role, 'approve')
  const waiting = approving && data.findingsState === 'checking'
  const summary = approving && !waiting ? signoffSummary(data) : null
  const blocked = (summary?.blockers.length ?? 0) > 0
  const ready = allowed && !waiting && (!blocked || override.trim() !== '')
  return (
    <Dialog title={t(`review.signoff.${action}Title`)} onClose={onClose} testId="signoff-dialog">
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault()
          if (ready) onConfirm(note.trim() || null, blocked ? override.trim() : null)
        }}
      >
        {!allowed && (
          <p className="notice danger" role="alert" data-testid="signoff-role-refused">
            {t('review.signoff.roleCannot', { role: t(`roles.${reviewer.role}`) })}
          </p>
        )}
        {waiting && (
          <p className="notice" role="status" data-testid="signoff-waiting">
            {t('review.signoff.waitForChecks')}
          </p>
        )}
        {summary && <SignoffSummaryList summary={summary} />}
        {allowed && blocked && (
          <p className="notice danger" id="signoff-blocked" data-testid="signoff-blocked">
            {t('review.signoff.blocked')}
          </p>
        )}
        {allowed && (
          <p>
            {t(`review.signoff.${action}Help`, {
              name: reviewer.name,
              role: t(`roles.${reviewer.role}`)
            })}
          </p>
        )}
        {allowed && blocked && (
          <label className="field">
            <span>{t('review.signoff.override')}</span>
            <input
              autoFocus
              required
              value={override}
              maxLength={2000}
              aria-describedby="signoff-blocked"
              onChange={(e) => setOverride(e.target.value)}
              data-testid="signoff-override"
            />
          </label>
        )}
        {allowed && !waiting && (
          <label className="field">
            <span>{t('review.signoff.note')}</span>
            <input
              autoFocus={!blocked}
              value={note}
              maxLength={2000}
              onChange={(e) => setNote(e.target.value)}
              data-testid="signoff-note"
            />
          </label>
        )}
        <DialogButtons
          label={t(blocked ? 'review.signoff.approveAnyway' : `review.signoff.${action}`)}
          testId="signoff-confirm"
          disabled={!ready}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  )
}
