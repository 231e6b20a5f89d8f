/**
 * Reading and writing CAT files (./model.ts): one entry point for every format, a reader per
 * family that also finds where each target lives, and a writer that splices edits into the
 * original text, so a file without edits is written back byte for byte.
 */
import { FormatError } from '../errors'
import { MAX_UNITS } from '../limits'
import { parseXml } from '../xml'
import type { CatEdit, CatFile, CatFormat, CatReadOptions } from './model'
import type { NoteStamp, Scan } from './places'
import { catFormatOf } from './sniff'
import { applyEdits } from './splice'
import { scanTmx } from './tmx'
import { scanTxml } from './txml'
import { scanXliff1 } from './xliff1'
import { scanXliff2 } from './xliff2'

export { sniffCatFormat } from './sniff'

function scan(text: string, options: CatReadOptions): Scan<CatFile> {
  const root = parseXml(text)
  const format: CatFormat | null = catFormatOf(root)
  let found: Scan<CatFile>
  switch (format) {
    case 'xliff1':
    case 'sdlxliff':
    case 'mqxliff':
    case 'txlf':
      found = scanXliff1(text, root, format)
      break
    case 'xliff2':
      found = scanXliff2(text, root)
      break
    case 'tmx':
      found = scanTmx(text, root, options)
      break
    case 'txml':
      found = scanTxml(text, root)
      break
    default:
      throw new FormatError('format.unknownFormat', { root: root.name })
  }
  if (found.file.segments.length > MAX_UNITS)
    throw new FormatError('format.tooManyUnits', { count: found.file.segments.length, limit: MAX_UNITS })
  return found
}

/** Reads a CAT file from its text (decoded: a BOM may stay). Throws FormatError. */
export function readCatFile(text: string, options: CatReadOptions = {}): CatFile {
  const { file } = scan(text, options)
  if (file.segments.length === 0) throw new FormatError('format.emptyDocument')
  return file
}

/**
 * The original text with the edits (by segment key) spliced in: the edited targets, their states
 * in the format's words, and added notes. Everything else is the original, byte for byte; with no
 * edits, the text itself. Tracked-change markup in an edited target is not kept: the new target is
 * written plainly. `file` must be what readCatFile read from this text (its options are reused).
 */
export function writeCatFile(
  text: string,
  file: CatFile,
  edits: ReadonlyMap<string, CatEdit> | Readonly<Record<string, CatEdit>>,
  stamp: NoteStamp = { now: new Date().toISOString() }
): string {
  const options: CatReadOptions = {
    ...(file.targetLang ? { targetLang: file.targetLang } : {}),
    ...(file.sourceLang ? { sourceLang: file.sourceLang } : {})
  }
  const found = scan(text, options)
  if (found.file.format !== file.format || found.file.segments.length !== file.segments.length)
    throw new FormatError('format.invalidDocument', { reason: 'the file is not the one that was read' })
  const byKey: ReadonlyMap<string, CatEdit> = edits instanceof Map ? edits : new Map(Object.entries(edits))
  return applyEdits(text, found.places, byKey, stamp)
}
