/**
 * A Word review table coming back: the target column's edits (tracked changes accepted) become
 * corrections of the matching segments, by ID (Cotejo writes a segment's number) or, when the ID
 * says nothing to this document (another tool's table), by a source text found once. A row whose
 * source no longer matches is reported, not applied: the table was made for another version.
 *
 * The status column (Cotejo's labels in either language, Trados's and memoQ's status names) sets
 * the segment's status when it names another one, audited as a status change like any other. A
 * label that names no status is listed and its segment keeps its status; the rest of the table is
 * applied all the same. A table's "not reviewed" never takes back a review made here meanwhile
 * (the table may have been exported before it): lowering a status is done in the review screen.
 */
import type { Bead, DocumentView, SegmentStatus } from '../../core/domain/document'
import type { EditInput, ReviewTableResult } from '../../core/domain/review'
import { pushTo } from '../../core/collections/multimap'
import { reviewStatusOfLabel } from '../../core/formats/labels'
import type { ReviewTableRow } from '../formats/docx-review-read'
import type { DocumentStore } from '../store/documents'
import { unlockedDocument } from './guards'
import type { AuditNote, Change } from './mutation'
import { change } from './mutation'

interface Deps {
  documents: DocumentStore
  /** The review service's correction, with its audit rows. */
  edit: (input: EditInput) => AuditNote[]
  /** The review service's status change of several segments, with its audit row. */
  setStatus: (input: { documentId: number; segments: number[]; status: SegmentStatus }) => Change<number>
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

/** The status a row's status cell asks for, when it differs from the segment's; unknown labels are listed. */
function askedStatus(row: ReviewTableRow, bead: Bead, result: ReviewTableResult): SegmentStatus | null {
  const label = row.status?.trim() ?? ''
  if (label === '') return null
  const status = reviewStatusOfLabel(label)
  if (status === null) {
    result.unknownStatus.push({ id: row.id, label })
    return null
  }
  return status === bead.status || status === 'untouched' ? null : status
}

type TargetOutcome = 'applied' | 'unchanged' | ReviewTableResult['skipped'][number]['reason']

export function createReviewTableService({ documents, edit, setStatus }: Deps) {
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
      const result: ReviewTableResult = { applied: 0, unchanged: 0, skipped: [], statusChanged: 0, unknownStatus: [] }
      const audit: AuditNote[] = []
      /** Per segment, the status its (last) row asks for. */
      const statuses = new Map<number, SegmentStatus>()
      const applyTarget = (row: ReviewTableRow, bead: Bead): TargetOutcome => {
        const current = sideText(view, bead, 'target')
        if (same(current.join('\n\n'), row.target)) return 'unchanged'
        if (current.length === 0) return 'noTarget'
        const texts = current.length === 1 ? [row.target] : row.target.split(/\n{2,}/)
        if (texts.length !== current.length) return 'paragraphs'
        bead.target.forEach((paragraph, i) => {
          const text = texts[i] ?? ''
          if (!same(text, current[i] ?? '')) audit.push(...edit({ documentId, paragraph, text, comment: fileName }))
        })
        return 'applied'
      }
      for (const row of rows) {
        const bead = beadFor(view, row)
        if (typeof bead === 'string') {
          result.skipped.push({ id: row.id, reason: bead })
          continue
        }
        const outcome = applyTarget(row, bead)
        // A row not applied is not applied at all: its status cell waits with its text.
        if (outcome !== 'applied' && outcome !== 'unchanged') {
          result.skipped.push({ id: row.id, reason: outcome })
          continue
        }
        result[outcome]++
        const status = askedStatus(row, bead, result)
        if (status !== null) statuses.set(bead.position, status)
      }
      const byStatus = new Map<SegmentStatus, number[]>()
      for (const [segment, status] of statuses) pushTo(byStatus, status, segment)
      for (const [status, segments] of byStatus) {
        const changed = setStatus({ documentId, segments, status })
        result.statusChanged += changed.value
        for (const note of changed.audit)
          audit.push({ ...note, action: 'status', details: { ...note.details, file: fileName } })
      }
      return change(result, ...audit)
    }
  }
}
