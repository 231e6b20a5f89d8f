/** A reviewer's changes to the paragraph alignment, and re-aligning around them. */
import { conventionLangs } from '../../core/domain/language'
import { AppError } from '../../core/api/result'
import { applyAlignmentEdit, AlignmentEditError, type BeadShape, type RealignedBead } from '../../core/align/edit'
import type { AlignmentEdit } from '../../core/domain/alignment'
import type { BeadOrigin, BeadSentences } from '../../core/domain/document'
import type { DocumentStore } from '../store/documents'
import type { OriginalStore } from '../store/originals'
import { unlockedDocument } from './guards'
import type { RealignRequest } from '../import/tasks'
import { change, type Change } from './mutation'

interface Deps {
  documents: DocumentStore
  originals: OriginalStore
}

type PlannedBead = BeadShape & { origin: BeadOrigin; confidence: number | null; sentences?: BeadSentences | undefined }

export function createAlignmentService({ documents, originals }: Deps) {
  /** A document open for alignment changes: not approved, and not segmented by its CAT file. */
  function realignable(documentId: number) {
    const doc = unlockedDocument(documents, documentId)
    if (originals.has(documentId))
      throw new AppError(
        'alignment.fileSegments',
        'This document keeps the segments of the file it came from, so it can be written back; its alignment cannot be changed.'
      )
    return doc
  }

  /**
   * Stores a new bead list; beads whose paragraphs did not change keep their status, notes, origin
   * and confidence, the others take what `next` says.
   */
  function storeBeads(documentId: number, next: PlannedBead[]): void {
    const old = new Map(documents.view(documentId).beads.map((b) => [`${b.source.join(',')}|${b.target.join(',')}`, b]))
    documents.replaceBeads(
      documentId,
      next.map((b) => {
        const same = old.get(`${b.source.join(',')}|${b.target.join(',')}`)
        return same
          ? {
              source: b.source,
              target: b.target,
              origin: same.origin,
              confidence: same.confidence,
              status: same.status,
              notes: same.notes,
              sentences: same.sentences
            }
          : { source: b.source, target: b.target, origin: b.origin, confidence: b.confidence, sentences: b.sentences }
      })
    )
  }

  return {
    /** Stored as manual beads, kept when re-aligning. */
    edit({ documentId, edit }: { documentId: number; edit: AlignmentEdit }): Change<null> {
      const doc = realignable(documentId)
      const current = documents.view(documentId).beads
      let result: ReturnType<typeof applyAlignmentEdit>
      try {
        result = applyAlignmentEdit(current, edit)
      } catch (err) {
        if (err instanceof AlignmentEditError)
          throw new AppError('alignment.invalidEdit', err.message, { edit: edit.kind })
        throw err
      }
      const touched = new Set(result.touched)
      storeBeads(
        documentId,
        result.beads.map((b, i) => ({
          ...b,
          origin: touched.has(i) ? 'manual' : 'auto',
          confidence: touched.has(i) ? 1 : null
        }))
      )
      return change(null, { documentId, projectId: doc.projectId, details: { ...edit } })
    },

    /**
     * What re-aligning reads (the aligner runs on the read worker, `realignBeads`), with the text
     * revision it was read at.
     */
    realignRequest(documentId: number): { revision: number; request: RealignRequest } {
      const doc = realignable(documentId)
      const view = documents.view(documentId)
      return {
        revision: documents.textRevision(documentId),
        request: {
          beads: view.beads.map((b) => ({ source: b.source, target: b.target, locked: b.origin === 'manual' })),
          source: view.source.map((p) => p.text),
          target: view.target.map((p) => p.text),
          langs: conventionLangs(doc)
        }
      }
    },

    /**
     * Stores a re-alignment; beads the reviewer fixed by hand stay exactly as they are. Refused when
     * a text or the alignment changed since `realignRequest` read them.
     */
    storeRealigned({
      documentId,
      revision,
      planned
    }: {
      documentId: number
      revision: number
      planned: RealignedBead[]
    }): Change<null> {
      const doc = realignable(documentId)
      if (documents.textRevision(documentId) !== revision)
        throw new AppError(
          'alignment.changedMeanwhile',
          'The document changed while it was being re-aligned; re-align it again.'
        )
      storeBeads(
        documentId,
        planned.map((b) => ({
          source: b.source,
          target: b.target,
          origin: b.locked ? 'manual' : 'auto',
          confidence: b.confidence,
          sentences: b.sentences
        }))
      )
      return change(null, { documentId, projectId: doc.projectId, details: { rows: planned.length } })
    }
  }
}
