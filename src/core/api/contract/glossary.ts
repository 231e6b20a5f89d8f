/** The glossary: project and shared terms, their import and export. */
import { z } from 'zod'
import type { GlossaryEntry, GlossaryFormat, GlossaryImportResult, GlossaryTerm } from '../../domain/glossary'
import { GLOSSARY_EXPORT_FORMATS } from '../../formats/export-formats'
import type { ExportedFileData } from './exports'
import { exactly, fileInput, id } from './shared'

const term = z.string().trim().min(1).max(500)
/** One glossary term as saved, edited or imported: the same limits on every path. */
export const glossaryTermSchema = z.object({
  source: term,
  target: term,
  allowed: z.array(term).max(50).default([]),
  forbidden: z.array(term).max(50).default([]),
  note: z.string().max(2000).optional(),
  caseSensitive: z.boolean().default(false),
  accentInsensitive: z.boolean().default(false)
}) satisfies z.ZodType<GlossaryEntry>

export const glossaryInputs = {
  importGlossary: z.object({ projectId: id.nullable(), file: fileInput }),
  listGlossary: z.object({ projectId: id.nullable() }),
  saveGlossaryTerm: z.object({
    projectId: id.nullable(),
    termId: id.nullable().default(null),
    term: glossaryTermSchema
  }),
  deleteGlossaryTerm: z.object({ termId: id }),
  exportGlossary: z.object({
    projectId: id.nullable(),
    format: exactly<GlossaryFormat>()(z.enum(GLOSSARY_EXPORT_FORMATS))
  })
} as const

export interface GlossaryOutputs {
  importGlossary: GlossaryImportResult
  listGlossary: GlossaryTerm[]
  saveGlossaryTerm: GlossaryTerm
  deleteGlossaryTerm: null
  exportGlossary: ExportedFileData
}
