import type { CheckDefinition, RawFinding } from '../engine/types'
import { gapsAnalysis } from '../analyses/gaps'
import { read } from '../engine/job-cache'

export const additionCheck: CheckDefinition = {
  id: 'addition',
  category: 'accuracy/addition',
  defaultSeverity: 'major',
  enabledByDefault: true,
  languages: 'spanish-english',
  locality: 'segment',
  uses: [gapsAnalysis],
  i18n: {
    en: {
      title: 'Passage added',
      description:
        'A passage of the translation (several words, names or numbers), or a qualifier such as “free”, “monthly” or “by phone”, with no counterpart in the source.',
      messages: {
        added: 'This passage of the translation has no counterpart in the source.',
        qualifierAdded: '“{{phrase}}” changes what the sentence says, and the source does not say it.'
      }
    },
    es: {
      title: 'Pasaje añadido',
      description:
        'Un pasaje de la traducción (varias palabras, nombres o números), o un matiz como «gratuito», «mensual» o «por teléfono», sin equivalente en el original.',
      messages: {
        added: 'Este pasaje de la traducción no tiene equivalente en el original.',
        qualifierAdded: '“{{phrase}}” cambia lo que dice la oración, y el original no lo dice.'
      }
    }
  },
  run(ctx) {
    const out: RawFinding[] = []
    const segmentGaps = read(ctx, gapsAnalysis)
    for (const seg of ctx.document.segments) {
      if (seg.source.trim() === '' || seg.target.trim() === '') continue
      const gaps = segmentGaps(seg)
      for (const span of gaps.added) {
        out.push({ segment: seg.index, side: 'target', targetSpan: span, messageKey: 'added', confidence: 0.5 })
      }
      for (const span of gaps.qualifiers.added)
        out.push({
          segment: seg.index,
          side: 'target',
          targetSpan: span,
          messageKey: 'qualifierAdded',
          params: { phrase: span.text },
          confidence: 0.7
        })
    }
    return out
  }
}
