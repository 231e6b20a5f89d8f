/**
 * The one API between the UI and the services. Each method has a runtime schema for its input
 * (validated at the boundary, in main for IPC and in the server for HTTP) and a declared output.
 * The preload, the browser-mode client and the handlers are all typed against this file.
 */
import { z } from 'zod'
import type { DocumentSummary, DocumentView, ProjectSummary, RecentFile } from '../domain/types'

import { MAX_IMPORT_BYTES } from './limits'
import type { ApiResult } from './result'

export { MAX_IMPORT_BYTES }

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
  getSetting: z.object({ key: z.enum(['uiLanguage', 'theme', 'reviewerName', 'reviewerRole']) }),
  setSetting: z.object({
    key: z.enum(['uiLanguage', 'theme', 'reviewerName', 'reviewerRole']),
    value: z.string().max(200)
  })
} as const

export interface ProjectDetail {
  project: ProjectSummary
  documents: DocumentSummary[]
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
  getDocument: DocumentView
  deleteDocument: null
  importCombined: ImportResult
  importPair: ImportResult
  importPasted: ImportResult
  listRecentFiles: RecentFile[]
  getSetting: string | null
  setSetting: null
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
