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
      description: 'A passage of the translation (several words, names or numbers) with no counterpart in the source.',
      messages: { added: 'This passage of the translation has no counterpart in the source.' }
    },
    es: {
      title: 'Pasaje añadido',
      description: 'Un pasaje de la traducción (varias palabras, nombres o números) sin equivalente en el original.',
      messages: { added: 'Este pasaje de la traducción no tiene equivalente en el original.' }
    }
  },
  run(ctx) {
    const out: RawFinding[] = []
    const segmentGaps = read(ctx, gapsAnalysis)
    for (const seg of ctx.document.segments) {
      if (seg.source.trim() === '' || seg.target.trim() === '') continue
      for (const span of segmentGaps(seg).added) {
        out.push({ segment: seg.index, side: 'target', targetSpan: span, messageKey: 'added', confidence: 0.5 })
      }
    }
    return out
  }
}
