/** Review: corrections, findings (accept, ignore, fix all), segment status, source queries, sign-off, audit. */
import { z } from 'zod'
import type { SegmentStatus } from '../../domain/document'
import type { IgnoreScope } from '../../domain/findings'
import type {
  AuditEntry,
  EditInput,
  FixAllChange,
  QueryStatus,
  ReviewTableResult,
  SourceQuery
} from '../../domain/review'
import { docKey, exactly, fileInput, findingKey, id, note, position, severity } from './shared'

const editInput = exactly<EditInput>()(
  z.object({
    documentId: id,
    paragraph: position,
    text: z.string().max(1_000_000),
    category: z.string().max(80).nullable().optional(),
    severity: severity.nullable().optional(),
    comment: note.optional(),
    findingKey: findingKey.nullable().optional(),
    action: z.enum(['edit', 'undo', 'redo']).optional()
  })
)
const fixAllTarget = z.object({ documentId: id, paragraph: position }) satisfies z.ZodType<
  Pick<FixAllChange, 'documentId' | 'paragraph'>
>

const SEGMENT_STATUS_VALUES = ['untouched', 'reviewed', 'approved', 'rejected'] as const

export const reviewInputs = {
  editTarget: editInput,
  acceptFinding: z.object(docKey),
  ignoreFinding: z.object({
    ...docKey,
    reason: note,
    scope: exactly<IgnoreScope>()(z.enum(['document', 'project'])).default('document')
  }),
  unignoreFinding: z.object(docKey),
  previewFixAll: z.object(docKey),
  applyFixAll: z.object({ ...docKey, changes: z.array(fixAllTarget).max(10_000) }),
  setSegmentStatus: z.object({
    documentId: id,
    segment: position,
    status: exactly<SegmentStatus>()(z.enum(SEGMENT_STATUS_VALUES)),
    /** Why a segment is rejected (sent back to the translator); only read with status 'rejected'. */
    reason: note.optional()
  }),
  /** Several segments at once ("mark all shown as reviewed"): one transaction, one audit row. */
  setSegmentsStatus: z.object({
    documentId: id,
    segments: z.array(position).min(1).max(100_000),
    status: exactly<SegmentStatus>()(z.enum(SEGMENT_STATUS_VALUES)),
    reason: note.optional()
  }),
  createQuery: z.object({
    documentId: id,
    segment: position,
    question: z.string().trim().min(1).max(2000),
    findingKey: findingKey.nullable().default(null)
  }),
  updateQuery: z.object({
    queryId: id,
    status: exactly<QueryStatus>()(z.enum(['open', 'answered', 'closed'])),
    answer: note
  }),
  approveDocument: z.object({ documentId: id, note, override: note }),
  reopenDocument: z.object({ documentId: id, note }),
  getAuditLog: z.object({ documentId: id }),
  /** A Word review table sent back (Cotejo's, Trados External Review, memoQ bilingual): its target edits become corrections. */
  applyReviewTable: z.object({ documentId: id, file: fileInput })
} as const

export interface ReviewOutputs {
  editTarget: null
  acceptFinding: null
  ignoreFinding: null
  unignoreFinding: null
  previewFixAll: FixAllChange[]
  /** How many paragraphs changed. */
  applyFixAll: number
  setSegmentStatus: null
  /** How many segments changed status. */
  setSegmentsStatus: number
  createQuery: SourceQuery
  updateQuery: null
  approveDocument: null
  reopenDocument: null
  getAuditLog: AuditEntry[]
  applyReviewTable: ReviewTableResult
}
