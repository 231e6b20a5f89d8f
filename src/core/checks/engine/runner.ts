import type { CheckContext, CheckDefinition, DocumentContext, RawFinding, SegmentPair } from './types'
import { isSpanishEnglish } from '../../domain/language'
import { PARAGRAPH_JOINER } from '../../domain/document'
import { fitSuggestion } from './fit-suggestion'
import { mergeSameSpan } from './merge'
import type { CheckRunResult, CheckSettings, Finding, ParagraphSpan, SkipReason, Span } from '../../domain/findings'

/** Fills {{name}} placeholders. Unknown names stay visible so a missing parameter is noticed. */
export function formatMessage(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole
  )
}

/**
 * Maps an offset range in a bead's joined text back to the paragraph it falls in. A span that
 * crosses a paragraph break is clipped to its first paragraph.
 */
export function toParagraphSpan(span: Span, paragraphs: number[], joined: string): ParagraphSpan | null {
  if (paragraphs.length === 0) return null
  let offset = 0
  for (let i = 0; i < paragraphs.length; i++) {
    const next = joined.indexOf(PARAGRAPH_JOINER, offset)
    const end = next === -1 || i === paragraphs.length - 1 ? joined.length : next
    if (span.start <= end) {
      const start = Math.max(span.start, offset) - offset
      const stop = Math.min(span.end, end) - offset
      return { paragraph: paragraphs[i] as number, start, end: stop, text: joined.slice(offset + start, offset + stop) }
    }
    offset = end + PARAGRAPH_JOINER.length
  }
  return null
}

function locate(
  raw: RawFinding,
  segment: SegmentPair | undefined,
  check: CheckDefinition,
  ctx: CheckContext,
  settings: CheckSettings
): Finding {
  const sourceSpan =
    segment && raw.sourceSpan ? toParagraphSpan(raw.sourceSpan, segment.sourceParagraphs, segment.source) : null
  const fitted =
    segment && raw.targetSpan && raw.suggestion !== undefined
      ? fitSuggestion(segment.target, { span: raw.targetSpan, suggestion: raw.suggestion }, ctx.document.targetLang)
      : null
  const rawTarget = fitted?.span ?? raw.targetSpan
  const targetSpan = segment && rawTarget ? toParagraphSpan(rawTarget, segment.targetParagraphs, segment.target) : null
  const params = raw.params ?? {}
  const template = check.i18n.en.messages[raw.messageKey] ?? raw.messageKey
  return {
    checkId: check.id,
    category: raw.category ?? check.category,
    severity: settings[check.id]?.severity ?? raw.severity ?? check.defaultSeverity,
    side: raw.side,
    documentId: ctx.document.id,
    segment: raw.segment,
    sourceParagraph: sourceSpan?.paragraph ?? segment?.sourceParagraphs[0] ?? null,
    targetParagraph: targetSpan?.paragraph ?? segment?.targetParagraphs[0] ?? null,
    sourceSpan,
    targetSpan,
    messageKey: raw.messageKey,
    params,
    message: formatMessage(template, params),
    suggestion: fitted?.suggestion ?? raw.suggestion ?? null,
    confidence: raw.confidence ?? 1
  }
}

export function isEnabled(check: CheckDefinition, settings: CheckSettings): boolean {
  return settings[check.id]?.enabled ?? check.enabledByDefault
}

/** Why a check does not run on a document, or null when it does. */
export function skipReason(
  check: CheckDefinition,
  document: Pick<DocumentContext, 'sourceTag' | 'targetTag'>,
  settings: CheckSettings
): SkipReason | null {
  return skipFor(check, settings, () => isSpanishEnglish(document.sourceTag, document.targetTag))
}

/** `skipReason`, with the document's Spanish–English verdict asked only when a check needs it. */
function skipFor(check: CheckDefinition, settings: CheckSettings, spanishEnglish: () => boolean): SkipReason | null {
  if (!isEnabled(check, settings)) return 'disabled'
  if (check.languages === 'spanish-english' && !spanishEnglish()) return 'languages'
  return null
}

/**
 * Runs every enabled check that applies to the document's languages (`skipReason`) on it, sharing the analyses of `ctx.cache` (the job's, or this
 * call's own when the context was made for it alone), and merges findings on the same span. A check that throws is reported in `failures` and the
 * run goes on: one faulty check must never hide the findings of the others.
 */
export function runChecks(
  checks: readonly CheckDefinition[],
  ctx: CheckContext,
  settings: CheckSettings = {},
  /** Called after each check that runs, for progress on long documents. */
  onCheckDone?: (checkId: string) => void
): CheckRunResult {
  const result = runEachCheck(checks, ctx, settings, onCheckDone)
  result.findings = mergeSameSpan(result.findings.sort(readingOrder))
  return result
}

/**
 * `runChecks` but for its last step: the findings check after check, each check's in the order it
 * gave them, neither sorted nor merged (an incremental re-check keeps them per segment).
 */
export function runEachCheck(
  checks: readonly CheckDefinition[],
  ctx: CheckContext,
  settings: CheckSettings = {},
  onCheckDone?: (checkId: string) => void,
  /** Called before each check that runs (a watchdog's cue). */
  onCheckStart?: (checkId: string) => void
): CheckRunResult {
  const result: CheckRunResult = { findings: [], failures: [], ran: [], skipped: [] }
  const byIndex = new Map(ctx.document.segments.map((s) => [s.index, s]))
  // One verdict for the run: a batch of one-line documents asked it of every check, every line.
  let deep: boolean | undefined
  const spanishEnglish = (): boolean => (deep ??= isSpanishEnglish(ctx.document.sourceTag, ctx.document.targetTag))
  for (const check of checks) {
    const reason = skipFor(check, settings, spanishEnglish)
    if (reason !== null) {
      result.skipped.push({ checkId: check.id, reason })
      continue
    }
    result.ran.push(check.id)
    onCheckStart?.(check.id)
    try {
      for (const raw of check.run(ctx)) {
        result.findings.push(locate(raw, byIndex.get(raw.segment), check, ctx, settings))
      }
    } catch (err) {
      result.failures.push({
        checkId: check.id,
        documentId: ctx.document.id,
        error: err instanceof Error ? err.message : String(err)
      })
    }
    onCheckDone?.(check.id)
  }
  return result
}

/** Findings in reading order: by bead, then by where they start (stable: ties keep check order). */
export function readingOrder(a: Finding, b: Finding): number {
  return (
    a.segment - b.segment ||
    (a.targetSpan?.start ?? a.sourceSpan?.start ?? 0) - (b.targetSpan?.start ?? b.sourceSpan?.start ?? 0)
  )
}
