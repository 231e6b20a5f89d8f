/** Schema pieces every domain's methods share, and the check that ties a schema to its domain type. */
import { z } from 'zod'
import type { Lang } from '../../domain/language'
import type { Severity } from '../../domain/findings'
import { MAX_IMPORT_BYTES } from '../limits'

/** True when A and B are the same type (not merely assignable one way). */
export type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false

/**
 * Returns the schema unchanged, and fails to compile unless what it parses to is exactly `T`: the
 * domain type is the one definition, the schema only restates it with bounds.
 */
export function exactly<T>() {
  return <S extends z.ZodType>(schema: S & (Equal<z.output<S>, T> extends true ? unknown : { parsesTo: T })): S =>
    schema
}

export const id = z.number().int().positive()
export const lang = exactly<Lang>()(z.enum(['es', 'en']))
/** A BCP 47 tag as files write them ('es', 'nl-NL', 'zh-Hans-CN'). */
export const languageTag = z.string().regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,6}$/)
export const name = z.string().trim().min(1).max(200)
export const note = z.string().max(2000).nullable().default(null)
export const severity = exactly<Severity>()(z.enum(['minor', 'major', 'critical']))
export const findingKey = z.string().min(1).max(200)
export const docKey = { documentId: id, key: findingKey }
export const position = z.number().int().min(0)
export const langs = { sourceLang: lang.default('es'), targetLang: lang.default('en') }

/** Files travel as base64 so one shape works over IPC and JSON/HTTP alike. */
export const fileInput = z.object({
  name: z.string().min(1).max(260),
  /** Absolute path, when the desktop app can tell it (for the recent-files list). */
  path: z.string().max(4096).nullable().optional(),
  /** base64 of the raw bytes; the length bound is checked again, precisely, after decoding. */
  base64: z.string().max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 8),
  /**
   * The raw bytes, when the transport decoded them already (browser mode decodes uploads from the
   * request body, so the base64 never becomes a string); then `base64` is empty. Their length is
   * checked when the file is read.
   */
  bytes: z.instanceof(Uint8Array).optional()
})
export type FileInput = z.infer<typeof fileInput>
