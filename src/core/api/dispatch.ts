import type { z } from 'zod'
import { isFormatError } from '../formats/errors'
import { AppError, fail, ok, type ApiResult } from './result'
import { importTooLargeError } from './limits'
import { apiInputs, isApiMethod, MAX_IMPORT_BYTES, type ApiHandlers, type ApiMethod, type ApiOutput } from './contract'

/** The one answer for input over the import limit, whichever way it arrives (body, file, pasted text). */
export function importTooLarge(file?: string): ApiResult<never> {
  return { ok: false, error: importTooLargeError(file) }
}

/** A string over a bound at the import limit's scale is a too-large file or paste, not a malformed call. */
function tooLargeField(issues: readonly z.core.$ZodIssue[], rawInput: unknown): ApiResult<never> | undefined {
  const big = issues.find((i) => i.code === 'too_big' && Number(i.maximum) >= MAX_IMPORT_BYTES)
  if (!big) return undefined
  // The name next to the field: a file input's own name, or the pasted document's; else the field.
  let holder: unknown = rawInput
  for (const key of big.path.slice(0, -1)) holder = (holder as Record<PropertyKey, unknown> | undefined)?.[key]
  const name = (holder as { name?: unknown } | undefined)?.name
  return importTooLarge(typeof name === 'string' ? name : big.path.map(String).join('.'))
}

/**
 * The single entry every transport (IPC, HTTP, tests) goes through: method name check, schema
 * validation, the handler, and the ok/error envelope. Unexpected errors are logged by the caller
 * through `onInternalError` and reach the UI only as a generic code.
 */
export async function dispatch(
  handlers: ApiHandlers,
  method: string,
  rawInput: unknown,
  onInternalError: (err: unknown) => void = () => {}
): Promise<ApiResult<unknown>> {
  if (!isApiMethod(method)) return fail('notFound', `Unknown API method: ${method}`)
  const parsed = apiInputs[method].safeParse(rawInput ?? {})
  if (!parsed.success) {
    const tooLarge = tooLargeField(parsed.error.issues, rawInput)
    if (tooLarge) return tooLarge
    const issue = parsed.error.issues[0]
    return fail(
      'validation',
      `Invalid input for ${method}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim()
    )
  }
  try {
    const handler = handlers[method] as (input: unknown) => Promise<ApiOutput<ApiMethod>> | ApiOutput<ApiMethod>
    return ok(await handler(parsed.data))
  } catch (err) {
    if (err instanceof AppError) return fail(err.code, err.message, err.params)
    // A file the user chose could not be read or written: say why, in their language.
    if (isFormatError(err)) return fail(err.code, err.message, err.params)
    onInternalError(err)
    return fail('internal', 'Unexpected error; see the log for details.')
  }
}
