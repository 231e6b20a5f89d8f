/** Runs a one-text typography detector on every target and every source text of a document. */
import { hasPlaceholders, isPlaceholder, stripPlaceholders } from '../../domain/inline-codes'
import type { Lang, Side } from '../../domain/language'
import type { Severity } from '../../domain/findings'
import { segmentFindings } from './segment-facts'
import type { CheckContext, RawFinding, SegmentPair } from './types'
import type { TextAnalyzer } from '../../text/analyzer'

export interface Detection {
  start: number
  end: number
  messageKey: string
  params?: Record<string, string | number>
  suggestion?: string
  confidence?: number
  severity?: Severity
}

export interface SideText {
  /** The bead's joined text on this side. */
  text: string
  lang: Lang
  side: Side
  segment: number
  /** The job's text analyzer: a detector that reads words takes them off its tokens. */
  analyzer?: TextAnalyzer
}

export type Detector = (input: SideText) => Detection[]

/**
 * The detections of a text with inline codes. A code is neither a space nor nothing: in "Press
 * <g>Start</g>" a masked code would make a double space, and in "Inc.<x/>Miami" (the code a line
 * break) a removed one would glue a sentence. So the text is read both ways and only what both
 * readings find is kept, with the span of the reading without codes, mapped back: a span that
 * would take a code with it is dropped, so accepting a suggestion never deletes one.
 */
function withCodes(detect: Detector, input: SideText, marked: string): Detection[] {
  const toMarked: number[] = []
  for (let i = 0; i < marked.length; i++) if (!isPlaceholder(marked.charAt(i))) toMarked.push(i)
  toMarked.push(marked.length)
  const masked = detect(input)
  const out: Detection[] = []
  for (const d of detect({ ...input, text: stripPlaceholders(marked) })) {
    const start = toMarked[d.start] as number
    const end = d.end === d.start ? start : (toMarked[d.end - 1] as number) + 1
    if (hasPlaceholders(marked.slice(start, end))) continue
    const same = masked.some((m) => m.messageKey === d.messageKey && m.start <= end && start <= m.end)
    if (same) out.push({ ...d, start, end })
  }
  return out
}

/**
 * Target findings keep the check's category; source findings are reported as source errors, so a
 * reviewer can query the author instead of "fixing" the translation. With `kept`, each segment's
 * findings are kept in its facts under that id (`segmentFindings`), and a re-check after an edit
 * runs the detector on the edited segment only: `kept` must then name everything besides a text,
 * its language and side that the detector reads (a document-wide habit, say).
 */
export function onBothSides(
  ctx: CheckContext,
  detect: Detector,
  sides: readonly Side[] = ['target', 'source'],
  kept?: string
): RawFinding[] {
  const out: RawFinding[] = []
  for (const seg of ctx.document.segments) {
    const found = kept
      ? segmentFindings(ctx, seg, kept, () => segmentSides(ctx, seg, detect, sides))
      : segmentSides(ctx, seg, detect, sides)
    for (const f of found) out.push(f)
  }
  return out
}

/** One segment's findings on its sides. */
function segmentSides(ctx: CheckContext, seg: SegmentPair, detect: Detector, sides: readonly Side[]): RawFinding[] {
  const doc = ctx.document
  const out: RawFinding[] = []
  for (const side of sides) {
    const text = side === 'source' ? seg.source : seg.target
    if (text.trim() === '') continue
    const lang = side === 'source' ? doc.sourceLang : doc.targetLang
    const marked = seg.marked?.[side]
    const input = { text, lang, side, segment: seg.index, analyzer: ctx.cache.text }
    for (const d of marked === undefined ? detect(input) : withCodes(detect, input, marked)) {
      const span = { start: d.start, end: d.end, text: text.slice(d.start, d.end) }
      out.push({
        segment: seg.index,
        side,
        ...(side === 'source' ? { sourceSpan: span, category: 'source/error' as const } : { targetSpan: span }),
        messageKey: d.messageKey,
        ...(d.params ? { params: d.params } : { params: { text: span.text } }),
        ...(d.suggestion !== undefined ? { suggestion: d.suggestion } : {}),
        ...(d.confidence !== undefined ? { confidence: d.confidence } : {}),
        ...(d.severity ? { severity: d.severity } : {})
      })
    }
  }
  return out
}
