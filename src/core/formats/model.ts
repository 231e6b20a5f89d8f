/**
 * The format-neutral bilingual model every adapter reads into and writes from. One unit is one
 * alignment bead of the review: source paragraph(s), the corrected target, and what the review said.
 */
import { z } from 'zod'
import { FormatError } from './errors'
import type { InlineCode } from './inline-codes'
import { MAX_UNITS } from './limits'

/** From least to most done; 'rejected': a reviewer sent the translation back to the translator. */
export const UNIT_STATES = ['rejected', 'translated', 'reviewed', 'final'] as const
export type UnitState = (typeof UNIT_STATES)[number]

export const NOTE_KINDS = ['finding', 'comment', 'query'] as const
export type NoteKind = (typeof NOTE_KINDS)[number]

export interface UnitNote {
  /** What the note is: a QA finding, a reviewer's comment, or a question for the translator. */
  from: NoteKind
  text: string
  author?: string
  /** MQM category for findings, e.g. 'terminology/inconsistent-with-termbase'. */
  category?: string
  /** 'minor' | 'major' | 'critical' for findings; free text from other tools. */
  severity?: string
}

export interface BilingualUnit {
  id: string
  source: string
  /** The corrected target. Paragraphs of a multi-paragraph bead are joined with a blank line. */
  target: string
  /** The translator's target before review, when it differs. */
  originalTarget?: string
  state: UnitState
  notes: UnitNote[]
  /** ISO 8601. */
  createdAt?: string
  /** ISO 8601. */
  changedAt?: string
  reviewer?: string
  /** The inline codes behind the placeholders of its texts (CAT files). */
  codes?: InlineCode[]
  /** Cotejo's review record of the unit, written so that Cotejo can restore it on import. */
  review?: UnitReview
}

/** A segment's review status in Cotejo (finer than the unit state, which an approval makes final). */
export const REVIEW_STATUSES = ['untouched', 'reviewed', 'approved', 'rejected'] as const
export type ReviewStatus = (typeof REVIEW_STATUSES)[number]

/** A reviewer's change to one target paragraph of the unit, and why. */
export interface UnitCorrection {
  /** 0-based index among the unit's target paragraphs. */
  paragraph: number
  before: string
  after: string
  reviewer: string
  category?: string
  severity?: string
  comment?: string
  findingKey?: string
  /** ISO 8601. */
  createdAt: string
}

/** A question to the source's author about this unit. */
export interface UnitQuery {
  question: string
  status: string
  answer?: string
  author: string
  sourceText: string
  findingKey?: string
  createdAt: string
  updatedAt: string
}

/** A reviewer's decision on a QA finding: ignored (with the reason) or fixed. */
export interface FindingDecisionRecord {
  findingKey: string
  state: 'ignored' | 'fixed'
  reason?: string
  reviewer: string
  updatedAt: string
}

/**
 * Everything Cotejo's review says about one unit. Its comments and questions are also among the
 * unit's notes (for people and other tools); these records are what Cotejo reads back.
 */
export interface UnitReview {
  status: ReviewStatus
  corrections: UnitCorrection[]
  queries: UnitQuery[]
  decisions: FindingDecisionRecord[]
}

export interface SignoffRecord {
  action: 'approve' | 'reopen'
  name: string
  role: string
  note?: string
  override?: string
  /** On approval: the keys of the findings the approver saw. */
  findingKeys?: string[]
  createdAt: string
}

/** The document's review status, sign-off history, and decisions not tied to one unit. */
export interface DocumentReviewRecord {
  status: 'in_review' | 'approved'
  signoffs: SignoffRecord[]
  decisions: FindingDecisionRecord[]
}

export interface BilingualDocument {
  name: string
  /** BCP 47: 'es', 'es-PE'. */
  sourceLang: string
  targetLang: string
  units: BilingualUnit[]
  /** Cotejo's review record of the whole document, when the file carries one. */
  review?: DocumentReviewRecord
}

/** An empty review record for a unit. */
export function emptyUnitReview(status: ReviewStatus = 'untouched'): UnitReview {
  return { status, corrections: [], queries: [], decisions: [] }
}

export function stateRank(state: UnitState): number {
  return UNIT_STATES.indexOf(state)
}

/** The least advanced of several states (a unit made of segments is as done as its least done one). */
export function leastState(states: readonly UnitState[]): UnitState {
  return states.reduce<UnitState>((min, s) => (stateRank(s) < stateRank(min) ? s : min), 'final')
}

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/

export function isLanguageTag(tag: string): boolean {
  return LANGUAGE_TAG.test(tag)
}

/** True when two tags name the same language, whatever the region: 'es-PE' and 'es' do. */
export function sameLanguage(a: string, b: string): boolean {
  const primary = (t: string): string => (t.split(/[-_]/)[0] ?? '').toLowerCase()
  return primary(a) !== '' && primary(a) === primary(b)
}

const noteSchema = z.object({
  from: z.enum(NOTE_KINDS),
  text: z.string(),
  author: z.string().optional(),
  category: z.string().optional(),
  severity: z.string().optional()
})

const unitSchema = z.object({
  id: z.string().min(1),
  source: z.string(),
  target: z.string(),
  originalTarget: z.string().optional(),
  state: z.enum(UNIT_STATES),
  notes: z.array(noteSchema),
  createdAt: z.string().optional(),
  changedAt: z.string().optional(),
  reviewer: z.string().optional()
})

/** Schema for a BilingualDocument arriving over IPC or HTTP. */
export const bilingualDocumentSchema = z.object({
  name: z.string(),
  sourceLang: z.string().refine(isLanguageTag, 'language tag'),
  targetLang: z.string().refine(isLanguageTag, 'language tag'),
  units: z.array(unitSchema).max(MAX_UNITS)
})

/**
 * Checks a document before it is written: languages are tags, ids are unique, there is something
 * to write. Throws FormatError('format.invalidDocument' | 'format.emptyDocument').
 */
export function assertWritable(doc: BilingualDocument): void {
  const parsed = bilingualDocumentSchema.safeParse(doc)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new FormatError('format.invalidDocument', {
      reason: issue?.message ?? 'invalid',
      path: issue?.path.map(String).join('.') ?? ''
    })
  }
  if (doc.units.length === 0) throw new FormatError('format.emptyDocument')
  const seen = new Set<string>()
  for (const unit of doc.units) {
    if (seen.has(unit.id)) throw new FormatError('format.invalidDocument', { reason: 'duplicate id', id: unit.id })
    seen.add(unit.id)
  }
}

/** Guards readers against files with absurd numbers of units. */
export function assertUnitCount(count: number): void {
  if (count > MAX_UNITS) throw new FormatError('format.tooManyUnits', { count, limit: MAX_UNITS })
}

/**
 * Gives repeated ids (several <file>s, or a careless tool) a suffix so each unit stays addressable:
 * the first keeps its id, later ones take the first free `id-2`, `id-3`…. A counter per id resumes
 * where the last search stopped (every suffix below it is taken), so the work stays linear.
 */
export function uniqueIds(units: BilingualUnit[]): BilingualUnit[] {
  const seen = new Set<string>()
  const nextSuffix = new Map<string, number>()
  return units.map((u) => {
    let id = u.id
    if (seen.has(id)) {
      let n = nextSuffix.get(u.id) ?? 2
      while (seen.has(`${u.id}-${n}`)) n++
      id = `${u.id}-${n}`
      nextSuffix.set(u.id, n + 1)
    }
    seen.add(id)
    return id === u.id ? u : { ...u, id }
  })
}

/** Common options for readers: what to assume when the file does not say. */
export interface BilingualReadOptions {
  name?: string
  sourceLang?: string
  targetLang?: string
}

/** Common options for writers. */
export interface BilingualWriteOptions {
  /** Creation date written in headers; defaults to now. */
  now?: Date
  /** Cotejo's version, for headers that name the producing tool. */
  toolVersion?: string
}

export const TOOL_NAME = 'Cotejo'
export const TOOL_ID = 'cotejo'
/** Namespace of Cotejo's extension attributes in XLIFF (review dates, note kinds, severities). */
export const COTEJO_NS = 'urn:cotejo:formats:1'
