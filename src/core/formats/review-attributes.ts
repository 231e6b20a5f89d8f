/**
 * Cotejo's review data in XLIFF (1.2 and 2.x alike). On the unit, in Cotejo's namespace: when it was
 * created and last changed, and by which reviewer. The review record (corrections, queries, finding
 * decisions, segment status; the document's status and sign-offs) as groups of typed values: XLIFF 2
 * writes them as the Metadata module's <mda:metaGroup>/<mda:meta>, XLIFF 1.2 as Cotejo's own
 * <cotejo:group>/<cotejo:meta> (resources/schemas/cotejo-xliff12.xsd). One codec for both, so the
 * two versions carry the same record.
 */
import { toIso } from './dates'
import {
  NOTE_KINDS,
  REVIEW_STATUSES,
  type NoteKind,
  type UnitNote,
  type BilingualUnit,
  type DocumentReviewRecord,
  type FindingDecisionRecord,
  type ReviewStatus,
  type SignoffRecord,
  type UnitCorrection,
  type UnitQuery,
  type UnitReview
} from './model'
import { attr, type XmlElement } from './xml'

type ReviewFields = Pick<BilingualUnit, 'createdAt' | 'changedAt' | 'reviewer'>

export function readReviewAttributes(unit: XmlElement): ReviewFields {
  const out: ReviewFields = {}
  const createdAt = toIso(attr(unit, 'cotejo:created'))
  const changedAt = toIso(attr(unit, 'cotejo:changed'))
  const reviewer = attr(unit, 'cotejo:reviewer')
  if (createdAt) out.createdAt = createdAt
  if (changedAt) out.changedAt = changedAt
  if (reviewer) out.reviewer = reviewer
  return out
}

export function reviewAttributes(unit: BilingualUnit): Record<string, string | undefined> {
  return {
    'cotejo:created': toIso(unit.createdAt),
    'cotejo:changed': toIso(unit.changedAt),
    'cotejo:reviewer': unit.reviewer
  }
}

// ---------------------------------------------------------------------------------------------
// The review record as groups of typed values

/** One record: a category ('correction', 'query'...) and its values in order; a type may repeat. */
export interface MetaGroup {
  category: string
  fields: Array<[type: string, value: string]>
}

/** Categories are written with this prefix, so Cotejo's groups stand apart from other tools' metadata. */
const PREFIX = 'cotejo:'

type Fields = Record<string, string | number | undefined | null>

function group(category: string, fields: Fields, repeated: Array<[string, string]> = []): MetaGroup {
  const list: Array<[string, string]> = []
  for (const [type, value] of Object.entries(fields))
    if (value !== undefined && value !== null) list.push([type, String(value)])
  return { category: PREFIX + category, fields: [...list, ...repeated] }
}

const decisionGroup = (d: FindingDecisionRecord): MetaGroup =>
  group('decision', {
    findingKey: d.findingKey,
    state: d.state,
    reason: d.reason,
    reviewer: d.reviewer,
    updatedAt: d.updatedAt
  })

/** The groups that record a unit's review. */
export function unitReviewGroups(review: UnitReview): MetaGroup[] {
  return [
    group('segment', { status: review.status }),
    ...review.corrections.map((c) =>
      group('correction', {
        paragraph: c.paragraph,
        before: c.before,
        after: c.after,
        reviewer: c.reviewer,
        category: c.category,
        severity: c.severity,
        comment: c.comment,
        findingKey: c.findingKey,
        createdAt: c.createdAt
      })
    ),
    ...review.queries.map((q) =>
      group('query', {
        question: q.question,
        status: q.status,
        answer: q.answer,
        author: q.author,
        sourceText: q.sourceText,
        findingKey: q.findingKey,
        createdAt: q.createdAt,
        updatedAt: q.updatedAt
      })
    ),
    ...review.decisions.map(decisionGroup)
  ]
}

/** The groups that record the document's review: its status, sign-offs, and decisions on no one unit. */
export function documentReviewGroups(review: DocumentReviewRecord): MetaGroup[] {
  return [
    group('document', { status: review.status }),
    ...review.signoffs.map((s) =>
      group(
        'signoff',
        { action: s.action, name: s.name, role: s.role, note: s.note, override: s.override, createdAt: s.createdAt },
        (s.findingKeys ?? []).map((k): [string, string] => ['findingKey', k])
      )
    ),
    ...review.decisions.map(decisionGroup)
  ]
}

/** Reads one group's values: the first of each type, and every value of repeated types. */
function valuesOf(fields: ReadonlyArray<[string, string]>) {
  return {
    get: (type: string): string | undefined => fields.find(([t]) => t === type)?.[1],
    all: (type: string): string[] => fields.filter(([t]) => t === type).map(([, v]) => v)
  }
}
type Values = ReturnType<typeof valuesOf>

/** The required values of a record, or null when one is missing (the record is then unreadable). */
function required<K extends string>(v: Values, types: readonly K[]): Record<K, string> | null {
  const out: Partial<Record<K, string>> = {}
  for (const t of types) {
    const value = v.get(t)
    if (value === undefined) return null
    out[t] = value
  }
  return out as Record<K, string>
}

function optional<K extends string>(v: Values, types: readonly K[]): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {}
  for (const t of types) {
    const value = v.get(t)
    if (value !== undefined) out[t] = value
  }
  return out
}

function readDecision(v: Values): FindingDecisionRecord | null {
  const r = required(v, ['findingKey', 'state', 'reviewer', 'updatedAt'])
  if (!r || (r.state !== 'ignored' && r.state !== 'fixed')) return null
  return { ...r, state: r.state, ...optional(v, ['reason']) }
}

function readCorrection(v: Values): UnitCorrection | null {
  const r = required(v, ['paragraph', 'before', 'after', 'reviewer', 'createdAt'])
  const paragraph = Number(r?.paragraph)
  if (!r || !Number.isInteger(paragraph) || paragraph < 0) return null
  return { ...r, paragraph, ...optional(v, ['category', 'severity', 'comment', 'findingKey']) }
}

function readQuery(v: Values): UnitQuery | null {
  const r = required(v, ['question', 'status', 'author', 'sourceText', 'createdAt', 'updatedAt'])
  return r && { ...r, ...optional(v, ['answer', 'findingKey']) }
}

function readSignoff(v: Values): SignoffRecord | null {
  const r = required(v, ['action', 'name', 'role', 'createdAt'])
  if (!r || (r.action !== 'approve' && r.action !== 'reopen')) return null
  const keys = v.all('findingKey')
  return {
    ...r,
    action: r.action,
    ...optional(v, ['note', 'override']),
    ...(keys.length > 0 ? { findingKeys: keys } : {})
  }
}

const isStatus = (s: string | undefined): s is ReviewStatus =>
  s !== undefined && (REVIEW_STATUSES as readonly string[]).includes(s)

/** Cotejo's groups only, by category without the prefix. */
function ours(groups: readonly MetaGroup[]): Array<[string, Values]> {
  return groups
    .filter((g) => g.category.startsWith(PREFIX))
    .map((g): [string, Values] => [g.category.slice(PREFIX.length), valuesOf(g.fields)])
}

function collect<T>(groups: Array<[string, Values]>, category: string, read: (v: Values) => T | null): T[] {
  return groups.flatMap(([c, v]) => {
    const record = c === category ? read(v) : null
    return record ? [record] : []
  })
}

/** A unit's review from its groups; undefined when the unit carries no Cotejo segment record. */
export function readUnitReview(groups: readonly MetaGroup[]): UnitReview | undefined {
  const mine = ours(groups)
  const status = mine.find(([c]) => c === 'segment')?.[1].get('status')
  if (!isStatus(status)) return undefined
  return {
    status,
    corrections: collect(mine, 'correction', readCorrection),
    queries: collect(mine, 'query', readQuery),
    decisions: collect(mine, 'decision', readDecision)
  }
}

/** The document's review from its groups; undefined when the file carries no Cotejo document record. */
export function readDocumentReview(groups: readonly MetaGroup[]): DocumentReviewRecord | undefined {
  const mine = ours(groups)
  const status = mine.find(([c]) => c === 'document')?.[1].get('status')
  if (status !== 'in_review' && status !== 'approved') return undefined
  return {
    status,
    signoffs: collect(mine, 'signoff', readSignoff),
    decisions: collect(mine, 'decision', readDecision)
  }
}

/**
 * What XLIFF 1.2's <note> has no attribute for (the kind, the category; the author of a finding is
 * written as Cotejo), one group per note in the notes' order.
 */
export function noteGroups(notes: readonly UnitNote[]): MetaGroup[] {
  return notes.map((n) => group('note', { kind: n.from, author: n.author, category: n.category, severity: n.severity }))
}

/** Notes with their kinds from the note groups, when the groups line up with the notes (else unchanged). */
export function withNoteGroups(notes: readonly UnitNote[], groups: readonly MetaGroup[]): UnitNote[] {
  const metas = ours(groups).filter(([c]) => c === 'note')
  if (metas.length !== notes.length) return [...notes]
  return notes.map((n, i) => {
    const v = metas[i]?.[1]
    const kind = v?.get('kind')
    if (!v || kind === undefined || !(NOTE_KINDS as readonly string[]).includes(kind)) return n
    const note: UnitNote = { from: kind as NoteKind, text: n.text, ...optional(v, ['author', 'category', 'severity']) }
    return note
  })
}
