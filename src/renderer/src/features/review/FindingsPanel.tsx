import { useTranslation } from 'react-i18next'
import type { FindingView } from '@core/domain/findings'
import { categoryKey, family, SEVERITY_ORDER } from './categories'
import { FindingList } from './FindingList'
import { shortcutLabel } from './shortcuts'
import { findingCounts } from '@renderer/i18n/finding-counts'

export interface FindingFilters {
  state: '' | 'open' | 'fixed' | 'ignored'
  severity: string
  family: string
  check: string
}

export const DEFAULT_FILTERS: FindingFilters = { state: 'open', severity: '', family: '', check: '' }

export function applyFilters(findings: readonly FindingView[], f: FindingFilters): FindingView[] {
  return findings.filter(
    (x) =>
      (!f.state || x.state === f.state) &&
      (!f.severity || x.severity === f.severity) &&
      (!f.family || family(x.category) === f.family) &&
      (!f.check || x.checkId === f.check || (x.otherReasons ?? []).some((r) => r.checkId === f.check))
  )
}

/** A finding's message (or one of its other reasons') in the UI language, from its check's catalogue. */
export function useFindingText(): (f: Pick<FindingView, 'checkId' | 'messageKey' | 'params' | 'message'>) => {
  title: string
  message: string
} {
  const { t } = useTranslation()
  return (f) => ({
    title: t(`checks.${f.checkId}.title`, { defaultValue: f.checkId }),
    message: t(`checks.${f.checkId}.messages.${f.messageKey}`, { ...f.params, defaultValue: f.message })
  })
}

interface Props {
  findings: FindingView[]
  visible: FindingView[]
  filters: FindingFilters
  selectedKey: string | null
  locked: boolean
  /** The checks are running: counts and an empty list would claim what no check has said yet. */
  checking: boolean
  onFilters: (f: FindingFilters) => void
  onSelect: (key: string) => void
  onHover: (key: string | null) => void
  onNext: () => void
  onPrevious: () => void
  onAccept: (f: FindingView) => void
  onIgnore: (f: FindingView) => void
  onUnignore: (f: FindingView) => void
  onFixAll: (f: FindingView) => void
  onQuery: (f: FindingView) => void
  onEditFor: (f: FindingView) => void
  /** Shown above the findings: what the active segment carries besides them (its notes). */
  children?: React.ReactNode
}

/** Counts, filters, the list of findings, and the actions on the selected one. */
export function FindingsPanel(props: Props): React.JSX.Element {
  const { t } = useTranslation()
  const text = useFindingText()
  const { findings, visible, filters, selectedKey } = props
  const count = (state: string): number => findings.filter((f) => f.state === state).length
  const checkIds = [
    ...new Set(findings.flatMap((f) => [f.checkId, ...(f.otherReasons ?? []).map((r) => r.checkId)]))
  ].sort()
  const families = [...new Set(findings.map((f) => family(f.category)))].sort()
  const selected = findings.find((f) => f.key === selectedKey) ?? null

  return (
    <aside className="findings-panel" aria-label={t('review.findings.title')} data-testid="findings-panel">
      {props.children}
      <div className="panel-head">
        <h2>{t('review.findings.title')}</h2>
        <span className="counts" data-testid="finding-counts">
          {props.checking
            ? t('review.findings.checking')
            : findingCounts(t, { open: count('open'), ignored: count('ignored') })}
        </span>
      </div>
      <div className="filters">
        <select
          aria-label={t('review.findings.filterState')}
          value={filters.state}
          onChange={(e) => props.onFilters({ ...filters, state: e.target.value as FindingFilters['state'] })}
        >
          <option value="">{t('review.findings.allStates')}</option>
          <option value="open">{t('findingState.open')}</option>
          <option value="ignored">{t('findingState.ignored')}</option>
        </select>
        <select
          aria-label={t('review.findings.filterSeverity')}
          value={filters.severity}
          onChange={(e) => props.onFilters({ ...filters, severity: e.target.value })}
        >
          <option value="">{t('review.findings.allSeverities')}</option>
          {SEVERITY_ORDER.map((s) => (
            <option key={s} value={s}>
              {t(`severity.${s}`)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('review.findings.filterCategory')}
          value={filters.family}
          onChange={(e) => props.onFilters({ ...filters, family: e.target.value })}
        >
          <option value="">{t('review.findings.allCategories')}</option>
          {families.map((f) => (
            <option key={f} value={f}>
              {t(`families.${f}`, { defaultValue: f })}
            </option>
          ))}
        </select>
        <select
          aria-label={t('review.findings.filterCheck')}
          value={filters.check}
          onChange={(e) => props.onFilters({ ...filters, check: e.target.value })}
        >
          <option value="">{t('review.findings.allChecks')}</option>
          {checkIds.map((id) => (
            <option key={id} value={id}>
              {t(`checks.${id}.title`, { defaultValue: id })}
            </option>
          ))}
        </select>
      </div>
      <div className="nav-buttons">
        <button type="button" onClick={props.onPrevious} title={shortcutLabel('previousFinding')}>
          ↑ {t('review.findings.previous')}
        </button>
        <button type="button" onClick={props.onNext} title={shortcutLabel('nextFinding')}>
          ↓ {t('review.findings.next')}
        </button>
      </div>
      <FindingList
        visible={visible}
        empty={props.checking ? t('review.findings.pending') : t('review.findings.none')}
        selectedKey={selectedKey}
        text={text}
        onSelect={props.onSelect}
        onHover={props.onHover}
      />
      {selected && (
        <section className="finding-detail" data-testid="finding-detail" aria-label={t('review.findings.detail')}>
          <p>
            <strong>{text(selected).title}</strong> ·{' '}
            {t(categoryKey(selected.category), { defaultValue: selected.category })} ·{' '}
            {t(`severity.${selected.severity}`)}
          </p>
          <p>{text(selected).message}</p>
          {selected.otherReasons && selected.otherReasons.length > 0 && (
            <div data-testid="other-reasons">
              <p className="muted">{t('review.findings.otherReasons', { count: selected.otherReasons.length })}</p>
              <ul>
                {selected.otherReasons.map((r) => (
                  <li key={`${r.checkId}:${r.messageKey}`}>
                    <strong>{text(r).title}</strong> ({t(`severity.${r.severity}`)}): {text(r).message}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {selected.suggestion !== null && (
            <p>
              {t('review.findings.suggestion')}: <q data-testid="suggestion">{selected.suggestion}</q>
            </p>
          )}
          {selected.state === 'ignored' && selected.reason && (
            <p className="muted">
              {t('review.findings.ignoredBecause')}: {selected.reason}
            </p>
          )}
          <div className="detail-actions">
            {selected.state === 'open' && selected.suggestion !== null && selected.targetSpan && (
              <>
                <button
                  type="button"
                  className="primary"
                  disabled={props.locked}
                  onClick={() => props.onAccept(selected)}
                  title={shortcutLabel('accept')}
                >
                  {t('review.actions.accept')} <kbd>{shortcutLabel('accept')}</kbd>
                </button>
                <button
                  type="button"
                  disabled={props.locked}
                  onClick={() => props.onFixAll(selected)}
                  title={shortcutLabel('fixAll')}
                >
                  {t('review.actions.fixAll')} <kbd>{shortcutLabel('fixAll')}</kbd>
                </button>
              </>
            )}
            {selected.state === 'open' && selected.targetParagraph !== null && (
              <button
                type="button"
                disabled={props.locked}
                onClick={() => props.onEditFor(selected)}
                title={shortcutLabel('edit')}
              >
                {t('review.actions.edit')} <kbd>{shortcutLabel('edit')}</kbd>
              </button>
            )}
            {selected.state === 'open' && (
              <button
                type="button"
                disabled={props.locked}
                onClick={() => props.onIgnore(selected)}
                title={shortcutLabel('ignore')}
              >
                {t('review.actions.ignore')} <kbd>{shortcutLabel('ignore')}</kbd>
              </button>
            )}
            {selected.state === 'ignored' && (
              <button type="button" disabled={props.locked} onClick={() => props.onUnignore(selected)}>
                {t('review.actions.unignore')}
              </button>
            )}
            {selected.sourceSpan && (
              <button type="button" onClick={() => props.onQuery(selected)} title={shortcutLabel('query')}>
                {t('review.actions.query')} <kbd>{shortcutLabel('query')}</kbd>
              </button>
            )}
          </div>
        </section>
      )}
    </aside>
  )
}
