/**
 * Reading one imported file, whatever it holds. The formats factory picks the reader by extension,
 * confirmed by content (a `.docx` must be a zip; a zip named `.txt` is refused as binary), so every
 * import path (the window, the dialogs, the CLI) reads a file the same way.
 */
import { AppError } from '../../core/api/result'
import { glossaryTermSchema, type FileInput } from '../../core/api/contract'
import { pickReader } from '../../core/formats/factory'
import type { FormatId } from '../../core/formats/adapter'
import { splitParagraphs } from '../../core/formats/paragraphs'
import type { GlossaryImport } from '../../core/formats/glossary-csv'
import {
  BILINGUAL_FORMATS,
  PARAGRAPH_FORMATS,
  readBilingualFile,
  readGlossaryFile,
  readParagraphsFile
} from '../formats'
import { assertImportSize, decodeBase64, decodeText, fileSource } from './decode'

/** One language's paragraphs, with the encoding of a text file (null for a Word document). */
export interface ReadSide {
  paragraphs: string[]
  encoding: string | null
  format: 'text' | 'docx'
}

/** The adapter the factory would pick, or null when no adapter claims the file. */
function formatOf(kind: 'bilingual' | 'paragraphs', name: string, bytes: Uint8Array): FormatId | null {
  try {
    return pickReader(kind === 'bilingual' ? BILINGUAL_FORMATS : PARAGRAPH_FORMATS, fileSource(name, bytes)).id
  } catch {
    return null
  }
}

/** The bytes of an uploaded file, refused when over the import limit. */
export function fileBytes(file: FileInput): Uint8Array {
  const bytes = file.bytes ?? decodeBase64(file.base64)
  assertImportSize(bytes, file.name)
  return bytes
}

/** A text file's content; empty files are refused. */
export function readTextFile(file: FileInput, bytes = fileBytes(file)): { text: string; encoding: string } {
  const { text, encoding } = decodeText(bytes, file.name)
  if (text.trim() === '') throw new AppError('import.emptyFile', `${file.name} has no text.`, { file: file.name })
  return { text, encoding }
}

/** True when the file is a bilingual exchange file (XLIFF, TMX or bilingual CSV) by name and content. */
export function isBilingualFile(file: FileInput, bytes = fileBytes(file)): boolean {
  const id = formatOf('bilingual', file.name, bytes)
  return (
    id !== null &&
    (id === 'tmx' || id === 'csv' || id.startsWith('xliff')) &&
    formatOf('paragraphs', file.name, bytes) === null
  )
}

/** One side of a pair: a Word document's body paragraphs, or a text file's paragraphs. */
export async function readSide(file: FileInput): Promise<ReadSide> {
  const bytes = fileBytes(file)
  if (formatOf('paragraphs', file.name, bytes) === 'docx')
    return { paragraphs: (await readParagraphsFile(file.name, bytes)).value, encoding: null, format: 'docx' }
  const { text, encoding } = readTextFile(file, bytes)
  return { paragraphs: splitParagraphs(text), encoding, format: 'text' }
}

/** A termbase (CSV or TBX), refused when it has no usable term. */
export async function readGlossaryInput(file: FileInput): Promise<GlossaryImport> {
  const value = withinTermLimits((await readGlossaryFile(file.name, fileBytes(file))).value)
  if (value.entries.length === 0)
    throw new AppError('glossary.invalid', `${file.name} has no usable terms.`, { file: file.name })
  return value
}

/**
 * Entries the glossary screen could not save either (a term over 500 characters, over 50 variants, a
 * note over 2,000) are skipped and listed, so an imported term obeys the same limits as a typed one.
 */
function withinTermLimits(read: GlossaryImport): GlossaryImport {
  const entries: GlossaryImport['entries'] = []
  const skipped = [...read.skipped]
  for (const entry of read.entries) {
    const checked = glossaryTermSchema.safeParse(entry)
    if (checked.success) entries.push(entry)
    else
      skipped.push({
        code: 'invalidTerm',
        detail: `${entry.source.slice(0, 60)}: ${checked.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`
      })
  }
  return { entries, skipped }
}

export { readBilingualFile }
