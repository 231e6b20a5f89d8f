import type { CheckDefinition, RawFinding, SegmentPair } from '../engine/types'
import { PARAGRAPH_JOINER } from '../../domain/document'
import type { Span } from '../../domain/findings'

/** Below this many words a lone sentence is too often a heading, a dateline or a merged fragment. */
const MIN_WORDS = 6
/** The engine's confidence that the sentence really has no counterpart. */
const MIN_CONFIDENCE = 0.8
/**
 * A lower confidence that will do for a lone sentence between two sentences matched one to one
 * with near certainty, in a translation shorter (or longer) than its source by about that sentence:
 * the rest of the paragraph is in step, so the sentence has nowhere else to be.
 */
const SANDWICHED_CONFIDENCE = 0.65
const FIRM_LINK = 0.95
/** Length ratio of two sentences that read as each other's translation, for skipping the alignment. */
const SENTENCE_RATIO = [0.6, 1.6] as const

const words = (text: string): number => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0

/** Each sentence of one side of a segment as a span of the segment's joined text. */
export function sentenceSpans(text: string, bounds: ReadonlyArray<ReadonlyArray<readonly [number, number]>>): Span[] {
  const paragraphs = text.split(PARAGRAPH_JOINER)
  const spans: Span[] = []
  let offset = 0
  bounds.forEach((sentences, p) => {
    for (const [start, end] of sentences)
      spans.push({ start: offset + start, end: offset + end, text: text.slice(offset + start, offset + end) })
    offset += (paragraphs[p]?.length ?? 0) + PARAGRAPH_JOINER.length
  })
  return spans
}

/**
 * A sentence left out of the translation (or added to it) inside a paragraph that is otherwise
 * translated: the sentence alignment finds it with no counterpart. Paragraph-level gaps are the
 * `unaligned` check's; this one sees the dropped sentence in the middle of a paragraph.
 */
export const unalignedSentenceCheck: CheckDefinition = {
  id: 'unaligned-sentence',
  cost: 0.5,
  category: 'accuracy/omission',
  defaultSeverity: 'major',
  enabledByDefault: true,
  languages: 'spanish-english',
  locality: 'segment',
  i18n: {
    en: {
      title: 'Sentence omitted or added',
      description: 'A sentence of the source with no counterpart in the translation, or a sentence added to it.',
      messages: {
        omitted: 'This sentence of the source has no counterpart in the translation.',
        added: 'This sentence of the translation has no counterpart in the source.'
      }
    },
    es: {
      title: 'Oración omitida o añadida',
      description: 'Una oración del original sin equivalente en la traducción, o una oración añadida en ella.',
      messages: {
        omitted: 'Esta oración del original no tiene equivalente en la traducción.',
        added: 'Esta oración de la traducción no tiene equivalente en el original.'
      }
    }
  },
  run(ctx) {
    const out: RawFinding[] = []
    const check = (seg: SegmentPair): void => {
      if (seg.source.trim() === '' || seg.target.trim() === '') return
      const sourceSentences = sentenceSpans(seg.source, seg.sentences.source)
      const targetSentences = sentenceSpans(seg.target, seg.sentences.target)
      // One sentence a side: a lone sentence there is the paragraph-level checks' business.
      if (sourceSentences.length + targetSentences.length < 3) return
      // As many sentences on both sides and lengths in proportion, as a whole or sentence by
      // sentence: nothing can be missing. A gap hidden by a split elsewhere puts some sentence out
      // of proportion.
      if (sourceSentences.length === targetSentences.length) {
        const ratio = seg.target.length / seg.source.length
        if (ratio > 0.85 && ratio < 1.15) return
        const inStep = sourceSentences.every((s, i) => {
          const r = (targetSentences[i] as Span).text.length / s.text.length
          return r > SENTENCE_RATIO[0] && r < SENTENCE_RATIO[1]
        })
        if (inStep && ratio > 0.7 && ratio < 1.4) return
      }
      const links = seg.sentences.links
      const firm = (k: number): boolean => {
        const l = links[k]
        return l === undefined || (l.source.length === 1 && l.target.length === 1 && l.confidence >= FIRM_LINK)
      }
      // Without the lone sentence, the two sides are of a translation's length.
      const balanced = (span: Span, omitted: boolean): boolean => {
        const r = omitted
          ? seg.target.length / Math.max(1, seg.source.length - span.text.length)
          : (seg.target.length - span.text.length) / Math.max(1, seg.source.length)
        return r > 0.7 && r < 1.4
      }
      links.forEach((bead, k) => {
        const sandwiched = bead.confidence >= SANDWICHED_CONFIDENCE && firm(k - 1) && firm(k + 1)
        if (bead.confidence < MIN_CONFIDENCE && !sandwiched) return
        // A lone sentence on one side: omitted from the translation, or added to it.
        const omitted = bead.source.length === 1 && bead.target.length === 0
        if (!omitted && !(bead.source.length === 0 && bead.target.length === 1)) return
        const span = omitted ? sourceSentences[bead.source[0]!] : targetSentences[bead.target[0]!]
        if (!span || words(span.text) < MIN_WORDS) return
        if (bead.confidence < MIN_CONFIDENCE && !balanced(span, omitted)) return
        out.push(
          omitted
            ? {
                segment: seg.index,
                side: 'source',
                sourceSpan: span,
                messageKey: 'omitted',
                confidence: bead.confidence
              }
            : {
                segment: seg.index,
                side: 'target',
                targetSpan: span,
                messageKey: 'added',
                category: 'accuracy/addition',
                severity: 'minor',
                confidence: bead.confidence
              }
        )
      })
    }
    for (const seg of ctx.document.segments) check(seg)
    return out
  }
}
