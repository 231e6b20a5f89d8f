/** Per-document number context: each side's decimal style, inferred once from all its segments. */
import type { Analysis, CheckContext, DocumentContext } from '../engine/types'
import { segmentFacts } from '../engine/segment-facts'
import type { TextAnalyzer } from '../../text/analyzer'
import { extractNumbers } from '../../text/numbers/extract'
import type { NumberMention } from '../../text/numbers/mention'
import { decimalEvidence, decimalStyleOf, inferDecimalStyle, type DecimalStyle } from '../../text/numbers/numerals'

export interface DocumentNumberStyles {
  source: DecimalStyle
  target: DecimalStyle
}

// English writes decimal points; Spanish is either, so it waits for evidence.
const fallback = (lang: string): DecimalStyle => (lang === 'en' ? 'point' : 'unknown')

export function documentNumberStyles(doc: DocumentContext): DocumentNumberStyles {
  return {
    source: inferDecimalStyle(
      doc.segments.map((s) => s.source),
      fallback(doc.sourceLang)
    ),
    target: inferDecimalStyle(
      doc.segments.map((s) => s.target),
      fallback(doc.targetLang)
    )
  }
}

export interface SegmentNumbers {
  source: NumberMention[]
  target: NumberMention[]
}

/** The mentions of every segment of a document and its number styles, read by the checks of numbers (values, format). */
export const documentNumbersAnalysis: Analysis<DocumentNumbers> = {
  id: 'document-numbers',
  scope: 'document',
  compute: (ctx) => documentNumbersIn(ctx)
}

export interface DocumentNumbers {
  styles: DocumentNumberStyles
  segments: Map<number, SegmentNumbers>
}

/** The mentions of every segment of a document, read with the styles its texts show. */
export function documentNumbers(doc: DocumentContext, analyzer?: TextAnalyzer): DocumentNumbers {
  const styles = documentNumberStyles(doc)
  const segments = new Map<number, SegmentNumbers>()
  for (const seg of doc.segments) {
    segments.set(seg.index, {
      source: extractNumbers(seg.source, doc.sourceLang, styles.source, analyzer),
      target: extractNumbers(seg.target, doc.targetLang, styles.target, analyzer)
    })
  }
  return { styles, segments }
}

/**
 * `documentNumbers` of the context's document, each segment's share (its decimal evidence, its
 * mentions under the styles) kept in the job's memo: the same value, made again only for the
 * segments that changed.
 */
function documentNumbersIn(ctx: CheckContext): DocumentNumbers {
  const doc = ctx.document
  const point = { source: 0, target: 0 }
  const comma = { source: 0, target: 0 }
  for (const seg of doc.segments) {
    const e = segmentFacts(ctx, doc, seg, 'decimal-evidence', () => ({
      source: decimalEvidence(seg.source),
      target: decimalEvidence(seg.target)
    }))
    point.source += e.source.point
    comma.source += e.source.comma
    point.target += e.target.point
    comma.target += e.target.comma
  }
  const styles: DocumentNumberStyles = {
    source: decimalStyleOf({ point: point.source, comma: comma.source }, fallback(doc.sourceLang)),
    target: decimalStyleOf({ point: point.target, comma: comma.target }, fallback(doc.targetLang))
  }
  const id = `number-mentions:${styles.source}:${styles.target}`
  const segments = new Map<number, SegmentNumbers>()
  for (const seg of doc.segments) {
    segments.set(
      seg.index,
      segmentFacts(ctx, doc, seg, id, () => ({
        source: extractNumbers(seg.source, doc.sourceLang, styles.source, ctx.cache.text),
        target: extractNumbers(seg.target, doc.targetLang, styles.target, ctx.cache.text)
      }))
    )
  }
  return { styles, segments }
}
