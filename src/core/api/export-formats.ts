/** Formats a document or project exports to. Plain data (no schema library): the UI reads it at run time. */
export const EXPORT_FORMATS = [
  'xliff-2.0',
  'xliff-1.2',
  'tmx',
  'csv',
  'docx-table',
  'docx-target',
  'txt-target',
  'report-html',
  'report-pdf'
] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]
