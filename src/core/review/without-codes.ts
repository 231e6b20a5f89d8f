/**
 * A review as files that cannot carry inline codes receive it (CSV, Word, plain text, the report):
 * every placeholder removed from its texts, so no private-use character reaches a reader or a
 * spreadsheet. Offsets are not kept: these outputs print texts, never spans by position.
 */
import { stripPlaceholders } from '../domain/inline-codes'
import type { ParagraphSpan } from '../domain/findings'
import type { DocumentReview } from '../domain/review'

const span = (s: ParagraphSpan | null): ParagraphSpan | null => (s ? { ...s, text: stripPlaceholders(s.text) } : null)

export function withoutCodes(review: DocumentReview): DocumentReview {
  const paragraph = <P extends { text: string; originalText: string }>(p: P): P => ({
    ...p,
    text: stripPlaceholders(p.text),
    originalText: stripPlaceholders(p.originalText)
  })
  return {
    ...review,
    source: review.source.map(paragraph),
    target: review.target.map(paragraph),
    beads: review.beads.map(({ codes: _codes, ...b }) => b),
    findings: review.findings.map((f) => ({
      ...f,
      sourceSpan: span(f.sourceSpan),
      targetSpan: span(f.targetSpan),
      suggestion: f.suggestion === null ? null : stripPlaceholders(f.suggestion)
    })),
    corrections: review.corrections.map((c) => ({
      ...c,
      beforeText: stripPlaceholders(c.beforeText),
      afterText: stripPlaceholders(c.afterText)
    })),
    queries: review.queries.map((q) => ({ ...q, sourceText: stripPlaceholders(q.sourceText) }))
  }
}
