/**
 * The one error every format adapter throws. `code` is stable and translated by the UI; `params`
 * fill the message. Readers throw before returning anything, so a caller never gets half a file.
 */

export type FormatErrorCode =
  | 'format.tooLarge'
  | 'format.tooManyUnits'
  | 'format.encoding'
  | 'format.malformedXml'
  | 'format.doctypeForbidden'
  | 'format.notXliff'
  | 'format.notTmx'
  | 'format.notTbx'
  | 'format.unsupportedVersion'
  | 'format.emptyDocument'
  | 'format.invalidCsv'
  | 'format.missingColumn'
  | 'format.invalidRow'
  | 'format.invalidDocument'
  | 'format.notDocx'
  | 'format.zipBomb'
  | 'format.unknownFormat'
  | 'format.notSupported'

export type FormatErrorParams = Record<string, string | number>

export class FormatError extends Error {
  override readonly name = 'FormatError'

  constructor(
    readonly code: FormatErrorCode,
    readonly params: FormatErrorParams = {},
    options?: { cause?: unknown }
  ) {
    super(describe(code, params), options)
  }

  /** What crosses IPC or HTTP: the code and its parameters, never a stack. */
  toJSON(): { code: FormatErrorCode; params: FormatErrorParams } {
    return { code: this.code, params: this.params }
  }
}

export function isFormatError(error: unknown): error is FormatError {
  return error instanceof FormatError
}

function describe(code: FormatErrorCode, params: FormatErrorParams): string {
  const details = Object.entries(params)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(', ')
  return details ? `${code} (${details})` : code
}
