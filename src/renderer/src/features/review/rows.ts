import type { ReviewHeaderView, RowFields, RowPage } from '@core/api/contract'
import { withStatuses } from '@core/api/segment-index'
import type { Bead, DocumentView, Paragraph } from '@core/domain/document'
import type { DocumentReview } from '@core/domain/review'

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

/**
 * The header with some rows read again (`getRows`): their findings in place of their old ones,
 * their statuses in the index, and everything else (progress, score, queries…) as the answer says.
 */
export function withRowsHeader(
  shown: ReviewHeaderView,
  rows: DocumentReview,
  segments: readonly number[]
): ReviewHeaderView {
  const asked = new Set(segments)
  const { source: _s, target: _t, beads, corrections: _c, ...rest } = rows
  // Findings stay in reading order: the rows' own in place of their old ones.
  const findings = [...shown.findings.filter((f) => !asked.has(f.segment)), ...rows.findings].sort(
    (a, b) => a.segment - b.segment
  )
  return { ...rest, findings, segments: withStatuses(shown.segments, beads) }
}

/**
 * Whether the rows' answer accounts for every change of the document's findings: the open and
 * ignored counts are what the shown ones become with the rows' findings replaced. When they are
 * not (an edit changed what another row is consistent with), the whole header is read again.
 */
export function rowsSuffice(shown: ReviewHeaderView, rows: DocumentReview, segments: readonly number[]): boolean {
  const segmentCount = shown.segments.statuses.length
  // Rows still being checked carry no findings to compare: the screen reads them all when ready.
  if (rows.findingsState === 'checking') return segmentCount === rows.progress.segments
  // Rows checked while the screen shows none: the other rows' findings are needed too.
  if (shown.findingsState === 'checking') return false
  const asked = new Set(segments)
  const count = (list: DocumentReview['findings'], state: string): number =>
    list.filter((f) => f.state === state && !asked.has(f.segment)).length
  return (
    count(shown.findings, 'open') + rows.findings.filter((f) => f.state === 'open').length ===
      rows.progress.findingsOpen &&
    count(shown.findings, 'ignored') + rows.findings.filter((f) => f.state === 'ignored').length ===
      rows.progress.findingsIgnored &&
    segmentCount === rows.progress.segments
  )
}
