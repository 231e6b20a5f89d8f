/**
 * The one API between the UI and the services. Each method has a runtime schema for its input
 * (validated at the boundary, in main for IPC and in the server for HTTP) and a declared output.
 * The preload, the browser-mode client and the handlers are all typed against this file.
 */
import { z } from 'zod'
import type { CheckFailure, CheckSettings, MqmCategory, Severity } from '../checks/engine/types'
import type {
  AuditEntry,
  CheckProgress,
  CorrectionRecord,
  FindingView,
  QualityScore,
  ReviewProgress,
  ReviewerRole,
  Signoff,
  SourceQuery
} from '../domain/review'
import type { DocumentSummary, DocumentView, ProjectSummary, RecentFile } from '../domain/types'

import { MAX_IMPORT_BYTES } from './limits'
import { EXPORT_FORMATS, GLOSSARY_EXPORT_FORMATS, type ExportFormat } from '../formats/export-formats'
import type { ApiResult } from './result'

export { MAX_IMPORT_BYTES }
export { EXPORT_FORMATS, type ExportFormat }

const id = z.number().int().positive()
const lang = z.enum(['es', 'en'])
const name = z.string().trim().min(1).max(200)

/** Files travel as base64 so one shape works over IPC and JSON/HTTP alike. */
const fileInput = z.object({
  name: z.string().min(1).max(260),
  /** Absolute path, when the desktop app can tell it (for the recent-files list). */
  path: z.string().max(4096).nullable().optional(),
  /** base64 of the raw bytes; the length bound is checked again, precisely, after decoding. */
  base64: z.string().max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 8)
})
export type FileInput = z.infer<typeof fileInput>

const langs = { sourceLang: lang.default('es'), targetLang: lang.default('en') }
const note = z.string().max(2000).nullable().default(null)
const severity = z.enum(['minor', 'major', 'critical'])
const findingKey = z.string().min(1).max(200)
const docKey = { documentId: id, key: findingKey }
const position = z.number().int().min(0)

const term = z.string().trim().min(1).max(500)
const glossaryTerm = z.object({
  source: term,
  target: term,
  allowed: z.array(term).max(50).default([]),
  forbidden: z.array(term).max(50).default([]),
  note: z.string().max(2000).optional(),
  caseSensitive: z.boolean().default(false),
  accentInsensitive: z.boolean().default(false)
})

const exportFormat = z.enum(EXPORT_FORMATS)

export const settingsSchema = z.object({
  uiLanguage: z.enum(['en', 'es']),
  theme: z.enum(['light', 'dark']),
  reviewerName: z.string().trim().min(1).max(100),
  reviewerRole: z.enum(['translator', 'reviewer', 'communications']),
  passThreshold: z.number().min(0).max(100),
  checks: z.record(z.string().max(80), z.object({ enabled: z.boolean().optional(), severity: severity.optional() }))
})

export const apiInputs = {
  listProjects: z.object({}),
  createProject: z.object({ name }),
  renameProject: z.object({ projectId: id, name }),
  deleteProject: z.object({ projectId: id }),
  getProject: z.object({ projectId: id }),
  getDocument: z.object({ documentId: id }),
  deleteDocument: z.object({ documentId: id }),
  importCombined: z.object({ projectId: id, file: fileInput, ...langs }),
  importPair: z.object({ projectId: id, source: fileInput, target: fileInput, name: name.optional(), ...langs }),
  importPasted: z.object({
    projectId: id,
    name,
    source: z.string().max(MAX_IMPORT_BYTES),
    target: z.string().max(MAX_IMPORT_BYTES),
    ...langs
  }),
  listRecentFiles: z.object({}),
  getSettings: z.object({}),
  updateSettings: settingsSchema.partial(),
  listChecks: z.object({}),
  checkProgress: z.object({}),
  editTarget: z.object({
    documentId: id,
    paragraph: position,
    text: z.string().max(1_000_000),
    category: z.string().max(80).nullable().optional(),
    severity: severity.nullable().optional(),
    comment: note.optional(),
    findingKey: findingKey.nullable().optional(),
    action: z.enum(['edit', 'undo', 'redo']).optional()
  }),
  acceptFinding: z.object(docKey),
  ignoreFinding: z.object({ ...docKey, reason: note, scope: z.enum(['document', 'project']).default('document') }),
  unignoreFinding: z.object(docKey),
  previewFixAll: z.object(docKey),
  applyFixAll: z.object({ ...docKey, changes: z.array(z.object({ documentId: id, paragraph: position })).max(10_000) }),
  setSegmentStatus: z.object({
    documentId: id,
    segment: position,
    status: z.enum(['untouched', 'reviewed', 'approved'])
  }),
  createQuery: z.object({
    documentId: id,
    segment: position,
    question: z.string().trim().min(1).max(2000),
    findingKey: findingKey.nullable().default(null)
  }),
  updateQuery: z.object({ queryId: id, status: z.enum(['open', 'answered', 'closed']), answer: note }),
  approveDocument: z.object({ documentId: id, note }),
  reopenDocument: z.object({ documentId: id, note }),
  getAuditLog: z.object({ documentId: id }),
  importGlossary: z.object({ projectId: id.nullable(), file: fileInput }),
  listGlossary: z.object({ projectId: id.nullable() }),
  saveGlossaryTerm: z.object({ projectId: id.nullable(), termId: id.nullable().default(null), term: glossaryTerm }),
  deleteGlossaryTerm: z.object({ termId: id }),
  exportGlossary: z.object({ projectId: id.nullable(), format: z.enum(GLOSSARY_EXPORT_FORMATS) }),
  exportDocument: z.object({ documentId: id, format: exportFormat }),
  exportProject: z.object({ projectId: id, format: exportFormat }),
  editAlignment: z.object({
    documentId: id,
    edit: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('mergeNext'), bead: position }),
      z.object({ kind: z.literal('split'), bead: position }),
      z.object({ kind: z.literal('moveUp'), bead: position, side: z.enum(['source', 'target']) }),
      z.object({ kind: z.literal('moveDown'), bead: position, side: z.enum(['source', 'target']) }),
      z.object({ kind: z.literal('unalign'), bead: position })
    ])
  }),
  realignDocument: z.object({ documentId: id }),
  importBilingual: z.object({ projectId: id, file: fileInput }),
  importDocxPair: z.object({ projectId: id, source: fileInput, target: fileInput, name: name.optional(), ...langs })
} as const

export type Settings = z.infer<typeof settingsSchema>

export interface CheckInfo {
  id: string
  category: MqmCategory
  defaultSeverity: Severity
  enabledByDefault: boolean
  i18n: Record<'en' | 'es', { title: string; description: string; messages: Record<string, string> }>
}

/** A document with everything the review screen shows. */
export interface DocumentReview extends DocumentView {
  findings: FindingView[]
  checkFailures: CheckFailure[]
  corrections: CorrectionRecord[]
  queries: SourceQuery[]
  signoffs: Signoff[]
  score: QualityScore
  progress: ReviewProgress
}

export interface FixAllPreview {
  documentId: number
  documentName: string
  findingKey: string
  segment: number
  paragraph: number
  before: string
  after: string
}

export interface GlossaryTerm {
  id: number
  projectId: number | null
  source: string
  target: string
  allowed: string[]
  forbidden: string[]
  note?: string
  caseSensitive?: boolean
  accentInsensitive?: boolean
}

export type { CheckSettings, ReviewerRole }

/** A document in the project list, with how far its review has come. */
export interface DocumentOverview extends DocumentSummary {
  progress: ReviewProgress
  score: QualityScore
}

export interface ProjectDetail {
  project: ProjectSummary
  documents: DocumentOverview[]
}

export interface ImportResult {
  document: DocumentSummary
  sourceEncoding: string
  targetEncoding: string
}

export interface ApiOutputs {
  listProjects: ProjectSummary[]
  createProject: ProjectSummary
  renameProject: ProjectSummary
  deleteProject: null
  getProject: ProjectDetail
  getDocument: DocumentReview
  deleteDocument: null
  importCombined: ImportResult
  importPair: ImportResult
  importPasted: ImportResult
  listRecentFiles: RecentFile[]
  getSettings: Settings
  updateSettings: Settings
  listChecks: CheckInfo[]
  /** Background checks in flight, for a progress bar while a long document is checked. */
  checkProgress: CheckProgress
  editTarget: null
  acceptFinding: null
  ignoreFinding: null
  unignoreFinding: null
  previewFixAll: FixAllPreview[]
  applyFixAll: number
  setSegmentStatus: null
  createQuery: SourceQuery
  updateQuery: null
  approveDocument: null
  reopenDocument: null
  getAuditLog: AuditEntry[]
  importGlossary: { imported: number; errors: Array<{ line: number; message: string }> }
  listGlossary: GlossaryTerm[]
  saveGlossaryTerm: GlossaryTerm
  deleteGlossaryTerm: null
  exportGlossary: ExportedFileData
  exportDocument: ExportedFileData
  exportProject: ExportedFileData
  editAlignment: null
  realignDocument: null
  importBilingual: ImportResult
  importDocxPair: ImportResult
}

/** A file for the user to save: bytes as base64 so it crosses IPC and HTTP alike. */
export interface ExportedFileData {
  fileName: string
  mimeType: string
  base64: string
}

export type ApiMethod = keyof typeof apiInputs
/** What a caller sends (defaults optional). */
export type ApiInput<M extends ApiMethod> = z.input<(typeof apiInputs)[M]>
/** What a handler receives (validated, defaults applied). */
export type ApiParsedInput<M extends ApiMethod> = z.output<(typeof apiInputs)[M]>
export type ApiOutput<M extends ApiMethod> = ApiOutputs[M]

export const API_METHODS = Object.keys(apiInputs) as ApiMethod[]

export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(apiInputs, name)
}

/** The service side: one async function per method. */
export type ApiHandlers = { [M in ApiMethod]: (input: ApiParsedInput<M>) => ApiOutput<M> | Promise<ApiOutput<M>> }

/** The client side, as exposed by the preload and by the browser-mode HTTP client. */
export type CotejoApi = { [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiResult<ApiOutput<M>>> }

/** IPC channel of a method. */
export function channelOf(method: ApiMethod): string {
  return `cotejo:${method}`
}
