import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { alignBeadSentences } from '../core/align'
import type { FileInput } from '../core/api/contract'
import type { DocumentContext } from '../core/checks/engine/types'
import { PARAGRAPH_JOINER } from '../core/domain/document'
import type { GlossaryEntry } from '../core/domain/glossary'
import type { InlineCode } from '../core/domain/inline-codes'
import { conventionLangs, type LanguageTag } from '../core/domain/language'
import { readImport } from '../backend/import/plan'
import { readGlossaryInput } from '../backend/import/read'
import type { Aligner, BeadPlan } from '../backend/services/import'
import { UsageError } from './args'

/** A document as the CLI reads it: paragraphs of both sides and their alignment. */
export interface CliDocument {
  file: string
  /** As the file says, or as given on the command line when it says nothing. */
  sourceLang: LanguageTag
  targetLang: LanguageTag
  source: string[]
  target: string[]
  /** With the inline codes of a CAT file's segments, when it has any. */
  beads: Array<BeadPlan & { codes?: InlineCode[] | undefined }>
  /** For a CAT file: the file's segment behind each bead (its id path), as `cotejo check` reports it. */
  segments: string[] | null
  /** The file set the segments (a CAT file, TMX or bilingual CSV): an empty target is not translated yet. */
  segmented: boolean
}

/** A file from the command line as the app receives one from the window. */
async function fileInput(path: string): Promise<FileInput> {
  try {
    // The bytes as read: a base64 copy would only be decoded again.
    return { name: basename(path), path, base64: '', bytes: await readFile(path) }
  } catch (err) {
    throw new UsageError(`cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`)
  }
}

/**
 * One document from one file (a combined release, an XLIFF or TMX file) or two (a source and its
 * translation, Word or text), read by the app's import entry: what the app accepts, the CLI
 * accepts, and it refuses the rest with the same messages.
 */
export async function readDocument(
  paths: readonly string[],
  langs: { sourceLang: LanguageTag; targetLang: LanguageTag },
  align: Aligner,
  /** The target language asked for on the command line: picks the pair of a multilingual TMX. */
  targetLangChoice?: string
): Promise<CliDocument> {
  const files = await Promise.all(paths.map(fileInput))
  const { document: d, original } = await readImport({ kind: 'files', files, targetLangChoice, ...langs })
  const { sourceLang, targetLang } = d
  return {
    file: paths[0] ?? '',
    sourceLang,
    targetLang,
    source: d.source,
    target: d.target,
    beads: d.beads ?? align(d.source, d.target, conventionLangs(d)),
    segments: original?.segmentKeys ?? null,
    segmented: d.beads !== undefined
  }
}

export async function readGlossary(path: string): Promise<GlossaryEntry[]> {
  return (await readGlossaryInput(await fileInput(path))).entries
}

/** The checks' view of a CLI document: one segment per bead, with its sentence alignment. */
export function toContext(doc: CliDocument, id: string): DocumentContext {
  return {
    id,
    name: doc.file,
    sourceTag: doc.sourceLang,
    targetTag: doc.targetLang,
    ...conventionLangs(doc),
    segmented: doc.segmented,
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
        sentences: b.sentences ?? alignBeadSentences(source, target, conventionLangs(doc)),
        ...(b.codes ? { codes: b.codes } : {})
      }
    })
  }
}
