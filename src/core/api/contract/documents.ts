/** Documents: importing them, reading one for review, deleting, and editing their alignment. */
import { z } from 'zod'
import { MAX_IMPORT_BYTES } from '../limits'
import type { AlignmentEdit } from '../../domain/alignment'
import type { DocumentSummary, ImportResult, NewVersionResult } from '../../domain/document'
import type { DocumentReview } from '../../domain/review'
import { exactly, fileInput, id, langs, languageTag, name, position } from './shared'

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

export const documentInputs = {
  getDocument: z.object({ documentId: id }),
  /** Some rows of a document (after a change to them): their beads, paragraphs and findings; the rest as getDocument. */
  getRows: z.object({ documentId: id, segments: z.array(position).min(1).max(1000) }),
  deleteDocument: z.object({ documentId: id }),
  renameDocument: z.object({ documentId: id, name }),
  importCombined: z.object({ projectId: id, file: fileInput, targetLangChoice, ...langs }),
  importPair: z.object({ projectId: id, source: fileInput, target: fileInput, name: name.optional(), ...langs }),
  importPasted: z.object({
    projectId: id,
    name,
    source: z.string().max(MAX_IMPORT_BYTES),
    target: z.string().max(MAX_IMPORT_BYTES),
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
  getRows: DocumentReview
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
