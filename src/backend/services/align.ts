import { alignDocument } from '../../core/align'
import type { Aligner } from './import'

/** The alignment engine as the import and re-align services use it: paragraph beads with confidence. */
export const alignParagraphs: Aligner = (source, target, langs) =>
  alignDocument(source, target, langs).paragraphs.map((p) => ({
    source: p.source,
    target: p.target,
    confidence: p.confidence,
    origin: 'auto'
  }))
