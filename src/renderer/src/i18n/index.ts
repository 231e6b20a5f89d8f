import i18next from 'i18next'
import type { CheckInfo } from '@core/domain/findings'
import { initReactI18next } from 'react-i18next'
import en from './locales/en.json'
import es from './locales/es.json'

export const UI_LANGUAGES = ['en', 'es'] as const
export type UiLanguage = (typeof UI_LANGUAGES)[number]

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value)
}

/** The OS or browser language when it is one we have, else English. */
export function initialLanguage(): UiLanguage {
  const nav = navigator.language.slice(0, 2)
  return isUiLanguage(nav) ? nav : 'en'
}

void i18next.use(initReactI18next).init({
  resources: { en: { translation: en }, es: { translation: es } },
  lng: initialLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false
})

export default i18next

/**
 * Each check carries its own title, description and messages in both languages (one file per
 * check in the core); they join the catalogues under checks.<id>.
 */
export function registerCheckMessages(checks: readonly CheckInfo[]): void {
  for (const lang of UI_LANGUAGES) {
    const bundle: Record<string, unknown> = {}
    for (const c of checks) bundle[c.id] = c.i18n[lang]
    i18next.addResourceBundle(lang, 'translation', { checks: bundle }, true, true)
  }
}
