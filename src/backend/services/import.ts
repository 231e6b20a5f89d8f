/**
 * Storing imports: the plan read by backend/import/plan.ts (the same reading `cotejo check` uses)
 * becomes a document, aligned here when the file brought no alignment, and its files are listed
 * under recent files.
 */
import type { FileInput } from '../../core/api/contract'
import type { ImportResult, BeadOrigin, DocumentSummary } from '../../core/domain/document'
import type { Lang } from '../../core/domain/language'
import type { BeadSentences } from '../../core/domain/document'
import { bilingualPlan, readImport, type ImportPlan, type ImportRequest, type Langs } from '../import/plan'
import type { DocumentStore } from '../store/documents'
import type { ProjectStore } from '../store/projects'
import type { createRecentStore } from '../store/recent'

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
  recent: ReturnType<typeof createRecentStore>
  align: Aligner
  onImported?: (doc: DocumentSummary) => void
}

export function createImportService({ projects, documents, recent, align, onImported }: Deps) {
  function store(projectId: number, plan: ImportPlan): ImportResult {
    const doc = plan.document
    projects.get(projectId) // notFound before any work
    const beads = doc.beads ?? align(doc.source, doc.target, doc)
    const document = documents.insert({ ...doc, projectId, beads })
    projects.touch(projectId)
    onImported?.(document)
    const result = {
      document,
      sourceEncoding: doc.sourceEncoding ?? 'utf-8',
      targetEncoding: doc.targetEncoding ?? 'utf-8'
    }
    for (const { file, kind } of plan.recent)
      recent.add({ name: file.name, path: file.path ?? null, kind, documentId: document.id, projectId })
    return result
  }

  type PairInput = { projectId: number; source: FileInput; target: FileInput; name?: string | undefined } & Langs

  /**
   * The one import entry: pasted text, one file (an XLIFF or TMX file, else a combined release)
   * or two files (a source and its translation, Word or text). Every API method, the window's
   * drop and the dialogs come through here.
   */
  async function importInput(input: ImportInput): Promise<ImportResult> {
    const { projectId, ...request } = input
    return store(projectId, await readImport(request))
  }

  const pair = (input: PairInput): Promise<ImportResult> =>
    importInput({
      kind: 'files',
      projectId: input.projectId,
      files: [input.source, input.target],
      name: input.name,
      ...langsOf(input)
    })

  return {
    importInput,
    importCombined: (input: { projectId: number; file: FileInput } & Langs) =>
      importInput({ kind: 'files', projectId: input.projectId, files: [input.file], ...langsOf(input) }),
    importPair: pair,
    /** Kept as its own API method; the same entry as importPair (Word or text, read by content). */
    importDocxPair: pair,
    importBilingual: async (input: { projectId: number; file: FileInput }) =>
      store(input.projectId, await bilingualPlan(input.file)),
    importPasted: (input: { projectId: number; name: string; source: string; target: string } & Langs) =>
      importInput({ kind: 'text', ...input })
  }
}

const langsOf = (l: Langs): Langs => ({ sourceLang: l.sourceLang, targetLang: l.targetLang })

/** What the import entry takes: a request and the project to store it in. */
export type ImportInput = ImportRequest & { projectId: number }
