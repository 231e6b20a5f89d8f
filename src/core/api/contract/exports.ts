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

export const exportInputs = {
  exportDocument: z.object({ documentId: id, format: exportFormat }),
  exportProject: z.object({ projectId: id, format: exportFormat })
} as const

export interface ExportOutputs {
  exportDocument: ExportedFileData
  exportProject: ExportedFileData
}
