/**
 * Export → Original format: the CAT file a document came from, written back in its own format and
 * encoding with only what the review changed — edited targets, the states of segments whose status
 * moved, and the reviewer's comments and queries as notes (Trados and memoQ comments in their files).
 * Nothing edited, the file comes back as it was imported.
 */
import { AppError } from '../../core/api/result'
import { FILE_STATE_NOTE, PARAGRAPH_JOINER, type Bead, type SegmentStatus } from '../../core/domain/document'
import type { DocumentReview } from '../../core/domain/review'
import { readCatFile, writeCatFile } from '../../core/formats/cat'
import type { CatEdit, CatFile, CatStatus } from '../../core/formats/cat/model'
import { perSegment, rejectionNotes, reviewerNotes } from '../../core/review/bilingual'
import { encodeXmlLike } from '../formats/encode'
import { STATUS_OF } from '../import/cat-plan'
import type { OriginalFile } from '../store/originals'
import type { ExportedFile } from './exports'

const CAT_STATUS: Record<SegmentStatus, CatStatus> = {
  untouched: 'translated',
  reviewed: 'reviewed',
  approved: 'final',
  rejected: 'rejected'
}

/**
 * Whether the review moved a segment's status from what the file said. Documents imported before
 * Cotejo had a rejected status read a rejected segment as untouched (with a file-state note): that
 * is the file's own state, not a change.
 */
function statusMoved(bead: Bead, file: CatStatus): boolean {
  if (bead.status === STATUS_OF[file]) return false
  const legacy = file === 'rejected' && bead.status === 'untouched'
  return !(legacy && bead.notes.some((n) => n.category === FILE_STATE_NOTE))
}

const MEDIA_TYPE: Record<OriginalFile['format'], string> = {
  xliff1: 'application/xliff+xml',
  sdlxliff: 'application/xliff+xml',
  mqxliff: 'application/xliff+xml',
  txlf: 'application/xliff+xml',
  xliff2: 'application/xliff+xml',
  tmx: 'application/x-tmx+xml',
  txml: 'application/xml'
}

const side = (review: DocumentReview, bead: Bead, which: 'target'): { now: string; before: string } => {
  const paragraphs = bead[which].map((p) => review[which][p])
  return {
    now: paragraphs.map((p) => p?.text ?? '').join(PARAGRAPH_JOINER),
    before: paragraphs.map((p) => p?.originalText ?? '').join(PARAGRAPH_JOINER)
  }
}

/** The edits of a review, by CAT segment key. */
export function reviewEdits(review: DocumentReview, original: OriginalFile, cat: CatFile): Map<string, CatEdit> {
  const segments = new Map(cat.segments.map((s) => [s.key, s]))
  const edits = new Map<string, CatEdit>()
  const of = perSegment(review)
  for (const bead of review.beads) {
    const key = original.segmentKeys[bead.position]
    const segment = key === undefined ? undefined : segments.get(key)
    if (key === undefined || segment === undefined) continue
    const target = side(review, bead, 'target')
    const moved = statusMoved(bead, segment.state.status)
    // TXML has neither a rejected state nor notes: a rejection's reason would only make the export fail.
    const notes = [...reviewerNotes(bead, of), ...(original.format === 'txml' ? [] : rejectionNotes(bead))]
    if (target.now === target.before && !moved && notes.length === 0) continue
    edits.set(key, {
      target: target.now,
      ...(moved ? { status: CAT_STATUS[bead.status] } : {}),
      ...(notes.length > 0 ? { notes } : {})
    })
  }
  return edits
}

/** `now` dates the comments a Trados or memoQ file receives. */
export function exportOriginal(review: DocumentReview, original: OriginalFile | null, now: string): ExportedFile {
  if (original === null)
    throw new AppError(
      'export.noOriginal',
      `${review.document.name} was not imported from a CAT file; choose XLIFF, TMX or another format.`,
      { document: review.document.name }
    )
  const cat = readCatFile(original.content, original.targetLang ? { targetLang: original.targetLang } : {})
  const text = writeCatFile(original.content, cat, reviewEdits(review, original, cat), { now })
  return {
    fileName: original.fileName,
    mimeType: MEDIA_TYPE[original.format],
    bytes: encodeXmlLike(text, original.encoding)
  }
}
