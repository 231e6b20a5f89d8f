/**
 * A bilingual file from a CAT or TM tool as Cotejo reviews it: its own languages, its files, and
 * its segments as the file segments them (one `mrk mtype="seg"`, XLIFF 2 `<segment>`, TMX `<tu>`
 * or TXML `<segment>` each), with inline codes as placeholders (../inline-codes.ts). Reading keeps
 * what writing back needs: every segment has a key that finds its target again in the original
 * text, which is written back with only the edited targets, states and notes changed.
 */
import type { InlineCode } from '../inline-codes'
import type { UnitNote } from '../model'

export type CatFormat = 'xliff1' | 'sdlxliff' | 'mqxliff' | 'txlf' | 'xliff2' | 'tmx' | 'txml'

/** Cotejo's reading of a segment's state; the file's own value is kept beside it. */
export type CatStatus = 'new' | 'translated' | 'reviewed' | 'final' | 'rejected'

export interface CatState {
  status: CatStatus
  /** The file's own value(s), as written: 'state=needs-review-translation', 'sdl:conf=ApprovedSignOff'. '' when none. */
  native: string
}

export interface CatSegment {
  /** Unique in the file and stable across readings of the same text: how writing back finds the segment. */
  key: string
  /** Index into CatFile.files. */
  fileIndex: number
  unitId: string
  /** The segment's own id when the format has one (mrk mid, XLIFF 2 segment id, TXML segmentId). */
  segmentId?: string
  /** With placeholders. */
  source: string
  /** The current target (tracked deletions removed, insertions kept); null when the file has none. */
  target: string | null
  /** The target before its tracked changes (deletions kept, insertions removed), when it has any. */
  previousTarget?: string
  /** Every code of the segment's source and target; placeholder k is codes.find(c => c.k === k). */
  codes: InlineCode[]
  state: CatState
  /** False for `translate="no"` (file, group, unit) and locked or structure segments: shown, never edited. */
  translate: boolean
  /** Locked by the CAT tool (Trados `sdl:seg locked`, memoQ `mq:locked`); then translate is false too. */
  locked?: boolean
  notes: UnitNote[]
}

export interface CatSubFile {
  /** The `<file original>` (XLIFF), or the file name for single-file formats. */
  original: string
  sourceLang: string | null
  targetLang: string | null
  /** Notes on the whole file (XLIFF header or file notes, TMX header notes). */
  notes: UnitNote[]
}

export interface CatFile {
  format: CatFormat
  /** The format's version as the file states it ('1.2', '2.1', '1.4'); '' when it does not. */
  version: string
  /**
   * BCP 47, canonicalized (Intl.getCanonicalLocales); null when the file does not say. A TMX whose
   * srclang is `*all*` says no source: its first language (or CatReadOptions.sourceLang) is taken.
   */
  sourceLang: string | null
  targetLang: string | null
  /** Every target language the file holds (a multilingual TMX has several; the reader picked targetLang). */
  targetLangs: string[]
  files: CatSubFile[]
  segments: CatSegment[]
}

export interface CatReadOptions {
  /** For a multilingual TMX: which target language to review (default: the first after the source). */
  targetLang?: string
  /** For a TMX whose srclang is `*all*`: which language is the source (default: the first tuv's). */
  sourceLang?: string
}

/** What a review changes in a segment when it is written back. */
export interface CatEdit {
  /** The new target with placeholders; codes are written back from the segment's table. */
  target: string
  /** Written as the format's nearest state; the native value stays when the status did not change. */
  status?: CatStatus
  /** Review notes to add (comments, queries), in the format's note element. */
  notes?: UnitNote[]
}
