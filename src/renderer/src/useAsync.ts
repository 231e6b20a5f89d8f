import { useCallback, useEffect, useEffectEvent, useState } from 'react'

export interface AsyncState<T> {
  data: T | undefined
  error: unknown
  loading: boolean
  reload: () => void
}

/**
 * Runs `load` on mount, whenever `key` changes (name what the loader depends on, e.g. the
 * document id) and on `reload`. The previous data stays visible while a reload runs.
 */
export function useAsync<T>(load: () => Promise<T>, key: string): AsyncState<T> {
  const [state, setState] = useState<{ data: T | undefined; error: unknown; loading: boolean }>({
    data: undefined,
    error: null,
    loading: true
  })
  const [tick, setTick] = useState(0)
  const run = useEffectEvent(load)
  useEffect(() => {
    let live = true
    run().then(
      (data) => live && setState({ data, error: null, loading: false }),
      (error: unknown) => live && setState({ data: undefined, error, loading: false })
    )
    return () => {
      live = false
    }
  }, [key, tick])
  return { ...state, reload: useCallback(() => setTick((n) => n + 1), []) }
}
