/**
 * The contract every check implements (the finding model it produces is in domain/findings). Pure data:
 * checks run in the main process, in a worker, in the CLI and in tests alike.
 */
import type { Lang, LanguageTag } from '../../domain/language'
import type { InlineCode } from '../../domain/inline-codes'
import type { CheckMessages, FindingSide, MqmCategory, Severity, Span } from '../../domain/findings'
import type { GlossaryEntry } from '../../domain/glossary'
import type { BeadSentences } from '../../domain/document'
import type { SpellService } from '../../text/speller'
import type { BilingualLexicon } from '../../text/bilingual-lexicon'
import type { JobCache } from './job-cache'
import type { ApprovedRendering } from '../../domain/memory'

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
  /**
   * The bead's sentences and their alignment, offsets inside each paragraph: from the document's
   * alignment where there is one, else computed once by the context builder (never by a check).
   */
  sentences: BeadSentences
  /**
   * The texts with their inline codes, when either has any: `source` and `target` above are masked
   * (each code a space, offsets unchanged) so language checks never read one; only the tag check
   * reads these.
   */
  marked?: { source: string; target: string }
  /** What each placeholder of `marked` stands for (open, close or standalone, and its label). */
  codes?: InlineCode[]
}

/**
 * Which documents a check applies to. 'spanish-english': it reads Cotejo's Spanish and English
 * analyses (dictionaries, lexicons, name and negation rules), so it runs only when one side is
 * Spanish and the other English. 'any': it reads no language (digits, codes, spacing, lengths), so
 * it runs on every pair, reading each side with its conventions (`DocumentContext.sourceLang`).
 */
export type CheckLanguages = 'spanish-english' | 'any'

export interface DocumentContext {
  id: string
  name: string
  /** The document's languages as its file says (canonical BCP 47): which checks apply depends on them. */
  sourceTag: LanguageTag
  targetTag: LanguageTag
  /**
   * The languages the checks read each side with: the tag's own where Cotejo analyses it, else the
   * one whose conventions it shares (`conventionLang`); only language-independent checks run then.
   */
  sourceLang: Lang
  targetLang: Lang
  segments: SegmentPair[]
  /**
   * The file set the segments (a CAT file, a TMX, Cotejo's bilingual export), no alignment did: a
   * segment with an empty target is not translated yet rather than a paragraph left out.
   */
  segmented?: boolean
}

export interface ProjectContext {
  /** All documents of the project, this one included, so consistency reaches across releases. */
  documents: DocumentContext[]
}

export interface CheckContext {
  document: DocumentContext
  project: ProjectContext
  glossary: GlossaryEntry[]
  spell?: SpellService
  /** The Spanish–English word lexicon omission and addition align words with (absent: cognates only). */
  lexicon?: BilingualLexicon
  /** The analyses of the job this run belongs to: shared by its checks, dropped with it. */
  cache: JobCache
  /**
   * Approved translations of the project's sources from the memory (looked up by the caller, which
   * owns the memory; empty when it has none): the memory-consistency check reads them.
   */
  memory: readonly ApprovedRendering[]
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
  /**
   * 'glossary': reads only the glossary and constant tables, so the jobs of one run that share a
   * glossary may share it too (`JobCache.nextJob`); otherwise as 'job'.
   */
  readonly scope: 'job' | 'document' | 'glossary'
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

export interface CheckDefinition {
  /** Stable id: stored with findings and settings, never renamed. */
  id: string
  category: MqmCategory
  defaultSeverity: Severity
  /** Off by default when precision is not high enough for every reviewer. */
  enabledByDefault: boolean
  languages: CheckLanguages
  /**
   * 'segment': its findings on a segment read nothing but that segment (with the document's
   * languages, the glossary, the settings, speller and lexicon), so an edit re-runs it on the edited
   * segment only. Absent: it reads the document or the project, and runs on the whole document.
   */
  locality?: 'segment'
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
