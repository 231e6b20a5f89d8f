// The one table of limits is src/core/formats/limits.ts; the API layer reads it from there.
import { MAX_IMPORT_BYTES } from '../formats/limits'
import type { ApiError } from './result'

export { MAX_IMPORT_BYTES }

/**
 * The one answer to a file or paste over the import limit, wherever it is caught: in the UI before
 * sending, at the HTTP body limit, at schema validation, or when the backend reads the bytes.
 */
export function importTooLargeError(file?: string, maxBytes = MAX_IMPORT_BYTES): ApiError {
  const limitMb = Math.round(maxBytes / 1048576)
  return {
    code: 'import.tooLarge',
    message: `${file ?? 'The request'} is larger than the ${limitMb} MB limit.`,
    params: { ...(file ? { file } : {}), limitMb }
  }
}
