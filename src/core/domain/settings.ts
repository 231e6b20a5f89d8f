/** The reviewer's preferences, stored per installation. */
import type { CheckSettings } from './findings'
import type { ReviewerRole } from './review'

export type UiLanguage = 'en' | 'es'
export const UI_LANGUAGES: readonly UiLanguage[] = ['en', 'es']

export type Theme = 'light' | 'dark'
export const THEMES: readonly Theme[] = ['light', 'dark']

export interface Settings {
  uiLanguage: UiLanguage
  theme: Theme
  reviewerName: string
  reviewerRole: ReviewerRole
  passThreshold: number
  checks: Record<string, NonNullable<CheckSettings[string]>>
}
