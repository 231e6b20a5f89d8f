/**
 * What the review screen knows of every segment without reading its rows: its status, and whether
 * the last version changed it. One character a segment (5,000 segments are 5 KB), so the status
 * filter, bulk status, "next unreviewed" and the sign-off summary reach the whole document while
 * only the rows in view are read (`getRowPage`).
 */
import { SEGMENT_STATUSES, type SegmentStatus } from '../domain/document'

/** One letter a status, in the order of SEGMENT_STATUSES. */
const LETTERS = 'uvar'
const LETTER: Record<SegmentStatus, string> = { untouched: 'u', reviewed: 'v', approved: 'a', rejected: 'r' }

export interface SegmentIndex {
  /** A letter a segment by position: u untouched, v reviewed, a approved, r rejected. */
  statuses: string
  /** Positions of the segments the last imported version changed or brought. */
  changed: number[]
}

export function encodeStatuses(statuses: readonly SegmentStatus[]): string {
  return statuses.map((s) => LETTER[s]).join('')
}

/** The status of the segment at `position`; undefined past the end. */
export function statusAt(index: SegmentIndex, position: number): SegmentStatus | undefined {
  const letter = index.statuses.charAt(position)
  // charAt past the end is '', which indexOf would find at 0.
  return letter === '' ? undefined : SEGMENT_STATUSES[LETTERS.indexOf(letter)]
}

/** Every segment's position and status, in order (what the sign-off summary counts). */
export function segmentStatuses(index: SegmentIndex): Array<{ position: number; status: SegmentStatus }> {
  return Array.from(index.statuses, (letter, position) => ({
    position,
    status: SEGMENT_STATUSES[LETTERS.indexOf(letter)] ?? 'untouched'
  }))
}

/** The positions of the segments with a status. */
export function positionsWith(index: SegmentIndex, status: SegmentStatus): number[] {
  const letter = LETTER[status]
  const out: number[] = []
  for (let p = index.statuses.indexOf(letter); p >= 0; p = index.statuses.indexOf(letter, p + 1)) out.push(p)
  return out
}

/** The index with some segments' statuses replaced (what a row read after a change says). */
export function withStatuses(
  index: SegmentIndex,
  rows: ReadonlyArray<{ position: number; status: SegmentStatus }>
): SegmentIndex {
  if (rows.length === 0) return index
  const letters = index.statuses.split('')
  for (const r of rows) if (r.position < letters.length) letters[r.position] = LETTER[r.status]
  return { ...index, statuses: letters.join('') }
}
