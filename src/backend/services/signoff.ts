/**
 * Sign-off: approving a release (which locks editing), reopening it, and the audit trail. Approval
 * needs a role allowed to approve, and an override reason while blocking findings, open queries or
 * rejected segments remain (core/review/signoff-gate: the dialog shows the same gate).
 */
import { AppError } from '../../core/api/result'
import { mayDo, type AuditEntry, type DocumentReview, type Reviewer } from '../../core/domain/review'
import { signoffSummary } from '../../core/review/signoff-gate'
import type { AuditStore } from '../store/audit'
import type { DocumentStore } from '../store/documents'
import type { ReviewStore } from '../store/review'
import { unlockedDocument } from './guards'
import { change, type Change } from './mutation'

interface Deps {
  documents: DocumentStore
  review: ReviewStore
  audit: AuditStore
  reviewer: () => Reviewer
  /** The document as the review screen shows it (findings with their states, queries). */
  view: (documentId: number) => Pick<DocumentReview, 'beads' | 'findings' | 'queries'>
}

interface SignoffInput {
  documentId: number
  note: string | null
}

interface ApproveInput extends SignoffInput {
  /** Why the release goes out with blocking findings or queries open. */
  override: string | null
}

export function createSignoffService({ documents, review, audit, reviewer, view }: Deps) {
  return {
    approve({ documentId, note, override }: ApproveInput): Change<null> {
      const doc = unlockedDocument(documents, documentId)
      const who = reviewer()
      if (!mayDo(who.role, 'approve'))
        throw new AppError(
          'review.roleRequired',
          'Only communications staff can approve a release. Set your role in Settings.',
          { role: who.role }
        )
      const summary = signoffSummary(view(documentId))
      const reason = override?.trim() || null
      const blocked = summary.blockers.length > 0
      if (blocked && reason === null) {
        const count = (kind: string) => summary.blockers.find((b) => b.kind === kind)?.count ?? 0
        throw new AppError(
          'review.approvalBlocked',
          'Critical or major findings, open queries or rejected segments remain: fix them, or give the reason for approving anyway.',
          { critical: count('critical'), major: count('major'), queries: count('queries'), rejected: count('rejected') }
        )
      }
      // An override is only recorded when something was overridden.
      const overridden = blocked ? reason : null
      documents.setStatus(documentId, 'approved')
      review.addSignoff({
        documentId,
        action: 'approve',
        name: who.name,
        role: who.role,
        note,
        override: overridden,
        findingKeys: view(documentId).findings.map((f) => f.key)
      })
      return change(null, {
        documentId,
        projectId: doc.projectId,
        details: {
          role: who.role,
          note,
          override: overridden,
          // What was left when it was signed off, as the approver saw it.
          open: summary.open,
          openQueries: summary.openQueries,
          unreviewed: summary.unreviewed.length,
          rejected: summary.rejected.length,
          ignored: summary.ignored
        }
      })
    },

    reopen({ documentId, note }: SignoffInput): Change<null> {
      const doc = documents.get(documentId)
      if (doc.status !== 'approved') throw new AppError('review.notApproved', `${doc.name} is not approved.`)
      const who = reviewer()
      documents.setStatus(documentId, 'in_review')
      review.addSignoff({ documentId, action: 'reopen', name: who.name, role: who.role, note, override: null })
      return change(null, { documentId, projectId: doc.projectId, details: { role: who.role, note } })
    },

    auditLog({ documentId }: { documentId: number }): AuditEntry[] {
      documents.get(documentId)
      return audit.forDocument(documentId)
    }
  }
}
