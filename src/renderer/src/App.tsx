import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from './api/client'
import { DocumentPage } from './features/document/DocumentPage'
import { HomePage } from './features/projects/HomePage'
import { ProjectPage } from './features/projects/ProjectPage'
import { isUiLanguage, type UiLanguage } from './i18n'
import { href, useRoute } from './router'

type Theme = 'light' | 'dark'

/** Shell: title bar with language and theme switches, and the page of the current route. */
export function App(): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const route = useRoute()
  const [theme, setTheme] = useState<Theme>('light')

  useEffect(() => {
    // Saved preferences win over the OS language and the default theme.
    void api.getSetting({ key: 'uiLanguage' }).then((r) => {
      if (r.ok && isUiLanguage(r.value)) void i18n.changeLanguage(r.value)
    })
    void api.getSetting({ key: 'theme' }).then((r) => {
      if (r.ok && (r.value === 'light' || r.value === 'dark')) setTheme(r.value)
    })
  }, [i18n])

  useEffect(() => {
    document.documentElement.dataset.theme = theme
  }, [theme])
  useEffect(() => {
    document.documentElement.lang = i18n.language
  }, [i18n.language])

  function changeLanguage(lang: UiLanguage): void {
    void i18n.changeLanguage(lang)
    void api.setSetting({ key: 'uiLanguage', value: lang })
  }

  function toggleTheme(): void {
    const next: Theme = theme === 'light' ? 'dark' : 'light'
    setTheme(next)
    void api.setSetting({ key: 'theme', value: next })
  }

  return (
    <div className="app">
      <header className="topbar">
        <a className="brand" href={href({ name: 'home' })}>
          Cotejo
        </a>
        <span className="tagline muted">{t('app.tagline')}</span>
        <div className="spacer" />
        <label htmlFor="ui-language" className="visually-hidden">
          {t('app.language')}
        </label>
        <select
          id="ui-language"
          data-testid="ui-language"
          value={i18n.language}
          onChange={(e) => isUiLanguage(e.target.value) && changeLanguage(e.target.value)}
        >
          <option value="en">English</option>
          <option value="es">Español</option>
        </select>
        <button type="button" onClick={toggleTheme} title={t('app.toggleTheme')} aria-label={t('app.toggleTheme')}>
          {theme === 'light' ? t('app.themeDark') : t('app.themeLight')}
        </button>
      </header>
      <main className="content">
        {route.name === 'home' && <HomePage />}
        {route.name === 'project' && <ProjectPage key={route.id} projectId={route.id} />}
        {route.name === 'document' && <DocumentPage key={route.id} documentId={route.id} />}
      </main>
    </div>
  )
}
