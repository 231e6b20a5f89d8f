import { gapsAnalysis } from '../analyses/gaps'
import { read } from '../engine/job-cache'
import type { CheckDefinition, RawFinding } from '../engine/types'

export const omissionCheck: CheckDefinition = {
  id: 'omission',
  category: 'accuracy/omission',
  defaultSeverity: 'major',
  enabledByDefault: true,
  languages: 'spanish-english',
  locality: 'segment',
  uses: [gapsAnalysis],
  cost: 0.75,
  i18n: {
    en: {
      title: 'Passage omitted',
      description: 'A passage of the source (several words, names or numbers) with no counterpart in the translation.',
      messages: { omitted: 'This passage of the source seems to be missing from the translation.' }
    },
    es: {
      title: 'Pasaje omitido',
      description: 'Un pasaje del original (varias palabras, nombres o números) sin equivalente en la traducción.',
      messages: { omitted: 'Este pasaje del original parece faltar en la traducción.' }
    }
  },
  run(ctx) {
    const out: RawFinding[] = []
    const segmentGaps = read(ctx, gapsAnalysis)
    for (const seg of ctx.document.segments) {
      if (seg.source.trim() === '' || seg.target.trim() === '') continue
      for (const span of segmentGaps(seg).omitted) {
        out.push({ segment: seg.index, side: 'source', sourceSpan: span, messageKey: 'omitted', confidence: 0.6 })
      }
    }
    return out
  }
}
