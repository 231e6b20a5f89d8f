/**
 * What stands between a release and its sign-off. Read by the sign-off dialog (to show it) and by
 * the sign-off service (to enforce it), so both always agree.
 */
import type { Severity } from '../domain/findings'
import type { Bead } from '../domain/document'
import type { DocumentReview } from '../domain/review'

/**
 * Open findings of these severities, open queries and rejected segments block approval unless the
 * approver overrides.
 */
export const BLOCKING_SEVERITIES = ['critical', 'major'] as const satisfies readonly Severity[]

export type SignoffBlocker = { kind: (typeof BLOCKING_SEVERITIES)[number] | 'queries' | 'rejected'; count: number }

export interface SignoffSummary {
  segments: number
  /** Segment positions nobody has marked reviewed or approved. */
  unreviewed: number[]
  /** Segment positions a reviewer rejected (sent back to the translator). */
  rejected: number[]
  /** Open (untriaged) findings per severity. */
  open: Record<Severity, number>
  openQueries: number
  ignored: number
  /** Why approval needs an override; empty when it does not. */
  blockers: SignoffBlocker[]
}

/** The beads need only their positions and statuses (the review screen has those of every row, not the rows). */
export function signoffSummary(
  review: Pick<DocumentReview, 'findings' | 'queries'> & { beads: ReadonlyArray<Pick<Bead, 'position' | 'status'>> }
): SignoffSummary {
  const open: Record<Severity, number> = { minor: 0, major: 0, critical: 0 }
  let ignored = 0
  for (const f of review.findings) {
    if (f.state === 'open') open[f.severity]++
    else if (f.state === 'ignored') ignored++
  }
  const openQueries = review.queries.filter((q) => q.status === 'open').length
  const blockers: SignoffBlocker[] = []
  for (const s of BLOCKING_SEVERITIES)
    if (open[s] > 0) blockers.push({ kind: s as 'critical' | 'major', count: open[s] })
  if (openQueries > 0) blockers.push({ kind: 'queries', count: openQueries })
  const rejected = review.beads.filter((b) => b.status === 'rejected').map((b) => b.position)
  if (rejected.length > 0) blockers.push({ kind: 'rejected', count: rejected.length })
  return {
    segments: review.beads.length,
    unreviewed: review.beads.filter((b) => b.status === 'untouched').map((b) => b.position),
    rejected,
    open,
    openQueries,
    ignored,
    blockers
  }
}
