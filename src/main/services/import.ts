import type { FileInput, ImportResult } from '../../shared/api/contract'
import { AppError } from '../../shared/api/result'
import type { BeadOrigin, DocumentSummary, Lang } from '../../shared/domain/types'
import { parseCombined, type CombinedParseError } from '../../shared/import/combined'
import { splitParagraphs } from '../../shared/import/paragraphs'
import { decodeBase64, decodeText } from '../import/decode'
import type { DocumentStore, NewDocument } from '../store/documents'
import type { ProjectStore } from '../store/projects'
import type { createRecentStore } from '../store/recent'

export interface BeadPlan {
  source: number[]
  target: number[]
  confidence: number | null
  origin: BeadOrigin
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

function decodeFile(file: FileInput): { text: string; encoding: string } {
  const { text, encoding } = decodeText(decodeBase64(file.base64), file.name)
  if (text.trim() === '') throw new AppError('import.emptyFile', `${file.name} has no text.`, { file: file.name })
  return { text, encoding }
}

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

export function createImportService({ projects, documents, recent, align, onImported }: Deps) {
  function store(doc: Omit<NewDocument, 'beads'>): ImportResult {
    projects.get(doc.projectId) // notFound before any work
    const beads = align(doc.source, doc.target, doc)
    const document = documents.insert({ ...doc, beads })
    projects.touch(doc.projectId)
    onImported?.(document)
    return { document, sourceEncoding: doc.sourceEncoding ?? 'utf-8', targetEncoding: doc.targetEncoding ?? 'utf-8' }
  }

  return {
    importCombined(input: { projectId: number; file: FileInput } & Langs): ImportResult {
      const { text, encoding } = decodeFile(input.file)
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
      recent.add({
        name: input.file.name,
        path: input.file.path ?? null,
        kind: 'combined',
        documentId: result.document.id,
        projectId: input.projectId
      })
      return result
    },

    importPair(
      input: { projectId: number; source: FileInput; target: FileInput; name?: string | undefined } & Langs
    ): ImportResult {
      const source = decodeFile(input.source)
      const target = decodeFile(input.target)
      const sourceParas = splitParagraphs(source.text)
      const targetParas = splitParagraphs(target.text)
      requireSides(sourceParas, targetParas, { source: input.source.name, target: input.target.name })
      const result = store({
        projectId: input.projectId,
        name: input.name ?? baseName(input.source.name),
        sourceLang: input.sourceLang,
        targetLang: input.targetLang,
        origin: 'pair',
        sourceFile: input.source.path ?? input.source.name,
        targetFile: input.target.path ?? input.target.name,
        sourceEncoding: source.encoding,
        targetEncoding: target.encoding,
        source: sourceParas,
        target: targetParas
      })
      for (const kind of ['source', 'target'] as const) {
        const file = input[kind]
        recent.add({
          name: file.name,
          path: file.path ?? null,
          kind,
          documentId: result.document.id,
          projectId: input.projectId
        })
      }
      return result
    },

    importPasted(input: { projectId: number; name: string; source: string; target: string } & Langs): ImportResult {
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
  }
}
