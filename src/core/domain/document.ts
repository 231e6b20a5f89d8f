/** Projects, documents, paragraphs and the alignment beads between them. Plain data: these cross IPC and HTTP as JSON. */
import type { InlineCode } from './inline-codes'
import type { LanguageTag, Side } from './language'

/** How a document came into Cotejo. */
export type DocumentOrigin = 'combined' | 'pair' | 'paste' | 'docx' | 'xliff' | 'tmx' | 'csv'

export type DocumentStatus = 'in_review' | 'approved'

/** Who produced a bead: pairing by position, the alignment engine, or a reviewer. */
export type BeadOrigin = 'position' | 'auto' | 'manual'

/** 'rejected': the reviewer sent the translation back to the translator (it blocks sign-off). */
export type SegmentStatus = 'untouched' | 'reviewed' | 'approved' | 'rejected'
export const SEGMENT_STATUSES: readonly SegmentStatus[] = ['untouched', 'reviewed', 'approved', 'rejected']

/** The category of the note that holds why a reviewer rejected a segment (kept while it stays rejected). */
export const REJECTION_NOTE = 'rejection'

export interface ProjectSummary {
  id: number
  name: string
  createdAt: string
  updatedAt: string
  documentCount: number
}

export interface DocumentSummary {
  id: number
  projectId: number
  name: string
  /** As the file says (canonical BCP 47), or as chosen at import. */
  sourceLang: LanguageTag
  targetLang: LanguageTag
  origin: DocumentOrigin
  status: DocumentStatus
  sourceParagraphCount: number
  targetParagraphCount: number
  beadCount: number
  createdAt: string
  updatedAt: string
}

export interface Paragraph {
  id: number
  side: Side
  /** 0-based position among the paragraphs of its side. */
  position: number
  /** Current text: the reviewer's correction when there is one. */
  text: string
  /** The text as imported; never changed. */
  originalText: string
}

/**
 * An alignment bead links any number of source paragraphs to any number of target paragraphs:
 * 1-1, 2-1, 1-2, 1-0 (omitted in the translation), 0-1 (added), 2-2.
 */
export interface Bead {
  id: number
  position: number
  status: SegmentStatus
  origin: BeadOrigin
  /** 0..1; null when unknown (pairing by position). */
  confidence: number | null
  /** Positions of the source paragraphs, ascending. */
  source: number[]
  /** Positions of the target paragraphs, ascending. */
  target: number[]
  /** Notes that came with an imported bilingual file (XLIFF, TMX, CSV). */
  notes: BeadNote[]
  /** The bead's sentences and how they pair, as the aligner found them. */
  sentences: BeadSentences
  /** The inline codes its texts' placeholders stand for (CAT files); absent when it has none. */
  codes?: InlineCode[]
  /** The last imported version changed its text (or brought it): it is reviewed again. */
  changedInVersion?: boolean
  /** Reviewer's corrections of its target that the last version did not take. */
  notTaken?: NotTakenCorrection[]
}

/** A corrected target paragraph whose correction a new version of the target did not take. */
export interface NotTakenCorrection {
  /** The text the translator had delivered. */
  before: string
  /** The text as the reviewer corrected it. */
  after: string
}

/** What importing a new version of one side did. */
export interface NewVersionResult {
  document: DocumentSummary
  side: 'source' | 'target'
  /** Segments whose text the version changed or brought: they are reviewed again. */
  changed: number
  /** Segments of the previous version with nothing left. */
  removed: number
  /** Corrections the new target took, and those it did not (with the segment they are on, when one is left). */
  taken: number
  notTaken: Array<NotTakenCorrection & { segment: number | null }>
  /** The document was approved: the new version withdrew the approval. */
  reopened: boolean
}

/** How the paragraphs of one side of a bead are joined into the one text checks read. */
export const PARAGRAPH_JOINER = '\n\n'

/** [start, end) of a sentence inside its paragraph (UTF-16 offsets). */
export type SentenceBounds = [number, number]

/**
 * The sentence alignment inside one bead. Sentences are numbered across the bead's paragraphs of a
 * side, in order; each link is a sentence bead (1-1, 2-1, 1-0, 0-1…).
 */
export interface BeadSentences {
  /** One list per paragraph of the bead on that side, in the bead's order. */
  source: SentenceBounds[][]
  target: SentenceBounds[][]
  links: SentenceLink[]
}

export interface SentenceLink {
  source: number[]
  target: number[]
  /** 0..1: how sure the aligner is of this sentence bead. */
  confidence: number
}

/** The category of the note that keeps a target as it was before its tracked changes (Trados, memoQ). */
export const TRACKED_CHANGES_NOTE = 'tracked-changes'

/**
 * The category of the note that shows a CAT file's own state of a segment Cotejo reads as untouched
 * but the file marks as new ('state=needs-translation', 'sdl:conf=Draft'). Documents imported before
 * Cotejo had a rejected status also carry it on rejected segments ('sdl:conf=RejectedTranslation').
 */
export const FILE_STATE_NOTE = 'file-state'

export interface BeadNote {
  kind: 'finding' | 'comment' | 'query'
  text: string
  author: string | null
  category: string | null
  severity: string | null
}

export interface DocumentView {
  project: { id: number; name: string }
  document: DocumentSummary
  source: Paragraph[]
  target: Paragraph[]
  beads: Bead[]
}

export interface RecentFile {
  id: number
  name: string
  /** Absolute path when the runtime could tell it (desktop app), else null. */
  path: string | null
  kind: 'combined' | 'source' | 'target'
  documentId: number | null
  projectId: number | null
  openedAt: string
}

export interface ImportResult {
  document: DocumentSummary
  sourceEncoding: string
  targetEncoding: string
}

/** One version of a document: the first import, then each new version of a side. */
export interface DocumentVersionInfo {
  /** 1 for the first import. */
  number: number
  /** The side this version replaced; null for the first import. */
  side: 'source' | 'target' | null
  importedAt: string
  /** Who imported it (the reviewer's name then); null for the first import. */
  importedBy: string | null
  fileName: string | null
}

/** Both sides of a document as one version had them (paragraphs as reviewed then). */
export interface VersionTexts {
  number: number
  source: string[]
  target: string[]
}

/** A segment's text before the last version changed it: what was reviewed (or approved) then. */
export interface SegmentChange {
  /** The version the segment was reviewed in, and the one that changed it. */
  from: number
  to: number
  side: 'source' | 'target'
  /** Empty for a segment the version brought. */
  before: string
  after: string
}
