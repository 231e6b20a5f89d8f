import { alignDocument, beadSentences } from '../../core/align'
import type { Aligner } from './import'

/**
 * The alignment engine as the import and re-align services use it: paragraph beads with their
 * confidence and the sentence alignment inside each, from the one alignment of the document.
 */
export const alignParagraphs: Aligner = (source, target, langs) => {
  const alignment = alignDocument(source, target, langs)
  const sentences = beadSentences(alignment)
  return alignment.paragraphs.map((p, k) => ({
    source: p.source,
    target: p.target,
    confidence: p.confidence,
    origin: 'auto',
    sentences: sentences[k]
  }))
}
