import type { Finding, FindingReason, ParagraphSpan, Severity } from '../../domain/findings'
import { severityRank } from '../../domain/findings'
import { getOrMake } from '../../collections/multimap'

/**
 * One problem, one finding. Checks look at the text from different sides and several may flag the
 * same words: a forbidden term is both a glossary violation and an inconsistent rendering; a
 * dropped name is also part of a dropped phrase. Findings on the same span become one, the most
 * severe first, listing the others' reasons; a finding on one side inside a longer one on the same
 * side, both about text the other side lacks, is part of that passage. A merged finding is as
 * severe as the most severe of its reasons.
 */
export function mergeSameSpan<F extends Finding>(findings: readonly F[]): F[] {
  // Reasons and severity gather on the entry and make a new finding once, at the end: a passage may
  // absorb thousands of findings, and copying its reasons on each was quadratic.
  interface Entry {
    finding: F
    order: number
    reasons?: FindingReason[]
    severity: Severity
  }
  const entries: Entry[] = findings.map((finding, order) => ({ finding, order, severity: finding.severity }))
  const merged = (e: Entry): F =>
    e.reasons ? { ...e.finding, severity: e.severity, otherReasons: e.reasons } : e.finding
  const absorb = (into: Entry, f: F): void => {
    const primary = into.finding
    const other = (r: FindingReason): boolean => r.checkId !== primary.checkId || r.messageKey !== primary.messageKey
    into.reasons ??= (primary.otherReasons ?? []).filter(other)
    for (const r of [reasonOf(f), ...(f.otherReasons ?? [])]) if (other(r)) into.reasons.push(r)
    if (severityRank(f.severity) > severityRank(into.severity)) into.severity = f.severity
  }
  // Same span: the most severe leads.
  const byPlace = new Map<string, Entry>()
  const placed: Entry[] = []
  for (const entry of [...entries].sort((a, b) => precedence(a.finding, b.finding))) {
    const place = placeKey(entry.finding)
    const same = place === null ? undefined : byPlace.get(place)
    if (same) absorb(same, entry.finding)
    else {
      if (place !== null) byPlace.set(place, entry)
      placed.push(entry)
    }
  }
  // Inside a longer passage of the same side: the passage leads. Passages are looked for among
  // the findings of the same paragraph only: the work grows with a paragraph's findings, not the document's.
  const kept: Entry[] = []
  const byParagraph = new Map<string, Entry[]>()
  for (const entry of placed.sort((a, b) => length(b.finding) - length(a.finding))) {
    const where = paragraphKey(entry.finding)
    const near = where === null ? [] : getOrMake(byParagraph, where, (): Entry[] => [])
    const container = near.find((k) => contains(k.finding, entry.finding))
    if (container) absorb(container, merged(entry))
    else {
      kept.push(entry)
      near.push(entry)
    }
  }
  // Back in the input's order: reading order, ties in check order.
  return kept.sort((a, b) => a.order - b.order).map(merged)
}

function reasonOf(f: Finding): FindingReason {
  const { checkId, category, severity, messageKey, params, message, suggestion } = f
  return { checkId, category, severity, messageKey, params, message, suggestion }
}

const spanKey = (s: ParagraphSpan | null): string => (s ? `${s.paragraph}:${s.start}:${s.end}` : '')

/** Where a finding points: its target span, or its source span when it has none. */
function placeKey(f: Finding): string | null {
  if (!f.targetSpan && !f.sourceSpan) return null
  return `${f.documentId}\u241f${f.targetSpan ? `t${spanKey(f.targetSpan)}` : `s${spanKey(f.sourceSpan)}`}`
}

/** The paragraph a one-sided finding is about, or null for a finding on both sides. */
function paragraphKey(f: Finding): string | null {
  const span = f.side === 'source' ? f.sourceSpan : f.side === 'target' ? f.targetSpan : null
  return span ? `${f.documentId}\u241f${f.side}\u241f${span.paragraph}` : null
}

/** `inner` flags text of one side only, inside the text `outer` flags on that side only. */
function contains(outer: Finding, inner: Finding): boolean {
  if (outer.documentId !== inner.documentId || outer.side !== inner.side || outer.side === 'both') return false
  const a = outer.side === 'source' ? outer.sourceSpan : outer.targetSpan
  const b = inner.side === 'source' ? inner.sourceSpan : inner.targetSpan
  return (
    !!a &&
    !!b &&
    a.paragraph === b.paragraph &&
    a.start <= b.start &&
    b.end <= a.end &&
    a.end - a.start > b.end - b.start
  )
}

const length = (f: Finding): number => {
  const s = f.side === 'source' ? f.sourceSpan : (f.targetSpan ?? f.sourceSpan)
  return s ? s.end - s.start : 0
}

/** The finding that leads a merge on one span: the most severe, then the first check. */
function precedence(a: Finding, b: Finding): number {
  return severityRank(b.severity) - severityRank(a.severity)
}
