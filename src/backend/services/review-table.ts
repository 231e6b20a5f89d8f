/**
 * A Word review table coming back: the target column's edits (tracked changes accepted) become
 * corrections of the matching segments, by ID (Cotejo writes a segment's number) or, when the ID
 * says nothing to this document (another tool's table), by a source text found once. A row whose
 * source no longer matches is reported, not applied: the table was made for another version.
 */
import type { Bead, DocumentView } from '../../core/domain/document'
import type { EditInput, ReviewTableResult } from '../../core/domain/review'
import type { ReviewTableRow } from '../formats/docx-review-read'
import type { DocumentStore } from '../store/documents'
import { unlockedDocument } from './guards'
import type { AuditNote, Change } from './mutation'
import { change } from './mutation'

interface Deps {
  documents: DocumentStore
  /** The review service's correction, with its audit rows. */
  edit: (input: EditInput) => AuditNote[]
}

const same = (a: string, b: string): boolean => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim()
const sideText = (view: DocumentView, bead: Bead, side: 'source' | 'target'): string[] =>
  bead[side].map((p) => view[side][p]?.text ?? '')

function beadFor(view: DocumentView, row: ReviewTableRow): Bead | 'unknownSegment' | 'sourceChanged' {
  const byId = /^\d+$/.test(row.id) ? view.beads[Number(row.id) - 1] : undefined
  if (byId && same(sideText(view, byId, 'source').join('\n\n'), row.source)) return byId
  const bySource = view.beads.filter((b) => same(sideText(view, b, 'source').join('\n\n'), row.source))
  if (bySource.length === 1 && bySource[0]) return bySource[0]
  return byId ? 'sourceChanged' : 'unknownSegment'
}

export function createReviewTableService({ documents, edit }: Deps) {
  return {
    apply({
      documentId,
      rows,
      fileName
    }: {
      documentId: number
      rows: ReviewTableRow[]
      fileName: string
    }): Change<ReviewTableResult> {
      unlockedDocument(documents, documentId)
      const view = documents.view(documentId)
      const result: ReviewTableResult = { applied: 0, unchanged: 0, skipped: [] }
      const audit: AuditNote[] = []
      for (const row of rows) {
        const bead = beadFor(view, row)
        if (typeof bead === 'string') {
          result.skipped.push({ id: row.id, reason: bead })
          continue
        }
        const current = sideText(view, bead, 'target')
        if (same(current.join('\n\n'), row.target)) {
          result.unchanged++
          continue
        }
        if (current.length === 0) {
          result.skipped.push({ id: row.id, reason: 'noTarget' })
          continue
        }
        const texts = current.length === 1 ? [row.target] : row.target.split(/\n{2,}/)
        if (texts.length !== current.length) {
          result.skipped.push({ id: row.id, reason: 'paragraphs' })
          continue
        }
        bead.target.forEach((paragraph, i) => {
          const text = texts[i] ?? ''
          if (!same(text, current[i] ?? '')) audit.push(...edit({ documentId, paragraph, text, comment: fileName }))
        })
        result.applied++
      }
      return change(result, ...audit)
    }
  }
}
