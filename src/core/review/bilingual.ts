import type { Bead } from '../domain/document'
import type { DocumentReview } from '../domain/review'
import {
  TOOL_NAME,
  type BilingualDocument,
  type BilingualUnit,
  type DocumentReviewRecord,
  type FindingDecisionRecord,
  type UnitNote,
  type UnitReview,
  type UnitState
} from '../formats/model'
import { REJECTION_NOTE, type SegmentStatus } from '../domain/document'

const STATE: Record<SegmentStatus, UnitState> = {
  untouched: 'translated',
  reviewed: 'reviewed',
  approved: 'final',
  rejected: 'rejected'
}

/** What the review view does not hold and a lossless export needs (the backend reads it from the database). */
export interface ReviewExtras {
  /** Every stored decision on a finding (ignored or fixed), with its time. */
  decisions: readonly FindingDecisionRecord[]
  /** Per sign-off id: the keys of the findings the approver saw. */
  signoffFindingKeys: ReadonlyMap<number, readonly string[]>
}

/** The segment (bead position) a finding key names: keys read `check:segment:hash`. */
export function segmentOfKey(key: string): number | null {
  const parts = key.split(':')
  const n = Number(parts[parts.length - 2])
  return parts.length >= 3 && Number.isInteger(n) && n >= 0 ? n : null
}

/** Items grouped by the segment (bead position) each belongs to, in their order. */
function grouped<T>(items: readonly T[], positionOf: (item: T) => number | null | undefined): Map<number, T[]> {
  const out = new Map<number, T[]>()
  for (const item of items) {
    const position = positionOf(item)
    if (position === null || position === undefined) continue
    const list = out.get(position)
    if (list) list.push(item)
    else out.set(position, [item])
  }
  return out
}

/**
 * A review's corrections, queries, open findings and decisions per segment, found once: filtered
 * again for each segment, a 10,000-segment export took the main thread a second.
 */
export interface PerSegment {
  corrections: ReadonlyMap<number, DocumentReview['corrections']>
  queries: ReadonlyMap<number, DocumentReview['queries']>
  openFindings: ReadonlyMap<number, DocumentReview['findings']>
  decisions: ReadonlyMap<number, FindingDecisionRecord[]>
}

export function perSegment(review: DocumentReview, decisions: readonly FindingDecisionRecord[] = []): PerSegment {
  const beadOfTarget = new Map<number, number>()
  for (const b of review.beads) for (const p of b.target) beadOfTarget.set(p, b.position)
  return {
    corrections: grouped(review.corrections, (c) => beadOfTarget.get(c.paragraph)),
    queries: grouped(review.queries, (q) => q.beadPosition),
    openFindings: grouped(
      review.findings.filter((f) => f.state === 'open'),
      (f) => f.segment
    ),
    decisions: grouped(decisions, (d) => segmentOfKey(d.findingKey))
  }
}

/** The decisions of a review: the stored ones, and findings ignored by a project rule (kept as the document's own). */
function allDecisions(review: DocumentReview, extras: ReviewExtras): FindingDecisionRecord[] {
  const stored = new Set(extras.decisions.map((d) => d.findingKey))
  const byRule = review.findings
    .filter((f) => f.state === 'ignored' && !stored.has(f.key))
    .map((f): FindingDecisionRecord => ({
      findingKey: f.key,
      state: 'ignored',
      ...(f.reason ? { reason: f.reason } : {}),
      reviewer: f.ignoredBy ?? '',
      updatedAt: review.document.updatedAt
    }))
  return [...extras.decisions, ...byRule]
}

function unitReview(bead: Bead, of: PerSegment): UnitReview {
  return {
    status: bead.status,
    corrections: (of.corrections.get(bead.position) ?? []).map((c) => ({
      paragraph: bead.target.indexOf(c.paragraph),
      before: c.beforeText,
      after: c.afterText,
      reviewer: c.reviewer,
      ...(c.category ? { category: c.category } : {}),
      ...(c.severity ? { severity: c.severity } : {}),
      ...(c.comment ? { comment: c.comment } : {}),
      ...(c.findingKey ? { findingKey: c.findingKey } : {}),
      createdAt: c.createdAt
    })),
    queries: (of.queries.get(bead.position) ?? []).map((q) => ({
      question: q.question,
      status: q.status,
      ...(q.answer !== null ? { answer: q.answer } : {}),
      author: q.author,
      sourceText: q.sourceText,
      ...(q.findingKey ? { findingKey: q.findingKey } : {}),
      createdAt: q.createdAt,
      updatedAt: q.updatedAt
    })),
    decisions: of.decisions.get(bead.position) ?? []
  }
}

function documentRecord(
  review: DocumentReview,
  extras: ReviewExtras,
  decisions: readonly FindingDecisionRecord[]
): DocumentReviewRecord {
  const positions = new Set(review.beads.map((b) => b.position))
  return {
    status: review.document.status,
    signoffs: review.signoffs.map((s) => {
      const keys = extras.signoffFindingKeys.get(s.id)
      return {
        action: s.action,
        name: s.name,
        role: s.role,
        ...(s.note !== null ? { note: s.note } : {}),
        ...(s.override !== null ? { override: s.override } : {}),
        ...(keys ? { findingKeys: [...keys] } : {}),
        createdAt: s.createdAt
      }
    }),
    // Decisions whose key names no segment of the document stay with the document.
    decisions: decisions.filter((d) => !positions.has(segmentOfKey(d.findingKey) ?? -1))
  }
}

/** Why a segment is rejected, as a comment for the translator: what a CAT file written back receives. */
export function rejectionNotes(bead: Bead): UnitNote[] {
  if (bead.status !== 'rejected') return []
  return bead.notes
    .filter((n) => n.category === REJECTION_NOTE)
    .map((n): UnitNote => ({ from: 'comment', text: n.text, ...(n.author ? { author: n.author } : {}) }))
}

/**
 * The reviewer's words on a segment, as notes: comments given with its corrections and questions on
 * its source to the author (`of`: the review's records per segment, `perSegment`).
 */
export function reviewerNotes(bead: Bead, of: Pick<PerSegment, 'corrections' | 'queries'>): UnitNote[] {
  const corrections = of.corrections.get(bead.position) ?? []
  const queries = of.queries.get(bead.position) ?? []
  return [
    ...corrections
      .filter((c) => c.comment)
      .map((c): UnitNote => ({
        from: 'comment',
        text: c.comment as string,
        author: c.reviewer,
        ...(c.category ? { category: c.category } : {}),
        ...(c.severity ? { severity: c.severity } : {})
      })),
    ...queries.map((q): UnitNote => ({ from: 'query', text: q.question, author: q.author }))
  ]
}

/**
 * A reviewed document as format-neutral units, one per alignment bead: source, corrected target,
 * the original when it changed, the segment status, and notes: those the document came with, open
 * findings, reviewers' comments and queries to the author. An approved document exports every
 * unit as final. Each unit and the document also carry the review record (corrections, queries,
 * decisions, statuses, sign-offs) that formats able to hold it write for Cotejo to restore.
 */
export function toBilingual(
  review: DocumentReview,
  findingText: (f: DocumentReview['findings'][number]) => string = (f) => f.message,
  extras: ReviewExtras = { decisions: [], signoffFindingKeys: new Map() }
): BilingualDocument {
  const approved = review.document.status === 'approved'
  const decisions = allDecisions(review, extras)
  const of = perSegment(review, decisions)

  const units: BilingualUnit[] = review.beads.map((bead) => {
    const join = (side: 'source' | 'target', pick: 'text' | 'originalText'): string =>
      bead[side].map((p) => review[side][p]?.[pick] ?? '').join('\n\n')
    const target = join('target', 'text')
    const original = join('target', 'originalText')
    const corrections = of.corrections.get(bead.position) ?? []
    const last = corrections.at(-1)
    const notes: UnitNote[] = [
      ...bead.notes.map((n): UnitNote => ({
        from: n.kind,
        text: n.text,
        ...(n.author ? { author: n.author } : {}),
        ...(n.category ? { category: n.category } : {}),
        ...(n.severity ? { severity: n.severity } : {})
      })),
      ...(of.openFindings.get(bead.position) ?? []).map((f): UnitNote => ({
        from: 'finding',
        text: findingText(f),
        // Cotejo's own checks: told apart from QA remarks a file brought (bead notes of kind 'finding').
        author: TOOL_NAME,
        category: f.category,
        severity: f.severity
      })),
      ...reviewerNotes(bead, of)
    ]
    return {
      id: String(bead.position + 1),
      source: join('source', 'text'),
      target,
      ...(original !== target ? { originalTarget: original } : {}),
      state: approved ? 'final' : STATE[bead.status],
      notes,
      createdAt: review.document.createdAt,
      ...(last ? { changedAt: last.createdAt, reviewer: last.reviewer } : {}),
      ...(bead.codes && bead.codes.length > 0 ? { codes: bead.codes } : {}),
      review: unitReview(bead, of)
    }
  })
  return {
    name: review.document.name,
    sourceLang: review.document.sourceLang,
    targetLang: review.document.targetLang,
    units,
    review: documentRecord(review, extras, decisions)
  }
}
