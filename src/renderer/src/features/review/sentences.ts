import type { BeadSentences, Paragraph } from '@core/domain/document'
import { pushTo } from '@core/collections/multimap'
import type { SentenceMarker } from './highlight'

export interface RowSentences {
  source: Map<number, SentenceMarker[]>
  target: Map<number, SentenceMarker[]>
}

/** Paragraph position and start offset of each sentence of one side, numbered as the bead numbers them. */
function starts(paragraphs: Paragraph[], bounds: BeadSentences['source']): Array<{ position: number; start: number }> {
  return bounds.flatMap((sentences, k) => {
    const p = paragraphs[k]
    return p ? sentences.map(([start]) => ({ position: p.position, start })) : []
  })
}

/**
 * Sentence alignment inside one row, as the aligner stored it with the bead: each sentence gets the
 * number of its sentence bead, the same on both sides, and a sentence with no counterpart is
 * marked. Null for rows of one sentence a side.
 */
export function rowSentences(sentences: BeadSentences, source: Paragraph[], target: Paragraph[]): RowSentences | null {
  if (source.length === 0 || target.length === 0) return null
  const sourceStarts = starts(source, sentences.source)
  const targetStarts = starts(target, sentences.target)
  if (sourceStarts.length < 2 && targetStarts.length < 2) return null
  const out: RowSentences = { source: new Map(), target: new Map() }
  sentences.links.forEach((link, k) => {
    const label = String(k + 1)
    const orphan = link.source.length === 0 || link.target.length === 0
    for (const i of link.source) {
      const at = sourceStarts[i]
      if (at) pushTo(out.source, at.position, { start: at.start, label, orphan })
    }
    for (const i of link.target) {
      const at = targetStarts[i]
      if (at) pushTo(out.target, at.position, { start: at.start, label, orphan })
    }
  })
  return out
}
