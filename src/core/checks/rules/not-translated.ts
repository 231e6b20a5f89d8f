import type { CheckDefinition, RawFinding, SegmentPair } from '../engine/types'

/** A segment with a source and an empty target. */
const sourceOnly = (seg: SegmentPair): boolean =>
  seg.sourceParagraphs.length > 0 &&
  seg.source.trim() !== '' &&
  (seg.targetParagraphs.length === 0 || seg.target.trim() === '')

/**
 * A segment of a file that came segmented (a CAT file, a TMX, Cotejo's bilingual export) whose
 * target is empty: not translated yet. No alignment made that segment, so it is no omitted
 * paragraph (the unaligned check leaves it here); one finding per segment.
 */
export const notTranslatedCheck: CheckDefinition = {
  id: 'not-translated',
  category: 'accuracy/untranslated',
  defaultSeverity: 'major',
  enabledByDefault: true,
  languages: 'any',
  locality: 'segment',
  i18n: {
    en: {
      title: 'Segment not translated',
      description: 'A segment of a CAT file or TMX whose target is empty: not translated yet.',
      messages: { empty: 'This segment is not translated yet.' }
    },
    es: {
      title: 'Segmento sin traducir',
      description: 'Un segmento de un archivo TAO o TMX con la traducción vacía: aún sin traducir.',
      messages: { empty: 'Este segmento aún no está traducido.' }
    }
  },
  run(ctx) {
    if (!ctx.document.segmented) return []
    return ctx.document.segments.filter(sourceOnly).map((seg): RawFinding => ({
      segment: seg.index,
      side: 'source',
      sourceSpan: { start: 0, end: seg.source.length, text: seg.source },
      messageKey: 'empty'
    }))
  }
}
