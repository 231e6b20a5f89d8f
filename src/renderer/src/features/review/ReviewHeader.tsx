import { useTranslation } from 'react-i18next'
import type { ReviewHeaderView } from '@core/api/contract'
import { mayDo, type ReviewerRole } from '@core/domain/review'
import { SEVERITY_WEIGHTS } from '@core/review/score'
import { api, unwrap } from '@renderer/api/client'
import { href } from '@renderer/router'
import { ExportMenu } from '@renderer/features/export/ExportMenu'
import { ReviewTableButton } from './ReviewTableButton'
import { NewVersionButton } from './NewVersionButton'
import { VersionHistoryButton } from '@renderer/features/versions/VersionHistory'
import { FAMILY_ICON } from './categories'
import { DocumentLanguages } from './DocumentLanguages'
import { DocumentTitle } from './DocumentTitle'
import { shortcutLabel } from './shortcuts'
import { findingCounts } from '@renderer/i18n/finding-counts'

interface Props {
  data: ReviewHeaderView
  /** The current reviewer's role: Approve is disabled, with the reason, for a role that cannot approve. */
  reviewerRole: ReviewerRole
  onApprove: () => void
  onReopen: () => void
  onAudit: () => void
  onQueries: () => void
  onHelp: () => void
  onError: (err: unknown) => void
  onRealign: () => void
  /** Runs a change the way the page does (busy line, errors, reload). */
  perform: (action: () => Promise<unknown>) => Promise<boolean>
}

/** Names, progress, quality score, status and the document-level actions. */
export function ReviewHeader({
  data,
  reviewerRole,
  onApprove,
  onReopen,
  onAudit,
  onQueries,
  onHelp,
  onError,
  onRealign,
  perform
}: Props): React.JSX.Element {
  const { t } = useTranslation()
  const { project, document, progress, original } = data
  const approved = document.status === 'approved'
  const lastSignoff = data.signoffs.at(-1)
  const canApprove = mayDo(reviewerRole, 'approve')
  // Approval reads the findings: while the checks run there is nothing yet to approve over.
  const checking = data.findingsState === 'checking'
  const approveRefusal = !canApprove
    ? t('review.signoff.roleCannotShort', { role: t(`roles.${reviewerRole}`) })
    : checking
      ? t('review.signoff.waitForChecks')
      : null
  const changedInVersion = data.segments.changed.length
  return (
    <header className="review-header">
      <nav className="breadcrumb" aria-label={t('common.breadcrumb')}>
        <a href={href({ name: 'home' })}>{t('nav.projects')}</a> ›{' '}
        <a href={href({ name: 'project', id: project.id })} data-testid="document-project">
          {project.name}
        </a>{' '}
        › <span>{document.name}</span>
      </nav>
      <div className="review-title">
        <DocumentTitle documentId={document.id} name={document.name} perform={perform} />
        <span className={`badge ${document.status}`} data-testid="document-status">
          {t(`status.${document.status}`)}
        </span>
        {approved && lastSignoff && (
          <span className="muted" data-testid="signoff-info">
            {t('review.signoff.by', {
              name: lastSignoff.name,
              role: t(`roles.${lastSignoff.role}`, { defaultValue: lastSignoff.role })
            })}
            {lastSignoff.override && (
              <>
                {' · '}
                <span data-testid="signoff-override-info">
                  {t('review.signoff.overridden', { reason: lastSignoff.override })}
                </span>
              </>
            )}
          </span>
        )}
        <div className="spacer" />
        <ExportMenu
          testId="export-document"
          original={original !== null}
          onError={onError}
          exportAs={(format, options) => unwrap(api.exportDocument({ documentId: document.id, format, options }))}
        />
        {!approved && <ReviewTableButton documentId={document.id} perform={perform} />}
        {original === null && <NewVersionButton documentId={document.id} perform={perform} />}
        <VersionHistoryButton
          documentId={document.id}
          sourceLang={document.sourceLang}
          targetLang={document.targetLang}
        />
        {!approved && original === null && (
          <button type="button" onClick={onRealign} title={t('align.realignHelp')} data-testid="realign">
            {t('align.realign')}
          </button>
        )}
        <button type="button" onClick={onQueries}>
          {t('review.query.button', { count: data.queries.filter((q) => q.status === 'open').length })}
        </button>
        <button type="button" onClick={onAudit} data-testid="open-audit" title={shortcutLabel('audit')}>
          {t('review.audit.button')}
        </button>
        <button type="button" onClick={onHelp} title={shortcutLabel('help')} aria-label={t('review.shortcuts.title')}>
          ? <kbd>{shortcutLabel('help')}</kbd>
        </button>
        {approved ? (
          <button type="button" onClick={onReopen} data-testid="reopen" title={shortcutLabel('signoff')}>
            {t('review.signoff.reopen')}
          </button>
        ) : (
          <>
            {approveRefusal !== null && (
              <span className="muted" id="approve-refused" data-testid="approve-refused">
                {approveRefusal}
              </span>
            )}
            <button
              type="button"
              className="primary"
              onClick={onApprove}
              disabled={approveRefusal !== null}
              aria-describedby={approveRefusal === null ? undefined : 'approve-refused'}
              data-testid="approve"
              title={shortcutLabel('signoff')}
            >
              {t('review.signoff.approve')}
            </button>
          </>
        )}
      </div>
      <div className="review-stats">
        <DocumentLanguages document={document} checks={checking ? null : data.checks} failures={data.checkFailures} />
        <span data-testid="progress">
          {t('review.progress', { reviewed: progress.reviewed, total: progress.segments })}
        </span>
        {changedInVersion > 0 && (
          <span data-testid="changed-in-version">
            {/* Approved before and not since: what changed is what the approver has not seen. */}
            {!approved && data.signoffs.some((s) => s.action === 'approve')
              ? t('version.changedSinceApproval', { count: changedInVersion })
              : t('version.changedNotice', { count: changedInVersion })}
          </span>
        )}
        {checking ? (
          <span className="score provisional" data-testid="checks-pending">
            {t('review.checksPending')}
          </span>
        ) : (
          <ScoreAndCounts data={data} />
        )}
        <span className="legend" aria-label={t('review.legend')}>
          {(['critical', 'major', 'minor'] as const).map((s) => (
            <span key={s} className={`legend-item hl sev-${s}`}>
              {t(`severity.${s}`)}
            </span>
          ))}
          {Object.entries(FAMILY_ICON).map(([fam, icon]) => (
            <span key={fam} className="legend-item" title={t(`families.${fam}`)}>
              <span className="sev-badge">{icon}</span> {t(`families.${fam}`)}
            </span>
          ))}
        </span>
      </div>
    </header>
  )
}

/** The finding counts and the quality score: shown once the checks have run. */
function ScoreAndCounts({ data }: { data: ReviewHeaderView }): React.JSX.Element {
  const { t } = useTranslation()
  const { progress, score } = data
  return (
    <>
      <span>
        {findingCounts(t, {
          open: progress.findingsOpen,
          fixed: progress.findingsFixed,
          ignored: progress.findingsIgnored
        })}
      </span>
      <span
        className={score.provisional ? 'score provisional' : score.pass ? 'score pass' : 'score fail'}
        data-testid="quality-score"
        data-provisional={score.provisional}
        title={`${score.provisional ? `${t('review.provisionalHelp')} ` : ''}${t('review.scoreFormula', {
          minor: SEVERITY_WEIGHTS.minor,
          major: SEVERITY_WEIGHTS.major,
          critical: SEVERITY_WEIGHTS.critical
        })}`}
      >
        {score.provisional ? (
          t('review.scoreProvisional', {
            count: score.open,
            score: score.score.toFixed(1),
            floor: score.ifOpenConfirmed.toFixed(1)
          })
        ) : (
          <>
            {t('review.score', { score: score.score.toFixed(1), threshold: score.threshold })} ·{' '}
            <span className="verdict" data-testid="quality-verdict">
              {score.pass ? t('review.pass') : t('review.fail')}
            </span>
          </>
        )}
      </span>
    </>
  )
}
