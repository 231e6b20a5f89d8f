import { useTranslation } from 'react-i18next'
import { GlossaryPanel } from './features/glossary/GlossaryPanel'
import { HomePage } from './features/projects/HomePage'
import { ProjectPage } from './features/projects/ProjectPage'
import { ReviewPage } from './features/review/ReviewPage'
import { SettingsPage } from './features/settings/SettingsPage'
import { isUiLanguage } from './i18n'
import { href, useRoute } from './router'
import { SettingsProvider, useSettings } from './state/settings'

function TopBar(): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const { settings, update } = useSettings()
  const theme = settings?.theme ?? 'light'
  return (
    <header className="topbar">
      <a className="brand" href={href({ name: 'home' })}>
        Cotejo
      </a>
      <span className="tagline muted">{t('app.tagline')}</span>
      <div className="spacer" />
      {settings && (
        <span className="muted" data-testid="current-reviewer">
          {settings.reviewerName} · {t(`roles.${settings.reviewerRole}`)}
        </span>
      )}
      <a href={href({ name: 'glossary' })}>{t('glossary.globalTitle')}</a>
      <a href={href({ name: 'settings' })}>{t('settings.title')}</a>
      <label htmlFor="ui-language" className="visually-hidden">
        {t('app.language')}
      </label>
      <select
        id="ui-language"
        data-testid="ui-language"
        value={i18n.language}
        onChange={(e) => isUiLanguage(e.target.value) && void update({ uiLanguage: e.target.value })}
      >
        <option value="en">English</option>
        <option value="es">Español</option>
      </select>
      <button
        type="button"
        onClick={() => void update({ theme: theme === 'light' ? 'dark' : 'light' })}
        title={t('app.toggleTheme')}
        aria-label={t('app.toggleTheme')}
      >
        {theme === 'light' ? t('app.themeDark') : t('app.themeLight')}
      </button>
    </header>
  )
}

/** Shell: title bar and the page of the current route. */
export function App(): React.JSX.Element {
  const route = useRoute()
  return (
    <SettingsProvider>
      <div className="app">
        <TopBar />
        <main className="content">
          {route.name === 'home' && <HomePage />}
          {route.name === 'settings' && <SettingsPage />}
          {route.name === 'glossary' && (
            <div className="page">
              <GlossaryPanel projectId={null} />
            </div>
          )}
          {route.name === 'project' && <ProjectPage key={route.id} projectId={route.id} />}
          {route.name === 'document' && <ReviewPage key={route.id} documentId={route.id} />}
        </main>
      </div>
    </SettingsProvider>
  )
}
