/** Per-document number context: each side's decimal style, inferred once from all its segments. */
import { RecentMap } from '../../collections/recent'
import type { DocumentContext } from '../engine/types'
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

interface Cached {
  styles: DocumentNumberStyles
  texts: string[]
  segments: Map<number, SegmentNumbers>
}

/**
 * The last documents read (one or two): the checks that share them run one after the other on a
 * document, so a short list serves them, and a large project's numbers are not all kept until its
 * run ends.
 */
const recent = new RecentMap<DocumentContext, Cached>(1)

const textsOf = (doc: DocumentContext): string[] => doc.segments.flatMap((s) => [s.source, s.target])

/**
 * The mentions of every segment, computed once per document and shared by the checks that read
 * numbers (values, format). A document whose texts changed since is recomputed.
 */
export function documentNumbers(doc: DocumentContext): {
  styles: DocumentNumberStyles
  segments: Map<number, SegmentNumbers>
} {
  const texts = textsOf(doc)
  const hit = recent.get(doc)
  if (hit && hit.texts.length === texts.length && hit.texts.every((t, i) => t === texts[i])) return hit
  const styles = documentNumberStyles(doc)
  const segments = new Map<number, SegmentNumbers>()
  for (const seg of doc.segments) {
    segments.set(seg.index, {
      source: extractNumbers(seg.source, doc.sourceLang, styles.source),
      target: extractNumbers(seg.target, doc.targetLang, styles.target)
    })
  }
  const value = { styles, texts, segments }
  recent.set(doc, value)
  return value
}
