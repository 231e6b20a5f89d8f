/**
 * A file from a CAT or TM tool (XLIFF 1.x and its Trados, memoQ and Wordfast dialects, XLIFF 2,
 * TMX, TXML) as a document: one bead per translatable segment as the file segments it, in the
 * file's own languages, with its inline codes, states and notes; the file itself is kept to be
 * written back (../services/original-export.ts).
 */
import { AppError } from '../../core/api/result'
import { FILE_STATE_NOTE, TRACKED_CHANGES_NOTE, type BeadNote, type SegmentStatus } from '../../core/domain/document'
import { readCatFile } from '../../core/formats/cat'
import type { CatFile, CatFormat, CatSegment, CatStatus } from '../../core/formats/cat/model'
import { stripPlaceholders } from '../../core/formats/inline-codes'
import type { UnitNote } from '../../core/formats/model'
import type { FileInput } from '../../core/api/contract'
import type { OriginalFile } from '../store/originals'
import type { NewDocument } from '../store/documents'
import { decodeText } from './decode'

/** Cotejo's status for a segment state; new segments still need a review. */
export const STATUS_OF: Record<CatStatus, SegmentStatus> = {
  new: 'untouched',
  translated: 'untouched',
  rejected: 'rejected',
  reviewed: 'reviewed',
  final: 'approved'
}

/** File states that Cotejo's statuses do not tell apart from a plain translation. */
const SHOWN_STATES: ReadonlySet<CatStatus> = new Set(['new'])

export function beadNote(n: UnitNote): BeadNote {
  return {
    kind: n.from,
    text: n.text,
    author: n.author ?? null,
    category: n.category ?? null,
    severity: n.severity ?? null
  }
}

/** What a CAT import adds to a plan: the document's parts and the file to keep. */
export interface CatParts {
  format: CatFormat
  sourceLang: string | null
  targetLang: string | null
  source: string[]
  target: string[]
  beads: NewDocument['beads']
  original: OriginalFile
}

const reviewable = (s: CatSegment): boolean => s.translate && (s.source.trim() !== '' || (s.target ?? '').trim() !== '')

function segmentNotes(s: CatSegment): BeadNote[] {
  const notes = s.notes.map(beadNote)
  if (s.previousTarget !== undefined)
    notes.push({
      kind: 'comment',
      text: stripPlaceholders(s.previousTarget),
      author: null,
      category: TRACKED_CHANGES_NOTE,
      severity: null
    })
  // New reads as untouched; the note lets the reviewer see what the file said.
  if (SHOWN_STATES.has(s.state.status) && s.state.native !== '')
    notes.push({ kind: 'comment', text: s.state.native, author: null, category: FILE_STATE_NOTE, severity: null })
  return notes
}

/** Reads a CAT file's text into the parts of a document. */
export function catParts(
  cat: CatFile,
  file: { name: string; encoding: string; content: string; targetLangChoice: string | null }
): CatParts {
  const source: string[] = []
  const target: string[] = []
  const beads: NewDocument['beads'] = []
  const segmentKeys: string[] = []
  for (const s of cat.segments.filter(reviewable)) {
    const hasSource = s.source.trim() !== ''
    const hasTarget = s.target !== null && s.target.trim() !== ''
    beads.push({
      source: hasSource ? [source.length] : [],
      target: hasTarget ? [target.length] : [],
      confidence: null,
      origin: 'manual',
      status: STATUS_OF[s.state.status],
      notes: segmentNotes(s),
      codes: s.codes
    })
    if (hasSource) source.push(s.source)
    if (hasTarget) target.push(s.target ?? '')
    segmentKeys.push(s.key)
  }
  return {
    format: cat.format,
    sourceLang: cat.sourceLang,
    targetLang: cat.targetLang,
    source,
    target,
    beads,
    original: {
      format: cat.format,
      fileName: file.name,
      encoding: file.encoding,
      content: file.content,
      targetLang: file.targetLangChoice,
      segmentKeys
    }
  }
}

/**
 * Decodes and reads a CAT file. A multilingual TMX is refused until the user says which target
 * language to review (`import.chooseTargetLanguage`, with the languages it holds).
 */
export function readCatImport(
  file: FileInput,
  bytes: Uint8Array,
  targetLangChoice: string | undefined
): CatParts & { encoding: string } {
  const { text, encoding } = decodeText(bytes, file.name, { xml: true })
  const cat = readCatFile(text, { targetLang: targetLangChoice })
  if (cat.targetLangs.length > 1 && targetLangChoice === undefined)
    throw new AppError(
      'import.chooseTargetLanguage',
      `${file.name} holds several translations (${cat.targetLangs.join(', ')}): choose the language to review.`,
      { file: file.name, languages: cat.targetLangs.join(', ') }
    )
  const parts = catParts(cat, { name: file.name, encoding, content: text, targetLangChoice: targetLangChoice ?? null })
  if (parts.beads.length === 0)
    throw new AppError('import.noSegments', `${file.name} has no segment to review.`, { file: file.name })
  return { ...parts, encoding }
}
