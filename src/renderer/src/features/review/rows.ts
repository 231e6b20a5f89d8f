// Types only from the core: the latency bench runs this file under plain tsx, which knows no `@core`.
import type { RowFields, RowPage } from '@core/api/contract'
import type { Bead, DocumentView, Paragraph } from '@core/domain/document'

/** Rows one page read asks for: a screenful or two at a time, a few tens of kilobytes. */
export const PAGE_ROWS = 100

/**
 * The rows the screen has read so far (pages, and rows read again after a change), by position:
 * beads by their position, paragraphs by theirs.
 */
export interface RowCache {
  beads: ReadonlyMap<number, Bead>
  source: ReadonlyMap<number, Paragraph>
  target: ReadonlyMap<number, Paragraph>
}

export const NO_ROWS: RowCache = { beads: new Map(), source: new Map(), target: new Map() }

/** The page that holds the row at `position`. */
export const pageOf = (position: number): number => Math.floor(position / PAGE_ROWS)

/** The pages that hold the rows at `positions`, each once, in order. */
export function pagesOf(positions: Iterable<number>): number[] {
  return [...new Set([...positions].map(pageOf))].sort((a, b) => a - b)
}

/** The cache with `rows` in (replacing what it had of those rows). */
export function withRowsRead(cache: RowCache, rows: Pick<DocumentView, RowFields>): RowCache {
  const beads = new Map(cache.beads)
  const source = new Map(cache.source)
  const target = new Map(cache.target)
  for (const b of rows.beads) beads.set(b.position, b)
  for (const p of rows.source) source.set(p.position, p)
  for (const p of rows.target) target.set(p.position, p)
  return { beads, source, target }
}

/** A cache of these pages only (what a full read again keeps: the rows in view, fresh). */
export function cacheOfPages(pages: readonly RowPage[]): RowCache {
  return pages.reduce(withRowsRead, NO_ROWS)
}

/** The paragraphs of one side of a row, as far as they are read. */
export function rowParagraphs(cache: RowCache, bead: Bead, side: 'source' | 'target'): Paragraph[] {
  const from = side === 'source' ? cache.source : cache.target
  return bead[side].map((p) => from.get(p)).filter((p): p is Paragraph => p !== undefined)
}

/** A side's text of the row at `segment` (paragraphs joined as the editor and the memory show them). */
export function rowText(cache: RowCache, segment: number, side: 'source' | 'target'): string {
  const bead = cache.beads.get(segment)
  return bead
    ? rowParagraphs(cache, bead, side)
        .map((p) => p.text)
        .join('\n\n')
    : ''
}
