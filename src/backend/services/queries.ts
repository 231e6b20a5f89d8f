/** Source queries: a reviewer's question about the Spanish text, and its answer. */
import { AppError } from '../../core/api/result'
import type { QueryStatus, Reviewer, SourceQuery } from '../../core/domain/review'
import type { DocumentStore } from '../store/documents'
import type { ReviewStore } from '../store/review'
import type { FindingsService } from './findings'
import { change, type Change } from './mutation'

interface Deps {
  documents: DocumentStore
  review: ReviewStore
  findings: FindingsService
  reviewer: () => Reviewer
}

export function createQueryService({ documents, review, findings, reviewer }: Deps) {
  return {
    /** Asks about a segment; the question quotes the finding's source span, or the whole source. */
    add({
      documentId,
      segment,
      question,
      findingKey
    }: {
      documentId: number
      segment: number
      question: string
      findingKey: string | null
    }): Change<SourceQuery> {
      const doc = documents.get(documentId)
      const view = documents.view(documentId)
      const bead = view.beads[segment]
      if (!bead) throw new AppError('notFound', `Segment ${segment + 1} does not exist.`)
      const f = findingKey ? findings.forDocument(documentId).findings.find((x) => x.key === findingKey) : undefined
      const sourceText = f?.sourceSpan?.text ?? bead.source.map((p) => view.source[p]?.text ?? '').join('\n\n')
      const q = review.addQuery({
        documentId,
        beadPosition: segment,
        findingKey,
        sourceText,
        question,
        author: reviewer().name
      })
      return change(q, { documentId, projectId: doc.projectId, details: { queryId: q.id, segment, question } })
    },

    update({ queryId, status, answer }: { queryId: number; status: QueryStatus; answer: string | null }): Change<null> {
      const q = review.query(queryId)
      if (!q) throw new AppError('notFound', `Query ${queryId} does not exist.`)
      review.updateQuery(queryId, status, answer)
      return change(null, { documentId: q.documentId, projectId: null, details: { queryId, status, answer } })
    }
  }
}
