/** Review workflow data, as the UI receives it. */
import type { Finding, Severity } from '../checks/engine/types'

export type SegmentStatus = 'untouched' | 'reviewed' | 'approved'
export const SEGMENT_STATUSES: readonly SegmentStatus[] = ['untouched', 'reviewed', 'approved']

/** Communications staff sign releases off; translators and reviewers correct them. */
export type ReviewerRole = 'translator' | 'reviewer' | 'communications'
export const REVIEWER_ROLES: readonly ReviewerRole[] = ['translator', 'reviewer', 'communications']

export type FindingState = 'open' | 'fixed' | 'ignored'

export interface FindingView extends Finding {
  /** Stable while the texts it points at do not change: ignores and fixes are stored by it. */
  key: string
  state: FindingState
  /** Why it was ignored, when it was. */
  reason: string | null
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

export interface SourceQuery {
  id: number
  documentId: number
  beadPosition: number
  findingKey: string | null
  sourceText: string
  question: string
  status: 'open' | 'answered' | 'closed'
  answer: string | null
  author: string
  createdAt: string
  updatedAt: string
}

export interface Signoff {
  id: number
  action: 'approve' | 'reopen'
  name: string
  role: string
  note: string | null
  createdAt: string
}

export interface AuditEntry {
  id: number
  documentId: number | null
  action: string
  actor: string
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
}

/** Checks running in the background: how many of their steps (one check on one document) are done. */
export interface CheckProgress {
  running: boolean
  done: number
  total: number
}

export interface ReviewProgress {
  segments: number
  reviewed: number
  approved: number
  findingsOpen: number
  findingsFixed: number
  findingsIgnored: number
}
