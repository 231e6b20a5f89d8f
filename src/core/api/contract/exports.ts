/** Exporting a document or a whole project in one of the export formats. */
import { z } from 'zod'
import { EXPORT_FORMATS } from '../../formats/export-formats'
import { id } from './shared'

/** A file for the user to save: bytes as base64 so it crosses IPC and HTTP alike. */
export interface ExportedFileData {
  fileName: string
  mimeType: string
  base64: string
}

const exportFormat = z.enum(EXPORT_FORMATS)

/** Choices of the export dialog that change what a format holds. */
const exportOptions = z.object({
  /** TMX is a translation memory: reviewed and approved segments only, unless all are asked for. */
  tmxUnits: z.enum(['reviewed', 'all']).optional()
})
export type ExportOptions = z.infer<typeof exportOptions>

export const exportInputs = {
  exportDocument: z.object({ documentId: id, format: exportFormat, options: exportOptions.optional() }),
  exportProject: z.object({ projectId: id, format: exportFormat, options: exportOptions.optional() })
} as const

export interface ExportOutputs {
  exportDocument: ExportedFileData
  exportProject: ExportedFileData
}
