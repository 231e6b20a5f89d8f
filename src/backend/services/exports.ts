import JSZip from 'jszip'
import { AppError } from '../../core/api/result'
import type { DocumentReview } from '../../core/domain/review'
import { exportFormatInfo, type ExportFormat } from '../../core/formats/export-formats'
import { labelsFor } from '../../core/formats/labels'
import { renderReviewReport } from '../../core/review/report/review-report'
import { findingText, type CheckCatalogues } from './finding-text'
import { toBilingual } from '../../core/review/bilingual'
import { withoutCodes } from '../../core/review/without-codes'
import { writeBilingual } from '../formats'

export interface ExportedFile {
  fileName: string
  mimeType: string
  bytes: Uint8Array
}

/** Bidirectional controls (U+202E shows "gpj.exe" as "exe.jpg") and other invisible format characters. */
const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g

/** A file name from a document name: no path separators, control or invisible characters, nor any Windows refuses. */
export function safeFileName(name: string): string {
  const clean = [...name.replace(INVISIBLE, '')]
    .map((c) =>
      c.charCodeAt(0) < 0x20 || (c.charCodeAt(0) >= 0x7f && c.charCodeAt(0) <= 0x9f) || '\\/:*?"<>|'.includes(c)
        ? '_'
        : c
    )
    .join('')
    .replace(/_+/g, '_')
    .trim()
    .replace(/^\.+/, '')
  return clean.slice(0, 120) || 'document'
}

export interface ExportDeps {
  lang: () => 'en' | 'es'
  now: () => string
  /** The checks' own words, for findings in the report's language. */
  checks: CheckCatalogues
  /** Prints HTML to PDF; only the desktop app can (Chromium's printing). */
  printToPdf?: ((html: string) => Promise<Uint8Array>) | undefined
}

const CARRIES_CODES: ReadonlySet<ExportFormat> = new Set<ExportFormat>(['xliff-2.0', 'xliff-1.2', 'tmx'])

/** One reviewed document in one of the export formats. */
export async function exportReview(
  review: DocumentReview,
  format: ExportFormat,
  deps: ExportDeps
): Promise<ExportedFile> {
  const info = exportFormatInfo(format)
  // Only XLIFF and TMX write inline codes back; every other output gets the texts without them.
  if (!CARRIES_CODES.has(format)) review = withoutCodes(review)
  const mime = info.mediaType
  const base = safeFileName(review.document.name)
  const targetSuffix = info.namedForTarget ? `.${review.document.targetLang}` : ''
  const fileName = `${base}${targetSuffix}${info.suffix}`
  if (info.writer !== 'adapter') {
    const lang = deps.lang()
    const html = renderReviewReport(review, {
      lang,
      generatedAt: deps.now(),
      findingText: findingText(deps.checks, lang)
    })
    if (info.writer === 'report-html') return { fileName, mimeType: mime, bytes: new TextEncoder().encode(html) }
    if (!deps.printToPdf)
      throw new AppError(
        'export.pdfUnavailable',
        'PDF needs the desktop app; export the HTML report and print it from your browser.'
      )
    return { fileName, mimeType: mime, bytes: await deps.printToPdf(html) }
  }
  const bytes = await writeBilingual(info.id, toBilingual(review), {
    labels: labelsFor(deps.lang()),
    now: new Date(deps.now())
  })
  return { fileName, mimeType: mime, bytes }
}

/** Several documents in one zip, one file each (names made unique). */
export async function zipFiles(files: readonly ExportedFile[]): Promise<Uint8Array> {
  const zip = new JSZip()
  const used = new Set<string>()
  for (const f of files) {
    let name = f.fileName
    for (let n = 2; used.has(name); n++) name = f.fileName.replace(/(\.[^.]+)$/, ` (${n})$1`)
    used.add(name)
    zip.file(name, f.bytes)
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}
