import type { FileInput } from '../../core/api/contract'
import type { ImportResult, BeadOrigin, DocumentSummary, RecentFile, SegmentStatus } from '../../core/domain/document'
import { AppError } from '../../core/api/result'
import type { Lang } from '../../core/domain/language'
import type { BeadSentences } from '../../core/domain/document'
import { parseCombined, type CombinedParseError } from '../../core/formats/combined'
import { splitParagraphs } from '../../core/formats/paragraphs'
import type { BilingualDocument, UnitState } from '../../core/formats/model'
import { fileBytes, isBilingualFile, readBilingualFile, readSide, readTextFile } from '../import/read'
import type { DocumentStore, NewDocument } from '../store/documents'
import type { ProjectStore } from '../store/projects'
import type { createRecentStore } from '../store/recent'

export interface BeadPlan {
  source: number[]
  target: number[]
  confidence: number | null
  origin: BeadOrigin
  /** The sentence alignment inside the bead, when the aligner made one (else it is computed on storing). */
  sentences?: BeadSentences | undefined
}

/** Aligns paragraphs; replaced by the alignment engine, always through the bead model. */
export type Aligner = (source: string[], target: string[], langs: { sourceLang: Lang; targetLang: Lang }) => BeadPlan[]

/** 1-1 by position; the longer side's extra paragraphs become 1-0 or 0-1 beads. */
export const pairByPosition: Aligner = (source, target) => {
  const beads: BeadPlan[] = []
  for (let i = 0; i < Math.max(source.length, target.length); i++) {
    beads.push({
      source: i < source.length ? [i] : [],
      target: i < target.length ? [i] : [],
      confidence: null,
      origin: 'position'
    })
  }
  return beads
}

interface Deps {
  projects: ProjectStore
  documents: DocumentStore
  recent: ReturnType<typeof createRecentStore>
  align: Aligner
  onImported?: (doc: DocumentSummary) => void
}

interface Langs {
  sourceLang: Lang
  targetLang: Lang
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
  translated: 'untouched',
  reviewed: 'reviewed',
  final: 'approved'
}

const splitBlocks = (text: string): string[] =>
  text.trim() === ''
    ? []
    : text
        .split(/\n{2,}/)
        .map((p) => p.trim())
        .filter(Boolean)

/** Language of a BCP 47 tag when Cotejo handles it ('es-PE' → 'es'), else null. */
function langOf(tag: string): Lang | null {
  const primary = tag.split(/[-_]/)[0]?.toLowerCase()
  return primary === 'es' || primary === 'en' ? primary : null
}

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
      notes: unit.notes.map((n) => ({
        kind: n.from,
        text: n.text,
        author: n.author ?? null,
        category: n.category ?? null,
        severity: n.severity ?? null
      }))
    })
    source.push(...s)
    target.push(...t)
    targetOriginal.push(...o)
  }
  return { source, target, targetOriginal, beads }
}

export function createImportService({ projects, documents, recent, align, onImported }: Deps) {
  function store(doc: Omit<NewDocument, 'beads'> & { beads?: NewDocument['beads'] }): ImportResult {
    projects.get(doc.projectId) // notFound before any work
    const beads = doc.beads ?? align(doc.source, doc.target, doc)
    const document = documents.insert({ ...doc, beads })
    projects.touch(doc.projectId)
    onImported?.(document)
    return { document, sourceEncoding: doc.sourceEncoding ?? 'utf-8', targetEncoding: doc.targetEncoding ?? 'utf-8' }
  }

  /** A source file and its translation file: one document, both files in the recent list. */
  function storePair(
    input: { projectId: number; source: FileInput; target: FileInput; name?: string | undefined } & Langs,
    origin: 'pair' | 'docx',
    source: { paragraphs: string[]; encoding: string | null },
    target: { paragraphs: string[]; encoding: string | null }
  ): ImportResult {
    const result = store({
      projectId: input.projectId,
      name: input.name ?? baseName(input.source.name),
      sourceLang: input.sourceLang,
      targetLang: input.targetLang,
      origin,
      sourceFile: input.source.path ?? input.source.name,
      targetFile: input.target.path ?? input.target.name,
      sourceEncoding: source.encoding,
      targetEncoding: target.encoding,
      source: source.paragraphs,
      target: target.paragraphs
    })
    for (const kind of ['source', 'target'] as const) remember(input[kind], kind, result, input.projectId)
    return result
  }

  /** Lists an imported file under recent files, linked to the document it made. */
  function remember(file: FileInput, kind: RecentFile['kind'], result: ImportResult, projectId: number): void {
    recent.add({ name: file.name, path: file.path ?? null, kind, documentId: result.document.id, projectId })
  }

  type PairInput = { projectId: number; source: FileInput; target: FileInput; name?: string | undefined } & Langs

  function importCombined(input: { projectId: number; file: FileInput } & Langs): ImportResult {
    const { text, encoding } = readTextFile(input.file)
    const parsed = parseCombined(text)
    if (!parsed.ok) throw combinedError(parsed.error, input.file.name)
    const result = store({
      projectId: input.projectId,
      name: baseName(input.file.name),
      sourceLang: input.sourceLang,
      targetLang: input.targetLang,
      origin: 'combined',
      sourceFile: input.file.path ?? input.file.name,
      targetFile: input.file.path ?? input.file.name,
      sourceEncoding: encoding,
      targetEncoding: encoding,
      source: parsed.value.source,
      target: parsed.value.target
    })
    remember(input.file, 'combined', result, input.projectId)
    return result
  }

  /** A source file and its translation, each a Word document or a text file (read by content). */
  async function importPair(input: PairInput): Promise<ImportResult> {
    const [source, target] = [await readSide(input.source), await readSide(input.target)]
    requireSides(source.paragraphs, target.paragraphs, { source: input.source.name, target: input.target.name })
    const origin = source.format === 'docx' || target.format === 'docx' ? 'docx' : 'pair'
    return storePair(input, origin, source, target)
  }

  async function importBilingual(input: { projectId: number; file: FileInput }): Promise<ImportResult> {
    const bytes = fileBytes(input.file)
    const { format, value } = await readBilingualFile(input.file.name, bytes)
    if (format !== 'tmx' && !format.startsWith('xliff'))
      throw new AppError('import.unsupportedType', `${input.file.name}: import XLIFF or TMX files here.`, {
        file: input.file.name
      })
    const parts = documentFromUnits(value)
    requireSides(parts.source, parts.target, { source: input.file.name, target: input.file.name })
    const result = store({
      projectId: input.projectId,
      name: value.name.trim() || baseName(input.file.name),
      sourceLang: langOf(value.sourceLang) ?? 'es',
      targetLang: langOf(value.targetLang) ?? 'en',
      origin: format === 'tmx' ? 'tmx' : 'xliff',
      sourceFile: input.file.path ?? input.file.name,
      targetFile: input.file.path ?? input.file.name,
      sourceEncoding: null,
      targetEncoding: null,
      ...parts
    })
    remember(input.file, 'combined', result, input.projectId)
    return result
  }

  function importPasted(
    input: { projectId: number; name: string; source: string; target: string } & Langs
  ): ImportResult {
    const sourceParas = splitParagraphs(input.source)
    const targetParas = splitParagraphs(input.target)
    requireSides(sourceParas, targetParas, { source: 'source', target: 'target' })
    return store({
      projectId: input.projectId,
      name: input.name,
      sourceLang: input.sourceLang,
      targetLang: input.targetLang,
      origin: 'paste',
      sourceFile: null,
      targetFile: null,
      sourceEncoding: null,
      targetEncoding: null,
      source: sourceParas,
      target: targetParas
    })
  }

  /**
   * The one import entry: pasted text, one file (an XLIFF or TMX file, else a combined release)
   * or two files (a source and its translation, Word or text). Every API method, the window's
   * drop and the dialogs come through here.
   */
  async function importInput(input: ImportInput): Promise<ImportResult> {
    if (input.kind === 'text') return importPasted(input)
    const { projectId, files, name } = input
    const langs = { sourceLang: input.sourceLang, targetLang: input.targetLang }
    const [first, second] = files
    if (first && second && files.length === 2)
      return importPair({ projectId, source: first, target: second, name, ...langs })
    if (first && files.length === 1)
      return isBilingualFile(first)
        ? importBilingual({ projectId, file: first })
        : importCombined({ projectId, file: first, ...langs })
    throw new AppError(
      'import.unsupportedType',
      'Import one combined or bilingual file, or a source and a target file.'
    )
  }

  return {
    importInput,
    importCombined: (input: { projectId: number; file: FileInput } & Langs) =>
      importInput({ kind: 'files', projectId: input.projectId, files: [input.file], ...langsOf(input) }),
    importPair: (input: PairInput) =>
      importInput({
        kind: 'files',
        projectId: input.projectId,
        files: [input.source, input.target],
        name: input.name,
        ...langsOf(input)
      }),
    /** Kept as its own API method; the same entry as importPair (Word or text, read by content). */
    importDocxPair: (input: PairInput) =>
      importInput({
        kind: 'files',
        projectId: input.projectId,
        files: [input.source, input.target],
        name: input.name,
        ...langsOf(input)
      }),
    importBilingual,
    importPasted: (input: { projectId: number; name: string; source: string; target: string } & Langs) =>
      importInput({ kind: 'text', ...input })
  }
}

const langsOf = (l: Langs): Langs => ({ sourceLang: l.sourceLang, targetLang: l.targetLang })

/** What the import entry takes: files (bytes and names) or pasted text. */
export type ImportInput =
  | ({ kind: 'files'; projectId: number; files: readonly FileInput[]; name?: string | undefined } & Langs)
  | ({ kind: 'text'; projectId: number; name: string; source: string; target: string } & Langs)
