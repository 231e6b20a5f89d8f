import JSZip from 'jszip'
import type { ExportOptions } from '../../core/api/contract'
import { AppError } from '../../core/api/result'
import type { DocumentReview } from '../../core/domain/review'
import { exportFormatInfo, type ExportFormat } from '../../core/formats/export-formats'
import { labelsFor } from '../../core/formats/labels'
import { renderReviewReport } from '../../core/review/report/review-report'
import { stateRank, type BilingualDocument } from '../../core/formats/model'
import { isMemoryUnit } from '../../core/formats/tmx'
import { version as toolVersion } from '../../../package.json'
import { findingText, type CheckCatalogues } from './finding-text'
import { toBilingual, type ReviewExtras } from '../../core/review/bilingual'
import type { Db } from '../db/database'
import { withoutCodes } from '../../core/review/without-codes'
import { writeBilingual } from '../formats'
import type { FormatId, FormatWriteOptions } from '../../core/formats/adapter'
import type { OriginalFile } from '../store/originals'
import { exportOriginal } from './original-export'

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
  /** The CAT file a document came from, for Export → Original format. */
  original: (documentId: number) => OriginalFile | null
  /** What the review view lacks for a lossless XLIFF (decision times, approved finding keys). */
  extras?: ((documentId: number) => ReviewExtras) | undefined
  /** Writes a bilingual file off this thread (the read worker); else `writeBilingual` here. */
  write?: ((format: FormatId, doc: BilingualDocument, options: FormatWriteOptions) => Promise<Uint8Array>) | undefined
}

/**
 * Reads the parts of a document's review record that its view leaves out: every stored decision on
 * a finding with its time (fixed ones are not in the view at all), and the finding keys each
 * approval saw.
 */
export function reviewExtrasReader(db: Db): (documentId: number) => ReviewExtras {
  const decisions = db.prepare<
    [number],
    { finding_key: string; state: 'ignored' | 'fixed'; reason: string | null; reviewer: string; updated_at: string }
  >('SELECT finding_key, state, reason, reviewer, updated_at FROM finding_state WHERE document_id = ? ORDER BY rowid')
  const keys = db.prepare<[number], { id: number; finding_keys: string }>(
    'SELECT id, finding_keys FROM signoff WHERE document_id = ? AND finding_keys IS NOT NULL'
  )
  return (documentId) => ({
    decisions: decisions.all(documentId).map((r) => ({
      findingKey: r.finding_key,
      state: r.state,
      ...(r.reason !== null ? { reason: r.reason } : {}),
      reviewer: r.reviewer,
      updatedAt: r.updated_at
    })),
    signoffFindingKeys: new Map(keys.all(documentId).map((r) => [r.id, JSON.parse(r.finding_keys) as string[]]))
  })
}

/**
 * The units a translation memory takes: both sides present and, unless all are asked for, reviewed
 * or approved (an untouched segment has not been checked and would teach the CAT tool its errors).
 */
function memoryUnits(doc: BilingualDocument, which: 'reviewed' | 'all'): BilingualDocument {
  const units = doc.units.filter(
    (u) => isMemoryUnit(u) && (which === 'all' || stateRank(u.state) >= stateRank('reviewed'))
  )
  if (units.length === 0 && which === 'reviewed')
    throw new AppError(
      'export.nothingReviewed',
      'No segment is reviewed or approved yet, so the translation memory would be empty.'
    )
  return { ...doc, units }
}

const CARRIES_CODES: ReadonlySet<ExportFormat> = new Set<ExportFormat>(['original', 'xliff-2.0', 'xliff-1.2', 'tmx'])

/** One reviewed document in one of the export formats. */
export async function exportReview(
  review: DocumentReview,
  format: ExportFormat,
  deps: ExportDeps,
  options: ExportOptions = {}
): Promise<ExportedFile> {
  const info = exportFormatInfo(format)
  // Only the CAT file itself, XLIFF and TMX write inline codes back; every other output gets the texts without them.
  if (!CARRIES_CODES.has(format)) review = withoutCodes(review)
  const mime = info.mediaType
  const base = safeFileName(review.document.name)
  const targetSuffix = info.namedForTarget ? `.${review.document.targetLang}` : ''
  const fileName = `${base}${targetSuffix}${info.suffix}`
  if (info.writer === 'original') return exportOriginal(review, deps.original(review.document.id), deps.now())
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
  const record = toBilingual(review, undefined, deps.extras?.(review.document.id))
  const doc = info.id === 'tmx' ? memoryUnits(record, options.tmxUnits ?? 'reviewed') : record
  const bytes = await (deps.write ?? writeBilingual)(info.id, doc, {
    labels: labelsFor(deps.lang()),
    now: new Date(deps.now()),
    toolVersion
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
