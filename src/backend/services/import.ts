/**
 * Storing imports: the plan read by backend/import/plan.ts (the same reading `cotejo check` uses)
 * becomes a document, aligned here when the file brought no alignment, and its files are listed
 * under recent files. Reading is asynchronous (Word documents); storing is one synchronous change,
 * registered with its transaction and audit row like every other mutation (handlers.ts).
 */
import type { BeadOrigin, BeadSentences, ImportResult } from '../../core/domain/document'
import { conventionLangs, type Lang } from '../../core/domain/language'
import type { Reviewer } from '../../core/domain/review'
import type { Db } from '../db/database'
import type { ImportPlan } from '../import/plan'
import { reviewRestorer, type ImportedReview } from '../import/restore-review'
import { change, mutations, type Change } from './mutation'
import { createAuditStore } from '../store/audit'
import { createDocumentStore, type DocumentStore } from '../store/documents'
import { createOriginalStore, type OriginalStore } from '../store/originals'
import { createProjectStore, type ProjectStore } from '../store/projects'
import { createRecentStore } from '../store/recent'
import type { Clock } from '../store/time'

export interface BeadPlan {
  source: number[]
  target: number[]
  confidence: number | null
  origin: BeadOrigin
  /** The sentence alignment inside the bead, when the aligner made one (else it is computed on storing). */
  sentences?: BeadSentences | undefined
}

/** Aligns paragraphs; replaced by the alignment engine, always through the bead model. */
export type Aligner = (source: string[], target: string[], langs: { sourceLang: Lang; targetLang: Lang }) => BeadPlan[]

/** 1-1 by position; the longer side's extra paragraphs become 1-0 or 0-1 beads. */
export const pairByPosition: Aligner = (source, target) => {
  const beads: BeadPlan[] = []
  for (let i = 0; i < Math.max(source.length, target.length); i++) {
    beads.push({
      source: i < source.length ? [i] : [],
      target: i < target.length ? [i] : [],
      confidence: null,
      origin: 'position'
    })
  }
  return beads
}

interface Deps {
  projects: ProjectStore
  documents: DocumentStore
  originals: OriginalStore
  recent: ReturnType<typeof createRecentStore>
  align: Aligner
  /** Writes the review record a file brought (backend/import/restore-review.ts). */
  restore?: (documentId: number, review: ImportedReview) => void
}

export function createImportService({ projects, documents, originals, recent, align, restore }: Deps) {
  return {
    /** Stores a plan in a project; one 'import' audit row. */
    store({ projectId, plan }: { projectId: number; plan: ImportPlan }): Change<ImportResult> {
      const doc = plan.document
      projects.get(projectId) // notFound before any work
      const beads = doc.beads ?? align(doc.source, doc.target, conventionLangs(doc))
      let document = documents.insert({ ...doc, projectId, beads })
      if (plan.original) originals.insert(document.id, plan.original)
      if (plan.review && restore) {
        restore(document.id, plan.review)
        // A restored review may have approved the document: the result says so.
        document = documents.get(document.id)
      }
      projects.touch(projectId)
      for (const { file, kind } of plan.recent)
        recent.add({ name: file.name, path: file.path ?? null, kind, documentId: document.id, projectId })
      return change(
        {
          document,
          sourceEncoding: doc.sourceEncoding ?? 'utf-8',
          targetEncoding: doc.targetEncoding ?? 'utf-8'
        },
        {
          documentId: document.id,
          projectId: document.projectId,
          details: { name: document.name, origin: document.origin, rows: document.beadCount }
        }
      )
    }
  }
}

/**
 * An import's store over one connection, as a registered mutation: the plan and its 'import' audit
 * row in one write transaction. The handlers use it on the main connection; the read worker on a
 * connection of its own (read-off-thread.ts), so that a large import's inserts do not hold up
 * every other request.
 */
export function importStorer(db: Db, now: Clock, actor: () => Reviewer, align: Aligner) {
  const imports = createImportService({
    projects: createProjectStore(db, now),
    documents: createDocumentStore(db, now),
    originals: createOriginalStore(db),
    recent: createRecentStore(db, now),
    align,
    restore: reviewRestorer(db)
  })
  return mutations(db, createAuditStore(db, now), actor)('import', imports.store)
}
