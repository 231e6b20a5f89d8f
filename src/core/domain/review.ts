/** Review workflow data, as the UI receives it: corrections, queries, sign-off, audit, score and progress. */
import type { DocumentSummary, DocumentView, ProjectSummary } from './document'
import type { CheckCoverage, CheckFailure, FindingView, Severity } from './findings'

/** Communications staff sign releases off; translators and reviewers correct them. */
export type ReviewerRole = 'translator' | 'reviewer' | 'communications'
export const REVIEWER_ROLES: readonly ReviewerRole[] = ['translator', 'reviewer', 'communications']

/**
 * What a role may do beyond correcting. One table, read by the services (which enforce it) and the
 * UI (which disables what the role cannot do); accounts on a team server will map to the same roles.
 */
export type Permission = 'approve'
const ROLE_PERMISSIONS: Readonly<Record<ReviewerRole, readonly Permission[]>> = {
  translator: [],
  reviewer: [],
  communications: ['approve']
}

export function mayDo(role: ReviewerRole, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission)
}

/** Who acts: recorded with every correction, decision, query, sign-off and audit row. */
export interface Reviewer {
  name: string
  role: ReviewerRole
}

/** How a target edit came about: 'edit' by default; 'undo' and 'redo' are recorded as such in the audit log. */
export type EditAction = 'edit' | 'undo' | 'redo'
export const EDIT_ACTIONS: readonly EditAction[] = ['edit', 'undo', 'redo']

/** A reviewer's new text for one target paragraph. */
export interface EditInput {
  documentId: number
  paragraph: number
  text: string
  category?: string | null | undefined
  severity?: Severity | null | undefined
  comment?: string | null | undefined
  findingKey?: string | null | undefined
  action?: EditAction | undefined
}

export interface CorrectionRecord {
  id: number
  /** Target paragraph position. */
  paragraph: number
  beforeText: string
  afterText: string
  reviewer: string
  category: string | null
  severity: Severity | null
  comment: string | null
  findingKey: string | null
  createdAt: string
}

/** One paragraph a "fix all" would change (previewed) or changed (applied). */
export interface FixAllChange {
  documentId: number
  documentName: string
  findingKey: string
  segment: number
  paragraph: number
  before: string
  after: string
}

export type QueryStatus = 'open' | 'answered' | 'closed'
export const QUERY_STATUSES: readonly QueryStatus[] = ['open', 'answered', 'closed']

export interface SourceQuery {
  id: number
  documentId: number
  beadPosition: number
  findingKey: string | null
  sourceText: string
  question: string
  status: QueryStatus
  answer: string | null
  author: string
  createdAt: string
  updatedAt: string
}

export type SignoffAction = 'approve' | 'reopen'

export interface Signoff {
  id: number
  action: SignoffAction
  name: string
  role: string
  note: string | null
  /** Why the approver signed off with blocking findings or queries still open; null when none were. */
  override: string | null
  createdAt: string
}

export interface AuditEntry {
  id: number
  documentId: number | null
  action: string
  actor: string
  /** The actor's role when they acted (null on rows written before roles were recorded). */
  role: ReviewerRole | null
  details: Record<string, unknown>
  createdAt: string
}

export interface QualityScore {
  /** Words of the source text: the evaluated word count. */
  wordCount: number
  bySeverity: Record<Severity, number>
  /** Absolute penalty total: errors weighted by severity. */
  penalty: number
  /** 0..100. */
  score: number
  threshold: number
  pass: boolean
  weights: Record<Severity, number>
  /** Findings not yet triaged (neither fixed nor ignored). */
  open: number
  /**
   * True while findings are open and no approver has overridden them: the score counts only
   * confirmed errors, so it may still fall; pass/fail is not shown.
   */
  provisional: boolean
  /** The score if every open finding were confirmed at its severity (the floor of the provisional score). */
  ifOpenConfirmed: number
}

/** Checks running in the background: how many of their steps (one check on one document) are done. */
export interface CheckProgress {
  running: boolean
  done: number
  total: number
}

/** Whether a document's findings are ready, and how far the checks under way have come. */
export interface FindingsStatus {
  ready: boolean
  progress: CheckProgress
}

export interface ReviewProgress {
  segments: number
  reviewed: number
  approved: number
  findingsOpen: number
  findingsFixed: number
  findingsIgnored: number
}

/** A document with everything the review screen shows. */
/** What applying a Word review table did, row by row. */
export interface ReviewTableResult {
  /** Rows whose target differed: each became a correction. */
  applied: number
  unchanged: number
  skipped: Array<{ id: string; reason: 'unknownSegment' | 'sourceChanged' | 'noTarget' | 'paragraphs' }>
  /** Rows whose status cell named another status: each segment's status changed (audited as a status change). */
  statusChanged: number
  /** Status cells that name no status Cotejo knows: those segments keep theirs. */
  unknownStatus: Array<{ id: string; label: string }>
}

/** The CAT file a document came from, which Export → Original format writes back. */
export interface OriginalInfo {
  /** 'sdlxliff', 'mqxliff', 'xliff2', 'tmx'… (formats/cat/model.ts CatFormat). */
  format: string
  fileName: string
}

/**
 * Whether a document's findings are in the answer: 'checking' while its checks run (after an
 * import, a reopen or an edit), when the rows come without findings and the score and finding
 * counts mean nothing yet.
 */
export type FindingsState = 'ready' | 'checking'

export interface DocumentReview extends DocumentView {
  /** Null for documents not imported from a CAT file. */
  original: OriginalInfo | null
  findingsState: FindingsState
  findings: FindingView[]
  checkFailures: CheckFailure[]
  /** The checks that ran on this document, and those skipped (its language pair, settings). */
  checks: CheckCoverage
  /** Findings raised since the document was approved (another document joined, the checks changed). */
  newSinceApproval: number
  corrections: CorrectionRecord[]
  queries: SourceQuery[]
  signoffs: Signoff[]
  score: QualityScore
  progress: ReviewProgress
}

/** A document in the project list, with how far its review has come. */
export interface DocumentOverview extends DocumentSummary {
  /** 'checking': the finding counts and the score are not known yet. */
  findingsState: FindingsState
  progress: ReviewProgress
  score: QualityScore
}

export interface ProjectDetail {
  project: ProjectSummary
  documents: DocumentOverview[]
}
