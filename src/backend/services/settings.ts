import { userInfo } from 'node:os'
import { settingsSchema } from '../../core/api/contract'
import type { Settings } from '../../core/domain/settings'
import { DEFAULT_PASS_THRESHOLD } from '../../core/review/score'
import type { createSettingsStore } from '../store/settings'
import { change, type Change } from './mutation'

/** The reviewer's OS account name: a sensible first value for "who made this correction". */
function osUserName(): string {
  try {
    return userInfo().username || 'Reviewer'
  } catch {
    return 'Reviewer'
  }
}

export function defaultSettings(): Settings {
  return {
    uiLanguage: 'en',
    theme: 'light',
    reviewerName: osUserName(),
    reviewerRole: 'reviewer',
    passThreshold: DEFAULT_PASS_THRESHOLD,
    memoryScope: 'project',
    checks: {}
  }
}

/** Typed settings over the key/value table; a stored value that no longer validates falls back to its default. */
export function createSettingsService(store: ReturnType<typeof createSettingsStore>) {
  const defaults = defaultSettings()
  const keys = Object.keys(defaults) as Array<keyof Settings>

  function get(): Settings {
    const out = { ...defaults } as Record<keyof Settings, unknown>
    for (const key of keys) {
      const raw = store.get(key)
      if (raw === null) continue
      try {
        const parsed = settingsSchema.shape[key].safeParse(JSON.parse(raw))
        if (parsed.success) out[key] = parsed.data
      } catch {
        // Unreadable value: keep the default.
      }
    }
    return out as Settings
  }

  return {
    get,
    /**
     * Saves the given settings. A change of the reviewer's name or role asks for an audit row (not
     * tied to a document): roles decide who may approve, so switching role must leave a trace.
     */
    update(partial: Partial<Settings>): Change<Settings> {
      const before = get()
      for (const [key, value] of Object.entries(partial)) if (value !== undefined) store.set(key, JSON.stringify(value))
      const after = get()
      if (before.reviewerName === after.reviewerName && before.reviewerRole === after.reviewerRole) return change(after)
      return change(after, {
        documentId: null,
        projectId: null,
        details: {
          before: { name: before.reviewerName, role: before.reviewerRole },
          after: { name: after.reviewerName, role: after.reviewerRole }
        }
      })
    }
  }
}

export type SettingsService = ReturnType<typeof createSettingsService>
