/** Every API reply. The UI shows `error.code` through i18next (`errors.<code>`), with `params`. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError }

export interface ApiError {
  code: ErrorCode
  /** English text for logs and the CLI; the UI translates `code` instead. */
  message: string
  params?: Record<string, string | number>
}

/** Every error code the services return; each has a message in both UI catalogues (tested). */
export const ERROR_CODES = [
  'validation',
  'notFound',
  'unauthorized',
  'internal',
  'db.newerVersion',
  'import.binary',
  'import.tooLarge',
  'import.emptyFile',
  'import.emptySource',
  'import.emptyTarget',
  'import.noSeparator',
  'import.encoding',
  'import.unsupportedType',
  'import.chooseTargetLanguage',
  'import.noSegments',
  'import.badLanguage',
  'import.unsupportedCharacter',
  'import.wordTooLong',
  'import.paragraphTooLong',
  'import.tooManyParagraphs',
  'review.locked',
  'review.roleRequired',
  'review.approvalBlocked',
  'review.noSuggestion',
  'review.stale',
  'review.notApproved',
  'review.unsupportedCharacter',
  'glossary.invalid',
  'export.pdfUnavailable',
  'export.noOriginal',
  'export.emptyMemory',
  'export.nothingReviewed',
  'alignment.invalidEdit',
  'alignment.fileSegments',
  'alignment.changedMeanwhile',
  'version.fileSegments',
  'format.tooLarge',
  'format.tooManyUnits',
  'format.encoding',
  'format.malformedXml',
  'format.doctypeForbidden',
  'format.notXliff',
  'format.notTmx',
  'format.notTbx',
  'format.unsupportedVersion',
  'format.emptyDocument',
  'format.invalidCsv',
  'format.missingColumn',
  'format.invalidRow',
  'format.invalidDocument',
  'format.notDocx',
  'format.zipBomb',
  'format.unknownFormat',
  'format.notSupported'
] as const

export type ErrorCode = (typeof ERROR_CODES)[number]

/** An error a user can cause and understand: thrown by services, turned into an ApiError at the boundary. */
export class AppError extends Error {
  readonly code: ErrorCode
  readonly params: Record<string, string | number> | undefined
  constructor(code: ErrorCode, message: string, params?: Record<string, string | number>) {
    super(message)
    this.name = 'AppError'
    this.code = code
    this.params = params
  }
}

export function ok<T>(value: T): ApiResult<T> {
  return { ok: true, value }
}

export function fail(code: ErrorCode, message: string, params?: Record<string, string | number>): ApiResult<never> {
  return { ok: false, error: params ? { code, message, params } : { code, message } }
}
