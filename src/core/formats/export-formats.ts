/**
 * Every export format in one table: what the contract accepts, what the UI's export menu and the
 * CLI's `--format` list, how a download is named and typed, and what writes it. Adding a format is
 * its adapter file plus one line here (and, for an adapter in the pure core, its entry in the
 * registry's list; Node-only adapters are listed in src/backend/formats).
 */
import type { GlossaryFormat } from '../domain/glossary'

/**
 * How a format is written: by the format adapter of the same id, as the review report, or as the
 * CAT file the document came from (named as that file; only for documents imported from one).
 */
export type ExportWriter = 'adapter' | 'report-html' | 'report-pdf' | 'original'

export interface ExportFormatInfo {
  readonly id: string
  /** Appended to the document's file name; the last extension is the file type. */
  readonly suffix: string
  /** The download's media type. */
  readonly mediaType: string
  /** i18next key of the menu label (both UI catalogues have it; tested). */
  readonly labelKey: string
  /** The file holds the target alone, so its name says the target language (`Nota.en.docx`). */
  readonly namedForTarget: boolean
  readonly writer: ExportWriter
  /** Offered by the CLI (PDF needs the desktop app's Chromium). */
  readonly cli: boolean
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

// prettier-ignore
export const EXPORT_FORMAT_TABLE = [
  { id: 'original', suffix: '', mediaType: 'application/xml', labelKey: 'export.formats.original', namedForTarget: false, writer: 'original', cli: true },
  { id: 'xliff-2.0', suffix: '.xlf', mediaType: 'application/xliff+xml', labelKey: 'export.formats.xliff-2.0', namedForTarget: false, writer: 'adapter', cli: true },
  { id: 'xliff-1.2', suffix: '.xliff12.xlf', mediaType: 'application/xliff+xml', labelKey: 'export.formats.xliff-1.2', namedForTarget: false, writer: 'adapter', cli: true },
  { id: 'tmx', suffix: '.tmx', mediaType: 'application/x-tmx+xml', labelKey: 'export.formats.tmx', namedForTarget: false, writer: 'adapter', cli: true },
  { id: 'csv', suffix: '.csv', mediaType: 'text/csv;charset=utf-8', labelKey: 'export.formats.csv', namedForTarget: false, writer: 'adapter', cli: true },
  { id: 'docx-table', suffix: '.review.docx', mediaType: DOCX, labelKey: 'export.formats.docx-table', namedForTarget: false, writer: 'adapter', cli: true },
  { id: 'docx-target', suffix: '.docx', mediaType: DOCX, labelKey: 'export.formats.docx-target', namedForTarget: true, writer: 'adapter', cli: true },
  { id: 'txt-target', suffix: '.txt', mediaType: 'text/plain;charset=utf-8', labelKey: 'export.formats.txt-target', namedForTarget: true, writer: 'adapter', cli: true },
  { id: 'report-html', suffix: '.report.html', mediaType: 'text/html;charset=utf-8', labelKey: 'export.formats.report-html', namedForTarget: false, writer: 'report-html', cli: true },
  { id: 'report-pdf', suffix: '.report.pdf', mediaType: 'application/pdf', labelKey: 'export.formats.report-pdf', namedForTarget: false, writer: 'report-pdf', cli: false }
] as const satisfies readonly ExportFormatInfo[]

type ExportFormatRow = (typeof EXPORT_FORMAT_TABLE)[number]
export type ExportFormat = ExportFormatRow['id']
/** The export formats an adapter writes (the others are the report). */
export type AdapterExportFormat = Extract<ExportFormatRow, { writer: 'adapter' }>['id']

/** The ids in menu order, as the non-empty tuple a schema enum takes. */
export const EXPORT_FORMATS = EXPORT_FORMAT_TABLE.map((f) => f.id) as unknown as readonly [
  ExportFormat,
  ...ExportFormat[]
]

export function exportFormatInfo(id: ExportFormat): ExportFormatRow {
  return EXPORT_FORMAT_TABLE.find((f) => f.id === id) as ExportFormatRow
}

/** Glossary downloads (the termbase export), by adapter id. */
// prettier-ignore
export const GLOSSARY_EXPORT_TABLE = [
  { id: 'glossary-csv', suffix: '.csv', mediaType: 'text/csv;charset=utf-8' },
  { id: 'tbx', suffix: '.tbx', mediaType: 'application/x-tbx+xml' }
] as const satisfies readonly { id: GlossaryFormat; suffix: string; mediaType: string }[]
export type GlossaryExportFormat = (typeof GLOSSARY_EXPORT_TABLE)[number]['id']
export const GLOSSARY_EXPORT_FORMATS = GLOSSARY_EXPORT_TABLE.map((f) => f.id) as unknown as readonly [
  GlossaryExportFormat,
  ...GlossaryExportFormat[]
]
export const glossaryExportInfo = (id: GlossaryExportFormat): (typeof GLOSSARY_EXPORT_TABLE)[number] =>
  GLOSSARY_EXPORT_TABLE.find((f) => f.id === id) as (typeof GLOSSARY_EXPORT_TABLE)[number]
