/**
 * Calls the services the way every transport does, through `dispatch` (schema validation, the error
 * envelope), typed on the contract: a method and its input give its output. An error envelope is thrown
 * as an ApiCallError carrying its code; an unexpected error is thrown as itself, not hidden behind
 * 'internal', so a failing test shows the real cause.
 */
import type { ApiInput, ApiMethod, ApiOutput } from '../../../src/core/api/contract'
import { dispatch } from '../../../src/core/api/dispatch'
import type { ApiError, ErrorCode } from '../../../src/core/api/result'

type Handlers = Parameters<typeof dispatch>[0]

export type ApiCall = <M extends ApiMethod>(method: M, input: ApiInput<M>) => Promise<ApiOutput<M>>

/** An error envelope, as a thrown error: `code` is what the UI translates. */
export class ApiCallError extends Error {
  readonly code: ErrorCode
  readonly params: ApiError['params']
  constructor(error: ApiError) {
    super(error.message)
    this.name = `ApiCallError [${error.code}]`
    this.code = error.code
    this.params = error.params
  }
}

export function apiCaller(handlers: Handlers): ApiCall {
  return async (method, input) => {
    const r = await dispatch(handlers, method, input, (err) => {
      throw err
    })
    if (!r.ok) throw new ApiCallError(r.error)
    return r.value as ApiOutput<typeof method>
  }
}

/** The error envelope a call ended with, or undefined when it succeeded. */
export async function apiFailure(call: Promise<unknown>): Promise<ApiCallError | undefined> {
  try {
    await call
    return undefined
  } catch (err) {
    if (err instanceof ApiCallError) return err
    throw err
  }
}

/** The error code a call ended with, or undefined when it succeeded. */
export const errorCodeOf = async (call: Promise<unknown>): Promise<ErrorCode | undefined> =>
  (await apiFailure(call))?.code

/**
 * A made-up three-paragraph release in a new project, whose English spells "colour" twice (what
 * the `colourCheck` test check flags).
 */
export async function importColourRelease(call: ApiCall): Promise<{ projectId: number; documentId: number }> {
  const project = await call('createProject', { name: 'Notas' })
  const { document } = await call('importPasted', {
    projectId: project.id,
    name: 'Nota',
    source: 'El color del logo.\n\nOtro color nuevo.\n\nUn tercer párrafo.',
    target: 'The colour of the logo.\n\nAnother new colour.\n\nA third paragraph.'
  })
  return { projectId: project.id, documentId: document.id }
}
