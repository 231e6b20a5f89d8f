/** The reviewer's preferences, stored per installation. */
import type { CheckSettings } from './findings'
import type { ReviewerRole } from './review'
import type { MemoryScope } from './memory'

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
  /** Whose approved translations the memory-consistency check compares with: this project's, or every project's. */
  memoryScope: MemoryScope
  checks: Record<string, NonNullable<CheckSettings[string]>>
}
