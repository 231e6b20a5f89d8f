/** Sign-off: approving a release (which locks editing), reopening it, and the audit trail. */
import { AppError } from '../../core/api/result'
import type { AuditEntry } from '../../core/domain/review'
import type { AuditStore } from '../store/audit'
import type { DocumentStore } from '../store/documents'
import type { ReviewStore } from '../store/review'
import { unlockedDocument } from './guards'
import { change, type Change } from './mutation'
import type { Reviewer } from './review'

interface Deps {
  documents: DocumentStore
  review: ReviewStore
  audit: AuditStore
  reviewer: () => Reviewer
}

interface SignoffInput {
  documentId: number
  note: string | null
}

export function createSignoffService({ documents, review, audit, reviewer }: Deps) {
  return {
    approve({ documentId, note }: SignoffInput): Change<null> {
      const doc = unlockedDocument(documents, documentId)
      const who = reviewer()
      if (who.role !== 'communications')
        throw new AppError(
          'review.roleRequired',
          'Only communications staff can approve a release. Set your role in Settings.',
          { role: who.role }
        )
      documents.setStatus(documentId, 'approved')
      review.addSignoff({ documentId, action: 'approve', name: who.name, role: who.role, note })
      return change(null, { documentId, projectId: doc.projectId, details: { role: who.role, note } })
    },

    reopen({ documentId, note }: SignoffInput): Change<null> {
      const doc = documents.get(documentId)
      if (doc.status !== 'approved') throw new AppError('review.notApproved', `${doc.name} is not approved.`)
      const who = reviewer()
      documents.setStatus(documentId, 'in_review')
      review.addSignoff({ documentId, action: 'reopen', name: who.name, role: who.role, note })
      return change(null, { documentId, projectId: doc.projectId, details: { role: who.role, note } })
    },

    auditLog({ documentId }: { documentId: number }): AuditEntry[] {
      documents.get(documentId)
      return audit.forDocument(documentId)
    }
  }
}
