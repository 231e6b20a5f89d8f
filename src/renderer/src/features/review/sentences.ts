import { alignDocument } from '@core/align'
import type { Paragraph } from '@core/domain/document'
import type { Lang } from '@core/domain/language'
import { pushTo } from '@core/collections/multimap'
import type { SentenceMarker } from './highlight'

export interface RowSentences {
  source: Map<number, SentenceMarker[]>
  target: Map<number, SentenceMarker[]>
}

/**
 * Sentence alignment inside one row: each sentence gets the number of its sentence bead, the same
 * on both sides, and a sentence with no counterpart is marked. Null for rows of one sentence a side.
 */
export function rowSentences(
  source: Paragraph[],
  target: Paragraph[],
  sourceLang: Lang,
  targetLang: Lang
): RowSentences | null {
  if (source.length === 0 || target.length === 0) return null
  const a = alignDocument(
    source.map((p) => p.text),
    target.map((p) => p.text),
    { sourceLang, targetLang }
  )
  if (a.sourceSentences.length < 2 && a.targetSentences.length < 2) return null
  const out: RowSentences = { source: new Map(), target: new Map() }
  let n = 0
  for (const paragraph of a.paragraphs) {
    for (const bead of paragraph.sentences) {
      n++
      const orphan = bead.source.length === 0 || bead.target.length === 0
      for (const i of bead.source) {
        const ref = a.sourceSentences[i]!
        pushTo(out.source, source[ref.paragraph]!.position, { start: ref.start, label: String(n), orphan })
      }
      for (const i of bead.target) {
        const ref = a.targetSentences[i]!
        pushTo(out.target, target[ref.paragraph]!.position, { start: ref.start, label: String(n), orphan })
      }
    }
  }
  return out
}
