import type { ImportResult } from '@core/domain/document'
import { ApiCallError, api, unwrap } from '@renderer/api/client'
import { readFileInput } from '@renderer/api/files'

const ENGLISH_NAME = /(^|[^a-z])(en|eng|english|ingl[eé]s)([^a-z]|$)/i

/** Of two dropped files, the one whose name says English is the translation; else drop order. */
export function orderPair(files: readonly [File, File]): [File, File] {
  const [a, b] = files
  if (ENGLISH_NAME.test(a.name.replace(/\.[^.]+$/, '')) && !ENGLISH_NAME.test(b.name.replace(/\.[^.]+$/, '')))
    return [b, a]
  return [a, b]
}

/**
 * One dropped file is a combined release (or an XLIFF/TMX file); two are a source and its
 * translation, Word or text: the backend's one import entry reads each by its content.
 */
export async function importDropped(projectId: number, files: File[]): Promise<ImportResult> {
  if (files.length === 1) {
    return unwrap(api.importCombined({ projectId, file: await readFileInput(files[0] as File) }))
  }
  if (files.length === 2) {
    const [source, target] = orderPair([files[0] as File, files[1] as File])
    const [s, t] = await Promise.all([readFileInput(source), readFileInput(target)])
    return unwrap(api.importPair({ projectId, source: s, target: t }))
  }
  throw new ApiCallError({
    code: 'import.tooManyFiles',
    message: 'Drop one combined file, or a source and a target file.'
  })
}
