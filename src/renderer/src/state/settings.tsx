import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CheckInfo } from '@core/domain/findings'
import type { Settings } from '@core/domain/settings'
import { api, unwrap } from '@renderer/api/client'
import { registerCheckMessages } from '@renderer/i18n'

interface SettingsState {
  settings: Settings | null
  checks: CheckInfo[]
  update: (partial: Partial<Settings>) => Promise<void>
}

const SettingsContext = createContext<SettingsState>({ settings: null, checks: [], update: async () => {} })

/** Loads the saved settings and the check catalogue once; applies language and theme. */
export function SettingsProvider({ children }: { children: React.ReactNode }): React.JSX.Element {
  const { i18n } = useTranslation()
  const [settings, setSettings] = useState<Settings | null>(null)
  const [checks, setChecks] = useState<CheckInfo[]>([])

  useEffect(() => {
    void unwrap(api.getSettings({})).then((s) => {
      setSettings(s)
      void i18n.changeLanguage(s.uiLanguage)
    })
    void unwrap(api.listChecks({})).then((list) => {
      registerCheckMessages(list)
      setChecks(list)
    })
  }, [i18n])

  useEffect(() => {
    if (settings) document.documentElement.dataset.theme = settings.theme
  }, [settings])

  const update = useCallback(
    async (partial: Partial<Settings>) => {
      const next = await unwrap(api.updateSettings(partial))
      setSettings(next)
      if (partial.uiLanguage) await i18n.changeLanguage(partial.uiLanguage)
    },
    [i18n]
  )

  const value = useMemo(() => ({ settings, checks, update }), [settings, checks, update])
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>
}

export function useSettings(): SettingsState {
  return useContext(SettingsContext)
}
