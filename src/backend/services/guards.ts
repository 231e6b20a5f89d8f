/** Preconditions the review services share. */
import { AppError } from '../../core/api/result'
import type { FindingView } from '../../core/domain/findings'
import type { DocumentStore } from '../store/documents'
import type { FindingsService } from './findings'

/** The document, refused when it is approved (editing is locked until it is reopened). */
export function unlockedDocument(documents: DocumentStore, documentId: number) {
  const doc = documents.info(documentId)
  if (doc.status === 'approved')
    throw new AppError('review.locked', `${doc.name} is approved: reopen it to make changes.`, { document: doc.name })
  return doc
}

/** A finding the document raises now, refused when the text has moved on. */
export function findingByKey(findings: FindingsService, documentId: number, key: string): FindingView {
  const f = findings.forDocument(documentId).findings.find((x) => x.key === key)
  if (!f) throw new AppError('review.stale', 'That finding is no longer raised: the text has changed.')
  return f
}
