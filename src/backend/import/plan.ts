/**
 * What an import reads, before anything is stored: the files (or pasted text) turned into a
 * document's paragraphs, with beads when the file is already aligned (XLIFF, TMX). The app's
 * import service stores the plan; `cotejo check` checks it. Both read a file the same way and
 * refuse it with the same message.
 */
import type { FileInput } from '../../core/api/contract'
import { AppError } from '../../core/api/result'
import type { DocumentOrigin, RecentFile, SegmentStatus } from '../../core/domain/document'
import { canonicalTag, type LanguageTag } from '../../core/domain/language'
import { parseCombined, type CombinedParseError } from '../../core/formats/combined'
import { sniffCatFormat } from '../../core/formats/cat'
import { COTEJO_NS, TOOL_NAME, type BilingualDocument, type UnitState } from '../../core/formats/model'
import { splitParagraphs } from '../../core/formats/paragraphs'
import { firstUnsupportedCharacter } from '../../core/formats/encoding'
import { firstOverLimit, type TextOverLimit } from '../../core/formats/text-limits'
import { MAX_PARAGRAPHS } from '../../core/formats/limits'
import type { NewDocument } from '../store/documents'
import type { OriginalFile } from '../store/originals'
import { beadNote, readCatImport } from './cat-plan'
import { decodeHead } from './decode'
import { fileBytes, isBilingualFile, readBilingualFile, readSide, readTextFile } from './read'
import { importedReview, type ImportedReview } from './restore-review'
import { collectGarbage } from './collect'

/** The languages chosen at import: the app offers Spanish and English; the CLI takes any tag. */
export interface Langs {
  sourceLang: LanguageTag
  targetLang: LanguageTag
}

/** What the import entry takes, wherever it is stored: files (bytes and names) or pasted text. */
export type ImportRequest =
  | ({
      kind: 'files'
      files: readonly FileInput[]
      name?: string | undefined
      /** For a file with translations into several languages (a TMX): the one to review. */
      targetLangChoice?: string | undefined
    } & Langs)
  | ({ kind: 'text'; name: string; source: string; target: string } & Langs)

/** A document ready to store; `beads` only when the file brought its own alignment. */
export interface ImportPlan {
  document: Omit<NewDocument, 'projectId' | 'beads'> & { beads?: NewDocument['beads'] }
  /** The CAT file to keep for writing back, when the document came from one. */
  original?: OriginalFile
  /** The files to list under recent files once stored. */
  recent: Array<{ file: FileInput; kind: RecentFile['kind'] }>
  /** The review record a file Cotejo wrote carries, restored once the document is stored. */
  review?: ImportedReview | undefined
}

const baseName = (fileName: string): string => fileName.replace(/\.[^.]+$/, '').trim() || fileName

function requireSides(source: string[], target: string[], names: { source: string; target: string }): void {
  if (source.length === 0)
    throw new AppError('import.emptySource', `The source text (${names.source}) is empty.`, { file: names.source })
  if (target.length === 0)
    throw new AppError('import.emptyTarget', `The translation (${names.target}) is empty.`, { file: names.target })
}

function combinedError(error: CombinedParseError, file: string): AppError {
  switch (error) {
    case 'noSeparator':
      return new AppError(
        'import.noSeparator',
        `${file} has no line "English translation" between the Spanish and the English text.`,
        { file }
      )
    case 'emptySource':
      return new AppError('import.emptySource', `${file} has no text before the line "English translation".`, { file })
    case 'emptyTarget':
      return new AppError('import.emptyTarget', `${file} has no text after the line "English translation".`, { file })
  }
}

const UNIT_STATUS: Record<UnitState, SegmentStatus> = {
  rejected: 'rejected',
  translated: 'untouched',
  reviewed: 'reviewed',
  final: 'approved'
}

const splitBlocks = (text: string): string[] =>
  text.trim() === ''
    ? []
    : text
        .split(/\n{2,}/)
        .map(withoutLayout)
        .filter((p) => p.trim() !== '')

/**
 * A paragraph without the line breaks and indentation a file's layout put around it (a
 * pretty-printed `<source>`); spaces that are part of the text (a paragraph a reviewer indented,
 * kept in Cotejo's own exports) stay.
 */
const withoutLayout = (p: string): string => p.replace(/^[^\S\n]*\n\s*/, '').replace(/\s*\n[^\S\n]*$/, '')

/**
 * An already-aligned bilingual file as a stored document: one bead per unit (a unit may hold
 * several paragraphs), statuses from the unit states, the original target where the file keeps it,
 * and the file's notes.
 */
export function documentFromUnits(
  doc: BilingualDocument
): Pick<NewDocument, 'source' | 'target' | 'targetOriginal' | 'beads'> {
  const source: string[] = []
  const target: string[] = []
  const targetOriginal: string[] = []
  const beads: NewDocument['beads'] = []
  for (const unit of doc.units) {
    const s = splitBlocks(unit.source)
    let t = splitBlocks(unit.target)
    let o = unit.originalTarget !== undefined ? splitBlocks(unit.originalTarget) : t
    if (o.length !== t.length) {
      // Paragraph counts changed in review: keep the unit's target as one paragraph on both sides.
      t = t.length > 0 ? [t.join(' ')] : []
      o = t.length > 0 ? [(unit.originalTarget ?? unit.target).replace(/\s*\n+\s*/g, ' ').trim()] : []
    }
    if (s.length === 0 && t.length === 0) continue
    beads.push({
      source: s.map((_, i) => source.length + i),
      target: t.map((_, i) => target.length + i),
      confidence: null,
      origin: 'manual',
      status: UNIT_STATUS[unit.state],
      notes: unit.notes.map(beadNote),
      ...(unit.codes ? { codes: unit.codes } : {})
    })
    source.push(...s)
    target.push(...t)
    targetOriginal.push(...o)
  }
  return { source, target, targetOriginal, beads }
}

function combinedPlan(file: FileInput, langs: Langs, bytes = fileBytes(file)): ImportPlan {
  const { text, encoding } = readTextFile(file, bytes)
  const parsed = parseCombined(text)
  if (!parsed.ok) throw combinedError(parsed.error, file.name)
  return {
    document: {
      name: baseName(file.name),
      ...langs,
      origin: 'combined',
      sourceFile: file.path ?? file.name,
      targetFile: file.path ?? file.name,
      sourceEncoding: encoding,
      targetEncoding: encoding,
      source: parsed.value.source,
      target: parsed.value.target
    },
    recent: [{ file, kind: 'combined' }]
  }
}

/** A source file and its translation, each a Word document or a text file (read by content). */
async function pairPlan(
  source: FileInput,
  target: FileInput,
  name: string | undefined,
  langs: Langs
): Promise<ImportPlan> {
  const [s, t] = [await readSide(source), await readSide(target)]
  requireSides(s.paragraphs, t.paragraphs, { source: source.name, target: target.name })
  const origin: DocumentOrigin = s.format === 'docx' || t.format === 'docx' ? 'docx' : 'pair'
  return {
    document: {
      name: name ?? baseName(source.name),
      ...langs,
      origin,
      sourceFile: source.path ?? source.name,
      targetFile: target.path ?? target.name,
      sourceEncoding: s.encoding,
      targetEncoding: t.encoding,
      source: s.paragraphs,
      target: t.paragraphs
    },
    recent: [
      { file: source, kind: 'source' },
      { file: target, kind: 'target' }
    ]
  }
}

/** A file chosen as bilingual: a CAT tool's file, or an XLIFF, TMX or bilingual CSV file Cotejo wrote. */
export async function bilingualImport(file: FileInput, targetLangChoice?: string): Promise<ImportPlan> {
  const bytes = fileBytes(file)
  if (isForeignCatFile(bytes))
    return refuseUnsupportedCharacters(catPlan(file, bytes, { sourceLang: 'es', targetLang: 'en' }, targetLangChoice))
  return refuseUnsupportedCharacters(await bilingualPlan(file, bytes))
}

/**
 * The languages of a bilingual file as it states them (canonical BCP 47), never relabelled: the
 * chosen ones only fill a side the file leaves unsaid (or says in a form that is not a tag).
 */
export function fileLanguages(
  file: { sourceLang: string | null; targetLang: string | null },
  chosen: Langs
): { sourceLang: LanguageTag; targetLang: LanguageTag } {
  return {
    sourceLang: canonicalTag(file.sourceLang ?? '') ?? chosen.sourceLang,
    targetLang: canonicalTag(file.targetLang ?? '') ?? chosen.targetLang
  }
}

/** The document origin of a bilingual file's format; null for a format that is not imported as bilingual. */
function bilingualOrigin(format: string): DocumentOrigin | null {
  if (format === 'tmx' || format === 'csv') return format
  return format.startsWith('xliff') ? 'xliff' : null
}

/** An XLIFF, TMX or bilingual CSV file: its units are the beads; the languages are the file's. */
export async function bilingualPlan(
  file: FileInput,
  bytes = fileBytes(file),
  chosen: Langs = { sourceLang: 'es', targetLang: 'en' }
): Promise<ImportPlan> {
  const { format, value } = await readBilingualFile(file.name, bytes)
  const origin = bilingualOrigin(format)
  if (origin === null)
    throw new AppError('import.unsupportedType', `${file.name}: import XLIFF, TMX or bilingual CSV files here.`, {
      file: file.name
    })
  // The decoded text and the parsed tree are garbage once the units are read: collected before the
  // paragraphs are built beside the units, rather than all four held at the peak.
  collectGarbage()
  const parts = documentFromUnits(value)
  requireSides(parts.source, parts.target, { source: file.name, target: file.name })
  return {
    document: {
      name: value.name.trim() || baseName(file.name),
      ...fileLanguages(value, chosen),
      origin,
      sourceFile: file.path ?? file.name,
      targetFile: file.path ?? file.name,
      sourceEncoding: null,
      targetEncoding: null,
      ...parts
    },
    recent: [{ file, kind: 'combined' }],
    review: importedReview(value)
  }
}

/** BCP 47's tag for a language nobody stated. */
const UNDETERMINED = 'und'

/**
 * A bilingual file from a CAT or TM tool, in its own languages and segments; the file is kept for
 * writing back. A side the file does not name is undetermined ('und'), never assumed to be Spanish
 * or English, so only the language-independent checks run on it.
 */
function catPlan(file: FileInput, bytes: Uint8Array, langs: Langs, targetLangChoice: string | undefined): ImportPlan {
  const parts = readCatImport(file, bytes, targetLangChoice)
  return {
    document: {
      name: baseName(file.name),
      ...fileLanguages(
        { sourceLang: parts.sourceLang ?? UNDETERMINED, targetLang: parts.targetLang ?? UNDETERMINED },
        langs
      ),
      origin: parts.format === 'tmx' ? 'tmx' : 'xliff',
      sourceFile: file.path ?? file.name,
      targetFile: file.path ?? file.name,
      sourceEncoding: parts.encoding,
      targetEncoding: parts.encoding,
      source: parts.source,
      target: parts.target,
      beads: parts.beads
    },
    original: parts.original,
    recent: [{ file, kind: 'combined' }]
  }
}

/** Cotejo's own XLIFF (its namespace) and TMX (its creation tool), which carry a review as Cotejo writes it. */
const WRITTEN_BY_COTEJO = new RegExp(`${COTEJO_NS}|creationtool\\s*=\\s*["']${TOOL_NAME}["']`)

/** A CAT file written by another tool, read as the tool wrote it. */
function isForeignCatFile(bytes: Uint8Array): boolean {
  const head = decodeHead(bytes)
  return sniffCatFormat(head) !== null && !WRITTEN_BY_COTEJO.test(head)
}

function pastedPlan(input: { name: string; source: string; target: string } & Langs): ImportPlan {
  const source = splitParagraphs(input.source)
  const target = splitParagraphs(input.target)
  requireSides(source, target, { source: 'source', target: 'target' })
  return {
    document: {
      name: input.name,
      sourceLang: input.sourceLang,
      targetLang: input.targetLang,
      origin: 'paste',
      sourceFile: null,
      targetFile: null,
      sourceEncoding: null,
      targetEncoding: null,
      source,
      target
    },
    recent: []
  }
}

/**
 * The one import entry: pasted text, one file (an XLIFF, TMX or bilingual CSV file, else a combined release)
 * or two files (a source and its translation, Word or text).
 */
export async function readImport(request: ImportRequest): Promise<ImportPlan> {
  return refuseUnsupportedCharacters(await readPlan(request))
}

/**
 * A document with too many paragraphs, or a paragraph or a "word" over the limits of text-limits.ts,
 * is refused, saying which.
 * A document whose text holds a character no export could carry (a control character, U+FFFE) is
 * refused, saying which and where: stored, it would be dropped silently from every XML or Word file.
 */
export function refuseUnsupportedCharacters(plan: ImportPlan): ImportPlan {
  const doc = plan.document
  for (const side of ['source', 'target'] as const) {
    const file = (side === 'source' ? doc.sourceFile : doc.targetFile) ?? (side === 'source' ? 'source' : 'target')
    if (doc[side].length > MAX_PARAGRAPHS)
      throw new AppError(
        'import.tooManyParagraphs',
        `${file} has ${doc[side].length} paragraphs; the limit is ${MAX_PARAGRAPHS} for one document.`,
        { file, count: doc[side].length, limit: MAX_PARAGRAPHS }
      )
    const over = firstOverLimit(doc[side])
    if (over) throw overLimitError(file, over)
    const found = firstUnsupportedCharacter(doc[side])
    if (!found) continue
    throw new AppError(
      'import.unsupportedCharacter',
      `${file}: paragraph ${found.paragraph + 1} holds ${found.character}, a control character that exported files cannot carry. Remove it and import again.`,
      { file, paragraph: found.paragraph + 1, character: found.character }
    )
  }
  return plan
}

function overLimitError(file: string, over: TextOverLimit): AppError {
  const params = { file, paragraph: over.paragraph + 1, length: over.length, limit: over.limit }
  return over.kind === 'word'
    ? new AppError(
        'import.wordTooLong',
        `${file}: paragraph ${params.paragraph} holds ${over.length} characters without a space; the limit is ${over.limit}.`,
        params
      )
    : new AppError(
        'import.paragraphTooLong',
        `${file}: paragraph ${params.paragraph} holds ${over.length} characters; the limit is ${over.limit} for one paragraph.`,
        params
      )
}

async function readPlan(request: ImportRequest): Promise<ImportPlan> {
  const langs = { sourceLang: request.sourceLang, targetLang: request.targetLang }
  if (request.kind === 'text') return pastedPlan({ ...request, ...langs })
  const [first, second] = request.files
  if (first && second && request.files.length === 2) return pairPlan(first, second, request.name, langs)
  if (first && request.files.length === 1) {
    // Decoded once: a file of up to 10 MB arrives as base64.
    const bytes = fileBytes(first)
    if (isForeignCatFile(bytes)) return catPlan(first, bytes, langs, request.targetLangChoice)
    return isBilingualFile(first, bytes) ? bilingualPlan(first, bytes, langs) : combinedPlan(first, langs, bytes)
  }
  throw new AppError('import.unsupportedType', 'Import one combined or bilingual file, or a source and a target file.')
}
