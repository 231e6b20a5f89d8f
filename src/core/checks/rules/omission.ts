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
      description:
        'A passage of the source (several words, names or numbers), or a qualifier such as “only”, “free” or “more than”, with no counterpart in the translation.',
      messages: {
        omitted: 'This passage of the source seems to be missing from the translation.',
        qualifierOmitted: '“{{phrase}}” changes what the sentence says, and the translation does not render it.'
      }
    },
    es: {
      title: 'Pasaje omitido',
      description:
        'Un pasaje del original (varias palabras, nombres o números), o un matiz como «solo», «gratuito» o «más de», sin equivalente en la traducción.',
      messages: {
        omitted: 'Este pasaje del original parece faltar en la traducción.',
        qualifierOmitted: '“{{phrase}}” cambia lo que dice la oración, y la traducción no lo recoge.'
      }
    }
  },
  run(ctx) {
    const out: RawFinding[] = []
    const segmentGaps = read(ctx, gapsAnalysis)
    for (const seg of ctx.document.segments) {
      if (seg.source.trim() === '' || seg.target.trim() === '') continue
      const gaps = segmentGaps(seg)
      for (const span of gaps.omitted) {
        out.push({ segment: seg.index, side: 'source', sourceSpan: span, messageKey: 'omitted', confidence: 0.6 })
      }
      for (const span of gaps.qualifiers.omitted)
        out.push({
          segment: seg.index,
          side: 'source',
          sourceSpan: span,
          messageKey: 'qualifierOmitted',
          params: { phrase: span.text },
          confidence: 0.7
        })
    }
    return out
  }
}
