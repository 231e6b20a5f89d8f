import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Settings } from '@core/domain/settings'
import type { Severity } from '@core/domain/findings'
import { REVIEWER_ROLES } from '@core/domain/review'
import { MEMORY_SCOPES, type MemoryScope } from '@core/domain/memory'
import { ErrorMessage } from '@renderer/components/ErrorMessage'
import { useSettings } from '@renderer/state/settings'
import { categoryKey, SEVERITY_ORDER } from '@renderer/features/review/categories'

/** Reviewer name and role, interface language and theme, pass threshold, and each check on/off with its severity. */
export function SettingsPage(): React.JSX.Element {
  const { t } = useTranslation()
  const { settings, checks, update } = useSettings()
  const [error, setError] = useState<unknown>(null)
  const [name, setName] = useState<string | null>(null)
  if (!settings) return <p className="muted">{t('common.loading')}</p>
  const save = (partial: Partial<Settings>): void => {
    setError(null)
    update(partial).catch(setError)
  }
  const checkSetting = (id: string) => settings.checks[id] ?? {}
  return (
    <div className="page">
      <h1>{t('settings.title')}</h1>
      <ErrorMessage error={error} />
      <section className="panel stack" aria-labelledby="settings-reviewer">
        <h2 id="settings-reviewer">{t('settings.reviewer')}</h2>
        <label className="field">
          <span>{t('settings.name')}</span>
          <input
            data-testid="settings-name"
            value={name ?? settings.reviewerName}
            maxLength={100}
            onChange={(e) => setName(e.target.value)}
            onBlur={() => name !== null && name.trim() && save({ reviewerName: name.trim() })}
          />
        </label>
        <label className="field">
          <span>{t('settings.role')}</span>
          <select
            data-testid="settings-role"
            value={settings.reviewerRole}
            onChange={(e) => save({ reviewerRole: e.target.value as Settings['reviewerRole'] })}
          >
            {REVIEWER_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <p className="muted">{t('settings.roleHelp')}</p>
      </section>
      <section className="panel stack" aria-labelledby="settings-display">
        <h2 id="settings-display">{t('settings.display')}</h2>
        <label className="field">
          <span>{t('app.language')}</span>
          <select
            value={settings.uiLanguage}
            onChange={(e) => save({ uiLanguage: e.target.value as Settings['uiLanguage'] })}
          >
            <option value="en">English</option>
            <option value="es">Español</option>
          </select>
        </label>
        <label className="field">
          <span>{t('settings.theme')}</span>
          <select value={settings.theme} onChange={(e) => save({ theme: e.target.value as Settings['theme'] })}>
            <option value="light">{t('app.themeLight')}</option>
            <option value="dark">{t('app.themeDark')}</option>
          </select>
        </label>
      </section>
      <section className="panel stack" aria-labelledby="settings-quality">
        <h2 id="settings-quality">{t('settings.quality')}</h2>
        <label className="field">
          <span>{t('settings.passThreshold')}</span>
          <input
            type="number"
            min={0}
            max={100}
            step={0.5}
            value={settings.passThreshold}
            onChange={(e) => {
              const v = Number(e.target.value)
              if (Number.isFinite(v) && v >= 0 && v <= 100) save({ passThreshold: v })
            }}
          />
        </label>
        <p className="muted">{t('review.scoreFormula', { minor: 1, major: 5, critical: 25 })}</p>
        <label className="field">
          <span>{t('settings.memoryScope')}</span>
          <select
            data-testid="settings-memory-scope"
            value={settings.memoryScope}
            onChange={(e) => save({ memoryScope: e.target.value as MemoryScope })}
          >
            {MEMORY_SCOPES.map((s) => (
              <option key={s} value={s}>
                {t(s === 'project' ? 'settings.memoryScopeProject' : 'settings.memoryScopeAll')}
              </option>
            ))}
          </select>
        </label>
        <p className="muted">{t('settings.memoryScopeHelp')}</p>
      </section>
      <section className="panel" aria-labelledby="settings-checks">
        <h2 id="settings-checks">{t('settings.checks')}</h2>
        <table className="table" data-testid="settings-checks">
          <thead>
            <tr>
              <th>{t('settings.check')}</th>
              <th>{t('settings.category')}</th>
              <th>{t('settings.enabled')}</th>
              <th>{t('settings.severity')}</th>
            </tr>
          </thead>
          <tbody>
            {checks.map((c) => {
              const s = checkSetting(c.id)
              const enabled = s.enabled ?? c.enabledByDefault
              return (
                <tr key={c.id}>
                  <td>
                    <strong>{t(`checks.${c.id}.title`, { defaultValue: c.id })}</strong>
                    <br />
                    <span className="muted">{t(`checks.${c.id}.description`, { defaultValue: '' })}</span>
                  </td>
                  <td>{t(categoryKey(c.category), { defaultValue: c.category })}</td>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={t('settings.enabled')}
                      checked={enabled}
                      onChange={(e) =>
                        save({ checks: { ...settings.checks, [c.id]: { ...s, enabled: e.target.checked } } })
                      }
                    />
                  </td>
                  <td>
                    <select
                      aria-label={t('settings.severity')}
                      value={s.severity ?? c.defaultSeverity}
                      onChange={(e) =>
                        save({ checks: { ...settings.checks, [c.id]: { ...s, severity: e.target.value as Severity } } })
                      }
                    >
                      {SEVERITY_ORDER.map((sev) => (
                        <option key={sev} value={sev}>
                          {t(`severity.${sev}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </section>
    </div>
  )
}
