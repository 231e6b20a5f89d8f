/** What a check reports: the finding model every layer reads (checks write it, review and export show it). */

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
  /** MQM 2.0 "Design and markup" → markup: inline codes (tags) missing, added or misplaced. */
  | 'design-and-markup/markup'
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
  /**
   * Other checks that flag the same span: one problem is one finding, which lists every reason
   * (see checks/engine/merge). Absent when one check alone flags it.
   */
  otherReasons?: FindingReason[]
}

/** One check's reason for a finding that several checks raise. */
export type FindingReason = Pick<
  Finding,
  'checkId' | 'category' | 'severity' | 'messageKey' | 'params' | 'message' | 'suggestion'
>

export interface CheckFailure {
  checkId: string
  documentId: string
  error: string
}

/**
 * Why a check did not run on a document: switched off in settings, or it needs Cotejo's Spanish and
 * English analyses and the document is in another pair.
 */
export type SkipReason = 'disabled' | 'languages'

export interface SkippedCheck {
  checkId: string
  reason: SkipReason
}

/** Which checks ran on a document and which did not, with why (the review screen lists them). */
export interface CheckCoverage {
  ran: string[]
  skipped: SkippedCheck[]
}

export interface CheckRunResult {
  findings: Finding[]
  failures: CheckFailure[]
  /** Ids of the checks that ran on the document, in registry order (a failed one included). */
  ran: string[]
  /** The checks that did not run, and why, in registry order. */
  skipped: SkippedCheck[]
}

/** One check's switch and severity override, as a reviewer sets them. */
export interface CheckSetting {
  enabled?: boolean | undefined
  severity?: Severity | undefined
}

export interface CheckSettings {
  /** Per check id: on/off and severity override. */
  [checkId: string]: CheckSetting | undefined
}

/** User-visible strings of one check, per UI language. Message templates use {{name}} placeholders. */
export interface CheckMessages {
  title: string
  description: string
  messages: Record<string, string>
}

/** A check as the settings screen lists it. */
export interface CheckInfo {
  id: string
  category: MqmCategory
  defaultSeverity: Severity
  enabledByDefault: boolean
  i18n: Record<'en' | 'es', CheckMessages>
}

export type FindingState = 'open' | 'fixed' | 'ignored'

/** Ignoring a finding reaches this document or every document of the project. */
export type IgnoreScope = 'document' | 'project'
export const IGNORE_SCOPES: readonly IgnoreScope[] = ['document', 'project']

export interface FindingView extends Finding {
  /** Stable while the texts it points at do not change: ignores and fixes are stored by it. */
  key: string
  state: FindingState
  /** Why it was ignored, when it was. */
  reason: string | null
  /** Who ignored it (for a project rule: who made the rule), when it is ignored. */
  ignoredBy: string | null
}
