import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { Bead, DocumentView, Paragraph } from '../../../../shared/domain/types'

function Cell({
  paragraphs,
  emptyLabel,
  lang
}: {
  paragraphs: Paragraph[]
  emptyLabel: string
  lang: string
}): React.JSX.Element {
  if (paragraphs.length === 0) {
    return (
      <div className="cell empty" data-empty="true">
        {emptyLabel}
      </div>
    )
  }
  return (
    <div className="cell" lang={lang}>
      {paragraphs.map((p) => (
        <p key={p.id} data-position={p.position}>
          {p.text}
        </p>
      ))}
    </div>
  )
}

/**
 * The side-by-side grid. Virtualized: only the rows in view (plus a margin) are in the DOM, so a
 * document of thousands of paragraphs opens and scrolls as fast as a short one.
 */
export function BeadGrid({ view }: { view: DocumentView }): React.JSX.Element {
  const { t } = useTranslation()
  const scrollRef = useRef<HTMLDivElement>(null)
  // eslint-disable-next-line react-hooks/incompatible-library -- CONFIG: the app does not use React Compiler
  const virtualizer = useVirtualizer({
    count: view.beads.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 96,
    overscan: 8
  })
  const pick = (bead: Bead, side: 'source' | 'target'): Paragraph[] =>
    bead[side].map((pos) => view[side][pos]).filter((p): p is Paragraph => p !== undefined)

  return (
    <div className="grid" role="table" aria-label={t('document.gridLabel')} aria-rowcount={view.beads.length}>
      <div className="grid-head" role="row">
        <div role="columnheader" className="num">
          #
        </div>
        <div role="columnheader">{t(`lang.${view.document.sourceLang}`)}</div>
        <div role="columnheader">{t(`lang.${view.document.targetLang}`)}</div>
      </div>
      <div className="grid-body" ref={scrollRef} data-testid="grid-body">
        <div className="grid-spacer" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const bead = view.beads[item.index] as Bead
            return (
              <div
                key={bead.id}
                role="row"
                className={item.index % 2 === 1 ? 'grid-row alt' : 'grid-row'}
                data-testid="bead-row"
                data-index={item.index}
                aria-rowindex={item.index + 1}
                ref={virtualizer.measureElement}
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <div role="cell" className="num">
                  {item.index + 1}
                </div>
                <div role="cell" data-side="source">
                  <Cell
                    paragraphs={pick(bead, 'source')}
                    emptyLabel={t('document.noSource')}
                    lang={view.document.sourceLang}
                  />
                </div>
                <div role="cell" data-side="target">
                  <Cell
                    paragraphs={pick(bead, 'target')}
                    emptyLabel={t('document.noTarget')}
                    lang={view.document.targetLang}
                  />
                </div>
              </div>
            )
          })}
        </div>
      </div>
    </div>
  )
}
