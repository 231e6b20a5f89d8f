import { type Severity, severityRank } from '@core/domain/findings'

export interface Mark {
  start: number
  end: number
  key: string
  severity: Severity
  state: 'open' | 'fixed' | 'ignored'
}

/** The start of a sentence of the active row, with the number of its sentence bead. */
export interface SentenceMarker {
  start: number
  label: string
  /** No counterpart on the other side. */
  orphan: boolean
}

export interface Piece {
  text: string
  start: number
  /** Findings covering this piece; empty for plain text. */
  marks: Mark[]
}

/**
 * Cuts a text at every mark boundary so overlapping findings can each be shown: a piece carries
 * all marks covering it, and its look comes from the most severe open one.
 */
export function splitByMarks(text: string, marks: readonly Mark[], extraCuts: readonly number[] = []): Piece[] {
  const valid = marks.filter((m) => m.start < m.end && m.start >= 0 && m.end <= text.length)
  const cuts = new Set<number>([0, text.length, ...extraCuts.filter((c) => c > 0 && c < text.length)])
  for (const m of valid) {
    cuts.add(m.start)
    cuts.add(m.end)
  }
  const points = [...cuts].sort((a, b) => a - b)
  const pieces: Piece[] = []
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i] as number
    const end = points[i + 1] as number
    pieces.push({ text: text.slice(start, end), start, marks: valid.filter((m) => m.start <= start && m.end >= end) })
  }
  return pieces
}

/** The mark that gives a piece its colour: open before ignored, then the most severe. */
export function leadingMark(marks: readonly Mark[]): Mark | undefined {
  return [...marks].sort(
    (a, b) =>
      Number(b.state === 'open') - Number(a.state === 'open') || severityRank(b.severity) - severityRank(a.severity)
  )[0]
}
