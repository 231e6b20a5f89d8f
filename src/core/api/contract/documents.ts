/** Documents: importing them, reading one for review, deleting, and editing their alignment. */
import { z } from 'zod'
import { MAX_IMPORT_BYTES } from '../limits'
import type { AlignmentEdit } from '../../domain/alignment'
import type { DocumentSummary, DocumentView, ImportResult, NewVersionResult } from '../../domain/document'
import type { DocumentReview, FindingsStatus } from '../../domain/review'
import type { SegmentIndex } from '../segment-index'
import { Utf8Text } from '../utf8-text'
import { exactly, fileInput, id, langs, languageTag, name, position } from './shared'

/** The longest a `findingsStatus` call may wait: well under the HTTP server's request timeout. */
export const FINDINGS_WAIT_MAX_MS = 30_000

/**
 * Pasted text: a string, or (a long paste in browser mode) its UTF-8 bytes, bounded alike with the
 * same issue, so that the refusal of a too-large paste is the same either way.
 */
const pastedText = z.union([
  z.string().max(MAX_IMPORT_BYTES),
  z.instanceof(Utf8Text).superRefine((text, ctx) => {
    if (text.isLongerThan(MAX_IMPORT_BYTES))
      ctx.addIssue({
        code: 'too_big',
        origin: 'string',
        maximum: MAX_IMPORT_BYTES,
        inclusive: true,
        input: text,
        message: `Too big: expected string to have <=${MAX_IMPORT_BYTES} characters`
      })
  })
])

const side = z.enum(['source', 'target'])
/** For a file with translations into several languages (a multilingual TMX): the one to review. */
const targetLangChoice = languageTag.optional()
const alignmentEdit = exactly<AlignmentEdit>()(
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('mergeNext'), bead: position }),
    z.object({ kind: z.literal('split'), bead: position }),
    z.object({ kind: z.literal('moveUp'), bead: position, side }),
    z.object({ kind: z.literal('moveDown'), bead: position, side }),
    z.object({ kind: z.literal('unalign'), bead: position })
  ])
)

/** The most rows one `getRowPage` answers with. */
export const MAX_PAGE_ROWS = 500

/** The fields of a document's view that hold its rows. */
export type RowFields = 'source' | 'target' | 'beads'

/**
 * What the review screen reads on opening, besides the rows in view: the document, its findings,
 * queries, sign-offs, score and progress, and one letter a segment (`SegmentIndex`). Not its rows
 * (`getRowPage`) nor its corrections (the exports and the report read those).
 */
export type ReviewHeaderView = Omit<DocumentReview, RowFields | 'corrections'> & { segments: SegmentIndex }

/**
 * The rows `start` to `start + count - 1` (fewer at the end): their beads, and the paragraphs they
 * hold (`source`/`target` ordered by position, not indexed by it), with the document's row count.
 */
export type RowPage = Pick<DocumentView, RowFields> & { start: number; segmentCount: number }

export const documentInputs = {
  /** The whole document with its rows: the exports, the CLI and the benches read it; the screen reads pages. */
  getDocument: z.object({ documentId: id }),
  getDocumentHeader: z.object({ documentId: id }),
  getRowPage: z.object({ documentId: id, start: position, count: z.number().int().min(1).max(MAX_PAGE_ROWS) }),
  /** Some rows of a document (after a change to them): their beads, paragraphs and findings; the rest as getDocument. */
  getRows: z.object({ documentId: id, segments: z.array(position).min(1).max(1000) }),
  /**
   * Whether the document's findings are ready; waits up to `waitMs` for its checks (a long poll:
   * the answer comes as soon as they finish, over IPC and HTTP alike).
   */
  findingsStatus: z.object({ documentId: id, waitMs: z.number().int().min(0).max(FINDINGS_WAIT_MAX_MS).default(0) }),
  deleteDocument: z.object({ documentId: id }),
  renameDocument: z.object({ documentId: id, name }),
  importCombined: z.object({ projectId: id, file: fileInput, targetLangChoice, ...langs }),
  importPair: z.object({ projectId: id, source: fileInput, target: fileInput, name: name.optional(), ...langs }),
  importPasted: z.object({
    projectId: id,
    name,
    source: pastedText,
    target: pastedText,
    ...langs
  }),
  importBilingual: z.object({ projectId: id, file: fileInput, targetLangChoice }),
  importDocxPair: z.object({ projectId: id, source: fileInput, target: fileInput, name: name.optional(), ...langs }),
  /** A new version of one side of a document (text or Word), carried over from the previous one. */
  importNewVersion: z.object({ documentId: id, side, file: fileInput }),
  editAlignment: z.object({ documentId: id, edit: alignmentEdit }),
  realignDocument: z.object({ documentId: id })
} as const

export interface DocumentOutputs {
  getDocument: DocumentReview
  getDocumentHeader: ReviewHeaderView
  getRowPage: RowPage
  getRows: DocumentReview
  findingsStatus: FindingsStatus
  deleteDocument: null
  renameDocument: DocumentSummary
  importCombined: ImportResult
  importPair: ImportResult
  importPasted: ImportResult
  importBilingual: ImportResult
  importDocxPair: ImportResult
  importNewVersion: NewVersionResult
  editAlignment: null
  realignDocument: null
}
