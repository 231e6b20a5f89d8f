/**
 * The finding model and the contract every check implements. Pure data and functions: checks run in
 * the main process, in a worker, in the CLI and in tests alike.
 */
import type { Lang } from '../../domain/types'
import type { JobCache } from './job-cache'

/** MQM error typology (MQM Core, 2.0 naming), the subset Cotejo's checks report. */
export type MqmCategory =
  | 'accuracy/mistranslation'
  | 'accuracy/omission'
  | 'accuracy/addition'
  | 'accuracy/untranslated'
  | 'terminology/inconsistent-with-termbase'
  | 'terminology/inconsistent-use'
  | 'linguistic-conventions/grammar'
  | 'linguistic-conventions/punctuation'
  | 'linguistic-conventions/spelling'
  | 'linguistic-conventions/unintelligible'
  | 'locale-conventions/number-format'
  | 'locale-conventions/date-format'
  | 'locale-conventions/currency-format'
  | 'style/awkward'
  | 'source/error'

export type Severity = 'minor' | 'major' | 'critical'

export const SEVERITIES: readonly Severity[] = ['minor', 'major', 'critical']

export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s)
}

/** Which text a finding is about. `both` marks a mismatch (a span on each side). */
export type FindingSide = 'source' | 'target' | 'both'

/** A span inside one paragraph: UTF-16 offsets, end exclusive, and the covered text. */
export interface Span {
  start: number
  end: number
  text: string
}

/** A span inside a paragraph, located by the paragraph's position on its side. */
export interface ParagraphSpan extends Span {
  paragraph: number
}

/**
 * One segment pair as checks see it: the text of one alignment bead on each side. A bead may hold
 * several paragraphs; they are joined with PARAGRAPH_JOINER and the runner maps offsets back.
 */
export interface SegmentPair {
  /** Position of the bead in the document. */
  index: number
  sourceParagraphs: number[]
  targetParagraphs: number[]
  source: string
  target: string
}

export const PARAGRAPH_JOINER = '\n\n'

export interface GlossaryEntry {
  source: string
  target: string
  /** Other acceptable renderings. */
  allowed: string[]
  /** Renderings that must be flagged, with the preferred term suggested. */
  forbidden: string[]
  note?: string
  /** Default false: accents matter ("secretaria" is not "Secretaría"). */
  accentInsensitive?: boolean
  /** Default false: case is ignored except for acronyms (all-caps terms always match case). */
  caseSensitive?: boolean
}

export interface DocumentContext {
  id: string
  name: string
  sourceLang: Lang
  targetLang: Lang
  segments: SegmentPair[]
}

export interface ProjectContext {
  /** All documents of the project, this one included, so consistency reaches across releases. */
  documents: DocumentContext[]
}

/**
 * Spelling dictionaries. Loaded by Node code (main process, CLI) and injected: checks never read
 * files. Absent in contexts without dictionaries; checks that need it then report nothing.
 */
export interface SpellService {
  /** True when the word, as written, is spelled correctly in the language. */
  check(word: string, lang: Lang): boolean
  /** Corrections, best first. Slow: call it only for words already found misspelled. */
  suggest?(word: string, lang: Lang): string[]
  /**
   * True when the dictionary accepts any of the words. Not cached: for probing many generated
   * candidates without evicting the words of the text from `check`'s cache.
   */
  knowsAny?(words: readonly string[], lang: Lang): boolean
}

export interface CheckContext {
  document: DocumentContext
  project: ProjectContext
  glossary: GlossaryEntry[]
  spell?: SpellService
  /** The analyses of the job this run belongs to: shared by its checks, dropped with it. */
  cache: JobCache
}

/**
 * Work shared by several checks (the gaps of a segment, the numbers of a document, the terms of a
 * project), as a typed object a check declares in `uses`: computed on first use, once per job, and
 * read by every check that declares it. `scope` says what it reads: a `document` analysis is
 * dropped when the job moves on to the next document (a large project's numbers are not all kept
 * until the job ends); a `job` analysis reads only the project, glossary and speller.
 */
export interface Analysis<T> {
  /** Names it in logs and tests. */
  readonly id: string
  readonly scope: 'job' | 'document'
  compute(ctx: CheckContext): T
}

/** What a check returns: offsets are into SegmentPair.source / .target (joined text). */
export interface RawFinding {
  segment: number
  side: FindingSide
  sourceSpan?: Span
  targetSpan?: Span
  /** Key under the check's messages, e.g. 'missing'. */
  messageKey: string
  params?: Record<string, string | number>
  suggestion?: string
  /** 0..1: how sure the check is. */
  confidence?: number
  /** Overrides the check's default severity for this finding. */
  severity?: Severity
  /** Overrides the check's category for this finding. */
  category?: MqmCategory
}

/** User-visible strings of one check, per UI language. Message templates use {{name}} placeholders. */
export interface CheckMessages {
  title: string
  description: string
  messages: Record<string, string>
}

export interface CheckDefinition {
  /** Stable id: stored with findings and settings, never renamed. */
  id: string
  category: MqmCategory
  defaultSeverity: Severity
  /** Off by default when precision is not high enough for every reviewer. */
  enabledByDefault: boolean
  i18n: Record<'en' | 'es', CheckMessages>
  /** Reads the spelling dictionaries (`ctx.spell`): runs where they are loaded. */
  usesDictionaries?: boolean
  /**
   * The shared analyses it reads (`read(ctx, analysis)`): checks that use the same one run on the
   * same worker thread, so it is computed once.
   */
  uses?: readonly Analysis<unknown>[]
  /**
   * Relative cost (seconds on the benchmark's 10,000 news paragraphs, `npm run bench:checks`);
   * 0.1 when absent. Only used to share the checks fairly between worker threads: rough figures do.
   */
  cost?: number
  run(ctx: CheckContext): RawFinding[]
}

export interface Finding {
  checkId: string
  category: MqmCategory
  severity: Severity
  side: FindingSide
  documentId: string
  /** Bead position. */
  segment: number
  sourceParagraph: number | null
  targetParagraph: number | null
  sourceSpan: ParagraphSpan | null
  targetSpan: ParagraphSpan | null
  messageKey: string
  params: Record<string, string | number>
  /** English rendering, for the CLI and logs; the UI translates messageKey itself. */
  message: string
  suggestion: string | null
  confidence: number
}

export interface CheckFailure {
  checkId: string
  documentId: string
  error: string
}

export interface CheckSettings {
  /** Per check id: on/off and severity override. */
  [checkId: string]: { enabled?: boolean; severity?: Severity } | undefined
}

export interface CheckRunResult {
  findings: Finding[]
  failures: CheckFailure[]
}
