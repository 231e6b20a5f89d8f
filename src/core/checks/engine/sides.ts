/** Runs a one-text typography detector on every target and every source text of a document. */
import type { Lang, Side } from '../../domain/language'
import type { Severity } from '../../domain/findings'
import type { CheckContext, RawFinding } from './types'

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
}

export type Detector = (input: SideText) => Detection[]

/**
 * Target findings keep the check's category; source findings are reported as source errors, so a
 * reviewer can query the author instead of "fixing" the translation.
 */
export function onBothSides(
  ctx: CheckContext,
  detect: Detector,
  sides: readonly Side[] = ['target', 'source']
): RawFinding[] {
  const doc = ctx.document
  const out: RawFinding[] = []
  for (const seg of doc.segments) {
    for (const side of sides) {
      const text = side === 'source' ? seg.source : seg.target
      if (text.trim() === '') continue
      const lang = side === 'source' ? doc.sourceLang : doc.targetLang
      for (const d of detect({ text, lang, side, segment: seg.index })) {
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
  }
  return out
}
