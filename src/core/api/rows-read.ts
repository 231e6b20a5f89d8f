/**
 * What the review screen does with the rows it reads again after a change (`getRows`): merge them
 * into the header it holds, or tell that the change reached further and the header must be read
 * again. Here, not in the renderer, so the latency bench measures the screen's own reads.
 */
import type { DocumentReview } from '../domain/review'
import type { ReviewHeaderView } from './contract'
import { withStatuses } from './segment-index'

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
