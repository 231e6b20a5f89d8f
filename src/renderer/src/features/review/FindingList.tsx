import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { FindingView } from '@core/domain/findings'
import { family, FAMILY_ICON } from './categories'

interface Props {
  visible: FindingView[]
  /** What an empty list says ("no findings", or that the checks are still running). */
  empty: string
  selectedKey: string | null
  text: (f: FindingView) => { title: string; message: string }
  onSelect: (key: string) => void
  onHover: (key: string | null) => void
}

/**
 * The findings shown, virtualized: thousands of findings keep a few dozen items in the page. Each
 * item says where it stands in the whole list (aria-posinset / aria-setsize), so a screen reader
 * announces "3 of 1,200" though the others are not in the page; the selected one is scrolled to.
 */
export function FindingList({ visible, empty, selectedKey, text, onSelect, onHover }: Props): React.JSX.Element {
  const { t } = useTranslation()
  const scrollRef = useRef<HTMLUListElement>(null)
  // eslint-disable-next-line react-hooks/incompatible-library -- CONFIG: the app does not use React Compiler
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 56,
    overscan: 12,
    getItemKey: (i) => visible[i]?.key ?? i
  })

  const selectedIndex = selectedKey === null ? -1 : visible.findIndex((f) => f.key === selectedKey)
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' })
  }, [selectedIndex, virtualizer])

  if (visible.length === 0)
    return (
      <ul className="finding-list" data-testid="finding-list">
        <li className="muted" data-testid="finding-list-empty">
          {empty}
        </li>
      </ul>
    )
  return (
    <ul className="finding-list" data-testid="finding-list" ref={scrollRef}>
      {/* The spacer gives the list its full height, so the scroll bar is the whole list's. */}
      <li className="finding-spacer" aria-hidden="true" style={{ height: virtualizer.getTotalSize() }} />
      {virtualizer.getVirtualItems().map((item) => {
        const f = visible[item.index] as FindingView
        const { title, message } = text(f)
        return (
          <li
            key={item.key}
            className="finding-slot"
            data-index={item.index}
            ref={virtualizer.measureElement}
            aria-posinset={item.index + 1}
            aria-setsize={visible.length}
            style={{ transform: `translateY(${item.start}px)` }}
          >
            <button
              type="button"
              className={f.key === selectedKey ? 'finding selected' : 'finding'}
              data-finding-key={f.key}
              data-check={f.checkId}
              aria-pressed={f.key === selectedKey}
              onClick={() => onSelect(f.key)}
              onMouseEnter={() => onHover(f.key)}
              onMouseLeave={() => onHover(null)}
            >
              <span className={`sev-badge sev-${f.severity}`} title={t(`severity.${f.severity}`)}>
                {FAMILY_ICON[family(f.category)] ?? '•'}
              </span>
              <span className="finding-text">
                <strong>{title}</strong> <span className="muted">#{f.segment + 1}</span>
                <br />
                {message}
                {f.otherReasons && f.otherReasons.length > 0 && (
                  <span className="muted"> ({t('review.findings.moreReasons', { count: f.otherReasons.length })})</span>
                )}
              </span>
            </button>
          </li>
        )
      })}
    </ul>
  )
}
