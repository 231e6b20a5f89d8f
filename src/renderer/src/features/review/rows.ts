import type { DocumentReview } from '@core/domain/review'

/**
 * The document shown with some rows read again (`getRows`): their beads, paragraphs and findings
 * replaced, everything else (status, progress, score, corrections, queries) as the answer says.
 */
export function withRows(shown: DocumentReview, rows: DocumentReview, segments: readonly number[]): DocumentReview {
  const asked = new Set(segments)
  const beads = [...shown.beads]
  for (const b of rows.beads) beads[b.position] = b
  const source = [...shown.source]
  for (const p of rows.source) source[p.position] = p
  const target = [...shown.target]
  for (const p of rows.target) target[p.position] = p
  // Findings stay in reading order: the rows' own in place of their old ones.
  const findings = [...shown.findings.filter((f) => !asked.has(f.segment)), ...rows.findings].sort(
    (a, b) => a.segment - b.segment
  )
  return { ...rows, beads, source, target, findings }
}

/**
 * Whether the rows' answer accounts for every change of the document's findings: the open and
 * ignored counts are what the shown ones become with the rows' findings replaced. When they are
 * not (an edit changed what another row is consistent with), the whole document is read again.
 */
export function rowsSuffice(shown: DocumentReview, rows: DocumentReview, segments: readonly number[]): boolean {
  // Rows still being checked carry no findings to compare: the screen reads them all when ready.
  if (rows.findingsState === 'checking') return shown.beads.length === rows.progress.segments
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
    shown.beads.length === rows.progress.segments
  )
}
