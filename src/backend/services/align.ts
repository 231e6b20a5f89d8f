import { alignDocument, beadSentences } from '../../core/align'
import type { WordKeys } from '../../core/align/features'
import type { Lang } from '../../core/domain/language'
import type { Aligner } from './import'

/**
 * The alignment engine as the import and re-align services use it: paragraph beads with their
 * confidence and the sentence alignment inside each, from the one alignment of the document.
 */
// The aligner's word keys, kept for every document this process aligns (the core bounds them).
const wordKeys: Record<Lang, WordKeys> = { es: new Map(), en: new Map() }

export const alignParagraphs: Aligner = (source, target, langs) => {
  const alignment = alignDocument(source, target, { ...langs, wordKeys })
  const sentences = beadSentences(alignment)
  return alignment.paragraphs.map((p, k) => ({
    source: p.source,
    target: p.target,
    confidence: p.confidence,
    origin: 'auto',
    sentences: sentences[k]
  }))
}
