/** The reviewer's settings, and the checks they switch on and off. */
import { z } from 'zod'
import type { CheckInfo } from '../../domain/findings'
import type { CheckProgress, ReviewerRole } from '../../domain/review'
import type { Settings, Theme, UiLanguage } from '../../domain/settings'
import type { MemoryScope } from '../../domain/memory'
import { exactly, severity } from './shared'

export const settingsSchema = exactly<Settings>()(
  z.object({
    uiLanguage: exactly<UiLanguage>()(z.enum(['en', 'es'])),
    theme: exactly<Theme>()(z.enum(['light', 'dark'])),
    reviewerName: z.string().trim().min(1).max(100),
    reviewerRole: exactly<ReviewerRole>()(z.enum(['translator', 'reviewer', 'communications'])),
    passThreshold: z.number().min(0).max(100),
    memoryScope: exactly<MemoryScope>()(z.enum(['project', 'all'])),
    checks: z.record(z.string().max(80), z.object({ enabled: z.boolean().optional(), severity: severity.optional() }))
  })
)

export const settingsInputs = {
  getSettings: z.object({}),
  updateSettings: settingsSchema.partial(),
  listChecks: z.object({}),
  checkProgress: z.object({})
} as const

export interface SettingsOutputs {
  getSettings: Settings
  updateSettings: Settings
  listChecks: CheckInfo[]
  /** Background checks in flight, for a progress bar while a long document is checked. */
  checkProgress: CheckProgress
}
