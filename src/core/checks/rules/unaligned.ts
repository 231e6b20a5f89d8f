import type { CheckDefinition, RawFinding } from '../engine/types'

/**
 * A bead with text on one side only: a paragraph left out of the translation, or one added to it.
 * In a document whose file set the segments, an empty target is a segment not translated yet
 * (./not-translated.ts), not an alignment gap.
 */
export const unalignedCheck: CheckDefinition = {
  id: 'unaligned',
  category: 'accuracy/omission',
  defaultSeverity: 'major',
  enabledByDefault: true,
  languages: 'any',
  locality: 'segment',
  i18n: {
    en: {
      title: 'Paragraph omitted or added',
      description: 'A source paragraph with no translation, or a translated paragraph with no source.',
      messages: {
        omitted: 'This source paragraph has no translation.',
        added: 'This paragraph of the translation has no source.'
      }
    },
    es: {
      title: 'Párrafo omitido o añadido',
      description: 'Un párrafo del original sin traducción, o un párrafo de la traducción sin original.',
      messages: {
        omitted: 'Este párrafo del original no tiene traducción.',
        added: 'Este párrafo de la traducción no tiene original.'
      }
    }
  },
  run(ctx) {
    const out: RawFinding[] = []
    for (const seg of ctx.document.segments) {
      const hasSource = seg.sourceParagraphs.length > 0 && seg.source.trim() !== ''
      const hasTarget = seg.targetParagraphs.length > 0 && seg.target.trim() !== ''
      if (hasSource && !hasTarget && !ctx.document.segmented) {
        out.push({
          segment: seg.index,
          side: 'source',
          sourceSpan: { start: 0, end: seg.source.length, text: seg.source },
          messageKey: 'omitted',
          confidence: 0.95
        })
      } else if (hasTarget && !hasSource) {
        out.push({
          segment: seg.index,
          side: 'target',
          targetSpan: { start: 0, end: seg.target.length, text: seg.target },
          messageKey: 'added',
          category: 'accuracy/addition',
          confidence: 0.9
        })
      }
    }
    return out
  }
}
