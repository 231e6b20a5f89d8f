/** Per-document number context: each side's decimal style, inferred once from all its segments. */
import type { Analysis, DocumentContext } from '../engine/types'
import type { TextAnalyzer } from '../../text/analyzer'
import { extractNumbers } from '../../text/numbers/extract'
import type { NumberMention } from '../../text/numbers/mention'
import { inferDecimalStyle, type DecimalStyle } from '../../text/numbers/numerals'

export interface DocumentNumberStyles {
  source: DecimalStyle
  target: DecimalStyle
}

export function documentNumberStyles(doc: DocumentContext): DocumentNumberStyles {
  // English writes decimal points; Spanish is either, so it waits for evidence.
  const fallback = (lang: string): DecimalStyle => (lang === 'en' ? 'point' : 'unknown')
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
  compute: (ctx) => documentNumbers(ctx.document, ctx.cache.text)
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
