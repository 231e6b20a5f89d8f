import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { alignBeadSentences } from '../core/align'
import { AppError } from '../core/api/result'
import type { DocumentContext } from '../core/checks/engine/types'
import { PARAGRAPH_JOINER } from '../core/domain/document'
import type { GlossaryEntry } from '../core/domain/glossary'
import type { Lang } from '../core/domain/language'
import { parseCombined } from '../core/formats/combined'
import { splitParagraphs } from '../core/formats/paragraphs'
import { readGlossaryFile } from '../backend/formats'
import { decodeText } from '../backend/import/decode'
import type { Aligner, BeadPlan } from '../backend/services/import'
import { UsageError } from './args'

/** A document as the CLI reads it: paragraphs of both sides and their alignment. */
export interface CliDocument {
  file: string
  sourceLang: Lang
  targetLang: Lang
  source: string[]
  target: string[]
  beads: BeadPlan[]
}

async function readText(path: string): Promise<string> {
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (err) {
    throw new UsageError(`cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`)
  }
  return decodeText(new Uint8Array(bytes), basename(path)).text
}

export async function readCombined(
  path: string,
  langs: { sourceLang: Lang; targetLang: Lang },
  align: Aligner
): Promise<CliDocument> {
  const parsed = parseCombined(await readText(path))
  if (!parsed.ok) {
    const why = {
      noSeparator: 'no line "English translation" between the two languages',
      emptySource: 'no text before the line "English translation"',
      emptyTarget: 'no text after the line "English translation"'
    }[parsed.error]
    throw new AppError(`import.${parsed.error}`, `${path}: ${why}`)
  }
  const { source, target } = parsed.value
  return { file: path, ...langs, source, target, beads: align(source, target, langs) }
}

export async function readPair(
  sourcePath: string,
  targetPath: string,
  langs: { sourceLang: Lang; targetLang: Lang },
  align: Aligner
): Promise<CliDocument> {
  const source = splitParagraphs(await readText(sourcePath))
  const target = splitParagraphs(await readText(targetPath))
  if (source.length === 0) throw new AppError('import.emptySource', `${sourcePath} has no text`)
  if (target.length === 0) throw new AppError('import.emptyTarget', `${targetPath} has no text`)
  return { file: sourcePath, ...langs, source, target, beads: align(source, target, langs) }
}

export async function readGlossary(path: string): Promise<GlossaryEntry[]> {
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (err) {
    throw new UsageError(`cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`)
  }
  return (await readGlossaryFile(basename(path), new Uint8Array(bytes))).value.entries
}

/** The checks' view of a CLI document: one segment per bead, with its sentence alignment. */
export function toContext(doc: CliDocument, id: string): DocumentContext {
  return {
    id,
    name: doc.file,
    sourceLang: doc.sourceLang,
    targetLang: doc.targetLang,
    segments: doc.beads.map((b, index) => {
      const source = b.source.map((p) => doc.source[p] ?? '')
      const target = b.target.map((p) => doc.target[p] ?? '')
      return {
        index,
        sourceParagraphs: b.source,
        targetParagraphs: b.target,
        source: source.join(PARAGRAPH_JOINER),
        target: target.join(PARAGRAPH_JOINER),
        // The document's alignment made them; an aligner without sentences (by position) leaves it here.
        sentences: b.sentences ?? alignBeadSentences(source, target, doc)
      }
    })
  }
}
