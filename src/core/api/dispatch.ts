import { isFormatError } from '../formats/errors'
import { AppError, fail, ok, type ApiResult } from './result'
import { apiInputs, isApiMethod, type ApiHandlers, type ApiMethod, type ApiOutput } from './contract'

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
