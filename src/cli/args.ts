import { parseArgs, type ParseArgsConfig } from 'node:util'

/** Bad input from the command line: exit code 2 and a message, never a stack trace. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}

export function parse<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true })
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err))
  }
}

export function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  flag: string,
  fallback: T
): T {
  if (value === undefined) return fallback
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(`${flag} must be one of: ${allowed.join(', ')} (got "${value}")`)
}
