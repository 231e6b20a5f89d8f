import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { MemoryMatch, MemoryUnit, RenderingGroup } from '@core/domain/memory'
import { api } from '@renderer/api/client'
import { DiffText } from './DiffText'

interface Props {
  documentId: number
  segment: number
  /** The active segment's source, to show how a match's source differs from it. */
  source: string
  /** Its current translation: an approved translation of the very same source that differs is pointed out. */
  target: string
  /** Changes whenever the document is reloaded, so matches follow status changes. */
  revision: unknown
}

function Pair({
  unit,
  source,
  target
}: {
  unit: MemoryUnit | MemoryMatch
  source?: string
  target?: string
}): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const date = new Date(unit.changedAt).toLocaleDateString(i18n.language)
  // Same source, another translation: the difference is what a reviewer must decide on.
  const differs =
    'score' in unit && unit.score === 1 && target !== undefined && target.trim() !== '' && unit.target !== target
  return (
    <li className="memory-pair" data-testid="memory-pair">
      <p className="memory-source" lang={unit.sourceLang}>
        {source === undefined ? unit.source : <DiffText before={unit.source} after={source} />}
      </p>
      <p className="memory-target" lang={unit.targetLang}>
        {differs ? <DiffText before={unit.target} after={target} /> : unit.target}
      </p>
      {differs && (
        <p className="memory-differs" role="note" data-testid="memory-differs">
          {t('memory.differs')}
        </p>
      )}
      <p className="muted">
        {'score' in unit && <strong>{t('memory.score', { score: Math.round(unit.score * 100) })} · </strong>}
        {t(`memory.status.${unit.status}`)} · {unit.projectName ? `${unit.projectName} › ` : ''}
        {unit.origin} · {date}
      </p>
    </li>
  )
}

/** Each way the searched phrase was rendered, most used first, with when it was used. */
function Renderings({ groups }: { groups: RenderingGroup[] }): React.JSX.Element | null {
  const { t, i18n } = useTranslation()
  if (groups.length === 0) return null
  const day = (iso: string): string => new Date(iso).toLocaleDateString(i18n.language)
  return (
    <ul className="memory-renderings" aria-label={t('memory.renderings')} data-testid="memory-renderings">
      {groups.map((g) => (
        <li key={`${g.targetLang}:${g.rendering ?? ''}`} data-testid="memory-rendering">
          <strong lang={g.targetLang}>{g.rendering ?? t('memory.renderingUnknown')}</strong>
          {' · '}
          {t('memory.renderingUses', { count: g.count })}
          {' · '}
          {g.first.slice(0, 10) === g.last.slice(0, 10)
            ? day(g.first)
            : t('memory.renderingDates', { first: day(g.first), last: day(g.last) })}
        </li>
      ))}
    </ul>
  )
}

/**
 * The approved memory beside the segment under review: earlier reviewed or approved translations
 * whose source is at least 75 % alike, with the differences from this source marked, and a search
 * for how a phrase was rendered before.
 */
export function MemoryPanel({ documentId, segment, source, target, revision }: Props): React.JSX.Element {
  const { t } = useTranslation()
  const [matches, setMatches] = useState<MemoryMatch[]>([])
  const [phrase, setPhrase] = useState('')
  const [found, setFound] = useState<MemoryUnit[] | null>(null)
  const [renderings, setRenderings] = useState<RenderingGroup[]>([])
  useEffect(() => {
    let live = true
    void api.memoryMatches({ documentId, segment }).then((r) => {
      if (live) setMatches(r.ok ? r.value : [])
    })
    return () => {
      live = false
    }
  }, [documentId, segment, revision])

  return (
    <section className="memory-panel" aria-labelledby="memory-title" data-testid="memory-panel">
      <h2 id="memory-title">{t('memory.title', { count: matches.length })}</h2>
      {matches.length === 0 ? (
        <p className="muted">{t('memory.none')}</p>
      ) : (
        <ul className="memory-list">
          {matches.map((m) => (
            <Pair key={m.id} unit={m} source={source} target={target} />
          ))}
        </ul>
      )}
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault()
          void api.searchMemory({ phrase }).then((r) => setFound(r.ok ? r.value : []))
          void api.memoryRenderings({ phrase }).then((r) => setRenderings(r.ok ? r.value : []))
        }}
      >
        <label htmlFor="memory-search">{t('memory.search')}</label>
        <input
          id="memory-search"
          data-testid="memory-search"
          value={phrase}
          minLength={3}
          maxLength={200}
          onChange={(e) => setPhrase(e.target.value)}
        />
      </form>
      {found !== null && (
        <>
          <p role="status" className="muted" data-testid="memory-found">
            {t('memory.found', { count: found.length })}
          </p>
          <Renderings groups={renderings} />
          <ul className="memory-list">
            {found.map((u) => (
              <Pair key={u.id} unit={u} />
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
