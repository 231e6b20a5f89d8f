/**
 * The one API between the UI and the services, split by domain (one file each). Each method has a
 * runtime schema for its input (validated at the boundary, in main for IPC and in the server for HTTP)
 * and a declared output; both are written against the domain types. The preload, the browser-mode
 * client and the handlers are all typed against this map. The UI imports types only from here: the
 * schemas (zod) stay out of the renderer bundle.
 */
import type { z } from 'zod'
import type { ApiResult } from '../result'
import { documentInputs, type DocumentOutputs } from './documents'
import { exportInputs, type ExportOutputs } from './exports'
import { glossaryInputs, type GlossaryOutputs } from './glossary'
import { memoryInputs, type MemoryOutputs } from './memory'
import { projectInputs, type ProjectOutputs } from './projects'
import { reviewInputs, type ReviewOutputs } from './review'
import { settingsInputs, type SettingsOutputs } from './settings'
import { versionInputs, type VersionOutputs } from './versions'
import type { Equal } from './shared'

export { MAX_IMPORT_BYTES } from '../limits'
export { EXPORT_FORMATS, type ExportFormat } from '../../formats/export-formats'
export { settingsSchema } from './settings'
export { glossaryTermSchema } from './glossary'
export type { FileInput } from './shared'
export type { ExportedFileData, ExportOptions } from './exports'
export { MAX_PAGE_ROWS, type ReviewHeaderView, type RowFields, type RowPage } from './documents'

export const apiInputs = {
  ...projectInputs,
  ...documentInputs,
  ...settingsInputs,
  ...reviewInputs,
  ...glossaryInputs,
  ...exportInputs,
  ...memoryInputs,
  ...versionInputs
} as const

export type ApiOutputs = ProjectOutputs &
  DocumentOutputs &
  SettingsOutputs &
  ReviewOutputs &
  GlossaryOutputs &
  ExportOutputs &
  MemoryOutputs &
  VersionOutputs

/** Every method has an input schema and a declared output, and nothing else. */
const _sameMethods: Equal<keyof typeof apiInputs, keyof ApiOutputs> = true

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
