import { AppError } from '../../core/api/result'
import type { ApiHandlers, ApiParsedInput, ExportedFileData, FileInput } from '../../core/api/contract'
import type { CheckInfo } from '../../core/domain/findings'
import { glossaryExportInfo } from '../../core/formats/export-formats'
import { CHECKS } from '../../core/checks/engine/registry'
import type { CheckDefinition } from '../../core/checks/engine/types'
import type { SpellService } from '../../core/text/speller'
import { writeTransaction, type Db } from '../db/database'
import { writeGlossary } from '../formats'
import { fileBytes } from '../import/read'
import { readReviewTable } from '../formats/docx-review-read'
import { createReviewTableService } from './review-table'
import { createAuditStore, IDENTITY_ACTION } from '../store/audit'
import { createDocumentStore } from '../store/documents'
import { createOriginalStore } from '../store/originals'
import { createMemoryStore, type NewMemoryUnit } from '../store/memory'
import { createMemoryService } from './memory'
import { createGlossaryStore } from '../store/glossary'
import { createProjectStore } from '../store/projects'
import { createRecentStore } from '../store/recent'
import { createReviewStore } from '../store/review'
import { createSettingsStore } from '../store/settings'
import { systemClock, type Clock } from '../store/time'
import { exportReview, reviewExtrasReader, safeFileName, zipFiles, type ExportDeps, type ExportedFile } from './exports'
import { createFindingsService } from './findings'
import { createInProcessRunner, type CheckRunner } from '../checks/runner'
import { alignParagraphs } from './align'
import { fileReader, type FileReader } from '../import/read-off-thread'
import { storeGlossary, type ImportInput, type ImportMethod } from '../import/tasks'
import { importStorer, type Aligner } from './import'
import { createAlignmentService } from './alignment'
import { change, keepKind, mutations } from './mutation'
import { createQueryService } from './queries'
import { createReviewService } from './review'
import { createSignoffService } from './signoff'
import { createVersionService } from './versions'
import { createVersionStore } from '../store/versions'
import { createSettingsService } from './settings'
import type { DocumentReader } from '../reading/client'
import { EncodedJson, joinedObjects } from './encoded-json'

export interface ServiceOptions {
  now?: Clock
  align?: Aligner
  /**
   * Reads imports (aligning them), glossaries, new versions and memory TMX files, and re-aligns
   * documents, before their transaction: on a worker thread in the app and browser mode, on this
   * thread with `align` by default.
   */
  reader?: FileReader
  checks?: readonly CheckDefinition[]
  /** Spelling dictionaries, when loaded (for checks run on this thread). */
  spell?: () => SpellService | undefined
  /** Where checks run; by default on this thread with `checks` and `spell`. */
  runner?: CheckRunner
  /** HTML to PDF, where the runtime can print (the desktop app). */
  printToPdf?: (html: string) => Promise<Uint8Array>
  /** Reads whole documents off this thread (reading/client.ts): their rows, and their first read for the checks. */
  documentReader?: DocumentReader | null
}

/** Answers given as JSON bytes rather than objects, where the transport sends JSON (browser mode). */
export interface EncodedHandlers {
  getDocument(input: ApiParsedInput<'getDocument'>): Promise<EncodedJson>
}

/**
 * How often the rows of an encoded getDocument are read again when the document changed between
 * reading them and building the rest of the answer; then it is built whole on this thread.
 */
const ROW_READS = 3

/**
 * How long reading a document after a change waits for its re-check: a row's own checks take a
 * moment, so its new findings come with it; a longer re-check answers 'checking' and the screen
 * asks again (findingsStatus).
 */
const RECHECK_WAIT_MS = 1_500

const toFileData = (f: ExportedFile): ExportedFileData => ({
  fileName: f.fileName,
  mimeType: f.mimeType,
  base64: Buffer.from(f.bytes).toString('base64')
})

const checkInfo = (c: CheckDefinition): CheckInfo => ({
  id: c.id,
  category: c.category,
  defaultSeverity: c.defaultSeverity,
  enabledByDefault: c.enabledByDefault,
  i18n: c.i18n
})

/**
 * Every API method, implemented over one database. Transport-free: Electron IPC, the browser-mode
 * HTTP server, and tests all call these through `dispatch`.
 */
export function createHandlers(db: Db, options: ServiceOptions = {}): ApiHandlers {
  return createServices(db, options).handlers
}

/** The API handlers, and the answers the browser mode takes encoded (`EncodedHandlers`). */
export function createServices(
  db: Db,
  options: ServiceOptions = {}
): { handlers: ApiHandlers; encoded: EncodedHandlers } {
  const now = options.now ?? systemClock
  const checks = options.checks ?? CHECKS
  const align = options.align ?? alignParagraphs
  const documentReader = options.documentReader ?? null
  const projects = createProjectStore(db, now)
  const documents = createDocumentStore(db, now)
  const recent = createRecentStore(db, now)
  const originals = createOriginalStore(db)
  const settings = createSettingsService(createSettingsStore(db))
  const glossary = createGlossaryStore(db, now)
  const audit = createAuditStore(db, now)
  const reviewStore = createReviewStore(db, now)
  const runner = options.runner ?? createInProcessRunner(checks, options.spell ?? (() => undefined))
  const memoryStore = createMemoryStore(db)
  const memory = createMemoryService({ memory: memoryStore, documents, now, scope: () => settings.get().memoryScope })
  const findings = createFindingsService({
    documents,
    glossary,
    review: reviewStore,
    checkSettings: () => settings.get().checks,
    runner,
    checks,
    memory,
    ...(documentReader ? { readContext: (id: number) => documentReader.checkContext(id) } : {})
  })
  const projectDocuments = (documentId: number): number[] => documents.idsInProject(documents.projectOf(documentId))
  // Which documents' findings a handler reads: they are brought up to date (off this thread when the
  // runner is the worker pool) before it runs, so no handler can forget it.
  const oneDocument = ({ documentId }: { documentId: number }): number[] => [documentId]
  const documentsProject = ({ documentId }: { documentId: number }): number[] => projectDocuments(documentId)
  const inProject = ({ projectId }: { projectId: number }): number[] => documents.idsInProject(projectId)
  function withFindings<I, O>(scope: (input: NoInfer<I>) => number[], handler: (input: I) => O | Promise<O>) {
    return keepKind(handler, async (input: I): Promise<O> => {
      const ids = scope(input)
      if (ids.length > 0) await findings.ensure(ids)
      return handler(input)
    })
  }
  /**
   * Before the screen reads a document: a re-check after a change (quick, it reuses the earlier
   * results) is waited for a moment, so the changed rows come with their findings; a first check
   * on the worker (after an import or a restart) is not: the rows come at once, marked 'checking'.
   */
  async function settled(documentId: number): Promise<void> {
    if (findings.ready(documentId)) return
    // Checks on this thread (tests, the CLI, a failed worker) would hold the answer up anyway.
    const firstInBackground = runner.state() === 'worker' && !findings.checkedBefore(documentId)
    if (firstInBackground) findings.start([documentId])
    else await findings.whenReady(documentId, RECHECK_WAIT_MS)
  }
  /** What this process keeps of deleted documents (their findings, texts and counts), let go. */
  const forget = (ids: readonly number[]): void => {
    findings.forget(ids)
    review.forget(ids)
  }
  const reviewer = () => {
    const s = settings.get()
    return { name: s.reviewerName, role: s.reviewerRole }
  }
  // Every review mutation is registered through this: its change and audit rows in one transaction.
  const mutation = mutations(db, audit, reviewer)
  const review = createReviewService({
    documents,
    review: reviewStore,
    findings,
    reviewer,
    passThreshold: () => settings.get().passThreshold,
    originals
  })
  const queries = createQueryService({ documents, review: reviewStore, findings, reviewer })
  const signoff = createSignoffService({ documents, review: reviewStore, audit, reviewer, view: review.view })
  const alignment = createAlignmentService({ documents, originals })
  const storeRealigned = mutation('realign', alignment.storeRealigned)
  const reader = options.reader ?? fileReader(undefined, align)
  const exportDeps: ExportDeps = {
    lang: () => settings.get().uiLanguage,
    now: () => now(),
    checks,
    printToPdf: options.printToPdf,
    original: (documentId) => originals.get(documentId),
    extras: reviewExtrasReader(db),
    write: reader.write
  }
  /**
   * A change to a document's statuses or text and the approved memory brought up to date for the
   * segments it touched (`segments`; all of them when it does not say), in one transaction: after
   * a crash the memory holds exactly the changes that were stored.
   */
  function remembering<I extends { documentId: number }, O>(
    handler: (input: I) => O,
    segments: (input: I) => readonly number[] | null = () => null
  ): (input: I) => O {
    return keepKind(
      handler,
      writeTransaction(db, (input: I): O => {
        const out = handler(input)
        memory.refresh(input.documentId, segments(input))
        return out
      })
    )
  }
  const segmentOf = (documentId: number, paragraph: number | undefined): number[] => {
    const bead = paragraph === undefined ? null : memoryStore.beadOfTarget(documentId, paragraph)
    return bead === null ? [] : [bead]
  }
  /** The segment an accepted suggestion corrected: its correction is the document's latest. */
  const lastCorrected = ({ documentId }: { documentId: number }): number[] =>
    segmentOf(documentId, reviewStore.corrections(documentId).at(-1)?.paragraph)
  const storeMemoryImport = mutation('memoryImport', (units: NewMemoryUnit[]) => {
    memory.addImported(units)
    return change({ imported: units.length }, { documentId: null, projectId: null, details: { units: units.length } })
  })
  const editAll = mutation('edit', review.applyFixAll)
  // A fix can reach every document of the project: each one's memory is brought up to date with it.
  const fixAll = withFindings<ApiParsedInput<'applyFixAll'>, number>(
    documentsProject,
    keepKind(
      editAll,
      writeTransaction(db, (input: ApiParsedInput<'applyFixAll'>): number => {
        const changed = editAll(input)
        for (const documentId of new Set(input.changes.map((c) => c.documentId)))
          memory.refresh(
            documentId,
            input.changes.filter((c) => c.documentId === documentId).flatMap((c) => segmentOf(documentId, c.paragraph))
          )
        return changed
      })
    )
  )
  const applyTable = remembering(
    mutation(
      'edit',
      createReviewTableService({
        documents,
        edit: review.editNotes,
        setStatus: review.setSegmentsStatus
      }).apply
    )
  )
  const versions = createVersionService({
    documents,
    originals,
    review: reviewStore,
    versions: createVersionStore(db, now),
    reviewer,
    findings: (documentId) => {
      const f = findings.forDocument(documentId)
      return [...f.findings, ...f.sinceApproval]
    },
    align
  })
  const storeVersion = remembering(mutation('importVersion', versions.importNewVersion))
  const storeImport = importStorer(db, now, reviewer, align)
  /**
   * An import method: its file reading (async, outside the transaction), then the audited store;
   * both on the read worker when there is one. Its checks start when the screen first reads the
   * document, right after: started here, planning the job would hold up that first read of the rows.
   */
  const importing = <M extends ImportMethod>(method: M) =>
    keepKind(storeImport, async (input: ImportInput<M>) => {
      const { projectId } = input
      if (reader.importAndStore)
        return reader.importAndStore(method, input, { projectId, at: now(), actor: reviewer() })
      return storeImport({ projectId, plan: await reader.importPlan(method, input) })
    })

  /**
   * getDocument's answer as JSON bytes. With a document reader, its rows are read and encoded off
   * this thread and the rest is built here; the rows must be of the moment the rest describes
   * (equal stamps), or they are read again. A reader that fails leaves the whole answer to this thread.
   */
  async function encodedDocument({ documentId }: { documentId: number }): Promise<EncodedJson> {
    await settled(documentId)
    for (let attempt = 0; documentReader && attempt < ROW_READS; attempt++) {
      const rows = await documentReader.rows(documentId).catch(() => null)
      if (!rows) break
      review.knowWords(documentId, rows.words)
      const { stamp, answer } = review.shownWithoutRows(documentId)
      if (stamp === rows.stamp) return joinedObjects(Buffer.from(JSON.stringify(answer)), rows.bytes)
    }
    return new EncodedJson([Buffer.from(JSON.stringify(review.shown(documentId)))])
  }

  const handlers: ApiHandlers = {
    listProjects: () => projects.list(),
    createProject: ({ name }) => projects.create(name),
    renameProject: ({ projectId, name }) => projects.rename(projectId, name),
    deleteProject: ({ projectId }) => {
      const ids = documents.idsInProject(projectId)
      projects.remove(projectId)
      forget(ids)
      return null
    },
    // The list at once; documents whose checks run (on the worker) show that, and their counts later.
    getProject: async ({ projectId }) => {
      const ids = documents.idsInProject(projectId)
      if (runner.state() !== 'worker') await findings.ensure(ids)
      else {
        const stale = ids.filter((id) => !findings.ready(id))
        if (stale.length > 0) findings.start(stale)
      }
      const project = projects.get(projectId)
      const list = documents.listByProject(projectId)
      return { project, documents: list.map((d) => ({ ...d, ...review.overview(d.id) })) }
    },
    getDocument: async ({ documentId }) => {
      await settled(documentId)
      return review.shown(documentId)
    },
    getDocumentHeader: async ({ documentId }) => {
      await settled(documentId)
      await review.countWordsInTurns(documentId)
      return review.header(documentId)
    },
    // Rows carry no findings (the header does): no wait for the checks.
    getRowPage: ({ documentId, start, count }) => review.page(documentId, start, count),
    getRows: async ({ documentId, segments }) => {
      await settled(documentId)
      return review.rows(documentId, segments)
    },
    findingsStatus: async ({ documentId, waitMs }) => ({
      ready: await findings.whenReady(documentId, waitMs),
      progress: runner.progress()
    }),
    deleteDocument: ({ documentId }) => {
      documents.remove(documentId)
      forget([documentId])
      return null
    },
    renameDocument: mutation('rename', ({ documentId, name }: { documentId: number; name: string }) => {
      const before = documents.get(documentId)
      const after = documents.rename(documentId, name)
      return change(after, { documentId, projectId: before.projectId, details: { before: before.name, after: name } })
    }),
    importCombined: importing('importCombined'),
    importPair: importing('importPair'),
    importPasted: importing('importPasted'),
    // Read like one side of a pair; the findings as they stand give ignores their new keys.
    importNewVersion: withFindings(
      oneDocument,
      keepKind(storeVersion, async ({ documentId, side, file }: ApiParsedInput<'importNewVersion'>) =>
        storeVersion({ documentId, side, paragraphs: (await reader.side(file)).paragraphs, fileName: file.name })
      )
    ),
    listRecentFiles: () => recent.list(),
    getSettings: () => settings.get(),
    // A change of name or role is audited: who was allowed to approve, and since when.
    updateSettings: mutation(IDENTITY_ACTION, settings.update),
    listChecks: () => checks.map(checkInfo),
    checkProgress: () => runner.progress(),
    // An accepted suggestion is a correction audited as such ('accept'); each fix-all change as 'edit'.
    editTarget: remembering(mutation('edit', review.edit), (i) => segmentOf(i.documentId, i.paragraph)),
    acceptFinding: withFindings(oneDocument, remembering(mutation('accept', review.accept), lastCorrected)),
    ignoreFinding: withFindings(oneDocument, mutation('ignore', review.ignore)),
    unignoreFinding: withFindings(oneDocument, mutation('unignore', review.unignore)),
    previewFixAll: withFindings(documentsProject, review.previewFixAll),
    applyFixAll: fixAll,
    setSegmentStatus: remembering(mutation('status', review.setSegmentStatus), (i) => [i.segment]),
    setSegmentsStatus: remembering(mutation('status', review.setSegmentsStatus), (i) => i.segments),
    createQuery: withFindings(
      ({ documentId, findingKey }) => (findingKey ? [documentId] : []),
      mutation('query', queries.add)
    ),
    updateQuery: mutation('queryUpdate', queries.update),
    approveDocument: withFindings(oneDocument, remembering(mutation('approve', signoff.approve))),
    reopenDocument: remembering(mutation('reopen', signoff.reopen)),
    memoryMatches: memory.matches,
    searchMemory: memory.search,
    memoryRenderings: memory.renderings,
    listVersions: ({ documentId }) => versions.history(documentId),
    getVersionTexts: versions.texts,
    getSegmentChange: versions.segmentChange,
    exportVersion: async (input) => toFileData(await versions.exportVersion(input)),
    memoryStats: () => ({ units: memoryStore.count() }),
    importMemoryTmx: keepKind(storeMemoryImport, async (input: { file: FileInput }) =>
      storeMemoryImport(memory.unitsOf(await reader.tmx(input.file), input.file.name))
    ),
    exportMemoryTmx: async (input) =>
      toFileData({
        fileName: `memory.${input.sourceLang}-${input.targetLang}.tmx`,
        mimeType: 'application/x-tmx+xml',
        bytes: await memory.exportTmx(input)
      }),
    getAuditLog: signoff.auditLog,
    applyReviewTable: keepKind(applyTable, async ({ documentId, file }: { documentId: number; file: FileInput }) => {
      const doc = documents.get(documentId)
      const rows = await readReviewTable(fileBytes(file), { source: doc.sourceLang, target: doc.targetLang })
      return applyTable({ documentId, rows, fileName: file.name })
    }),
    importGlossary: async ({ projectId, file }) => {
      if (projectId !== null) projects.get(projectId)
      // Stored on the read worker when there is one: 10,000 inserts would stall every other request.
      const { imported, skipped } = reader.glossaryAndStore
        ? await reader.glossaryAndStore(file, projectId, now())
        : storeGlossary(glossary, projectId, await reader.glossary(file))
      return {
        imported,
        errors: skipped.map((e) => ({ line: e.line ?? 0, message: e.detail ? `${e.code}: ${e.detail}` : e.code }))
      }
    },
    listGlossary: ({ projectId }) => glossary.list(projectId),
    saveGlossaryTerm: ({ projectId, termId, term }) => {
      if (projectId !== null) projects.get(projectId)
      return glossary.save(projectId, termId, term)
    },
    deleteGlossaryTerm: ({ termId }) => {
      glossary.remove(termId)
      return null
    },
    exportGlossary: async ({ projectId, format }) => {
      const name = projectId === null ? 'glossary' : safeFileName(`${projects.get(projectId).name} glossary`)
      const bytes = await writeGlossary(format, glossary.list(projectId))
      const { suffix, mediaType } = glossaryExportInfo(format)
      return toFileData({ fileName: `${name}${suffix}`, mimeType: mediaType, bytes })
    },
    exportDocument: withFindings(oneDocument, async ({ documentId, format, options }) =>
      toFileData(await exportReview(review.view(documentId), format, exportDeps, options))
    ),
    exportProject: withFindings(inProject, async ({ projectId, format, options }) => {
      const project = projects.get(projectId)
      const files: ExportedFile[] = []
      for (const d of documents.listByProject(projectId))
        // Original format: each document that came from a CAT file, back in that file.
        if (format !== 'original' || originals.has(d.id))
          files.push(await exportReview(review.view(d.id), format, exportDeps, options))
      if (files.length === 0)
        throw new AppError('export.noOriginal', `No document of ${project.name} was imported from a CAT file.`, {
          document: project.name
        })
      return toFileData({
        fileName: `${safeFileName(project.name)}.${format}.zip`,
        mimeType: 'application/zip',
        bytes: await zipFiles(files)
      })
    }),
    editAlignment: mutation('align', alignment.edit),
    realignDocument: keepKind(storeRealigned, async ({ documentId }: { documentId: number }) => {
      const { revision, request } = alignment.realignRequest(documentId)
      return storeRealigned({ documentId, revision, planned: await reader.realign(request) })
    }),
    importBilingual: importing('importBilingual'),
    importDocxPair: importing('importDocxPair')
  }
  return { handlers, encoded: { getDocument: encodedDocument } }
}
