import { useEffect, useState } from 'react'

/** Hash routes: a reload keeps the reviewer where they were, in Electron (file://) and in browser mode alike. */
export type Route =
  | { name: 'home' }
  | { name: 'settings' }
  | { name: 'glossary' }
  | { name: 'project'; id: number }
  | { name: 'document'; id: number }

export function parseHash(hash: string): Route {
  const m = /^#\/(project|document)\/(\d+)/.exec(hash)
  if (m) return { name: m[1] as 'project' | 'document', id: Number(m[2]) }
  if (hash.startsWith('#/settings')) return { name: 'settings' }
  if (hash.startsWith('#/glossary')) return { name: 'glossary' }
  return { name: 'home' }
}

export function href(route: Route): string {
  if (route.name === 'home') return '#/'
  if (route.name === 'settings') return '#/settings'
  if (route.name === 'glossary') return '#/glossary'
  return `#/${route.name}/${route.id}`
}

export function navigate(route: Route): void {
  window.location.hash = href(route)
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(window.location.hash))
  useEffect(() => {
    const onChange = (): void => setRoute(parseHash(window.location.hash))
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  return route
}
