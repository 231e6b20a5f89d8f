import { paragraphRanges, words } from '../../text/lexicon/text'
import type { CheckDefinition, RawFinding } from '../engine/types'

/** Closing quotes, brackets and spaces that may follow the final mark. */
const TRAILING = /[\s"”’'»)\]]+$/u
const FINAL_MARK = /[.!?…:;]$/u

/** The final mark of a paragraph ('' when it has none), looking through closing quotes and brackets. */
function finalMark(paragraph: string): string {
  const bare = paragraph.replace(TRAILING, '')
  const m = FINAL_MARK.exec(bare)
  return m ? m[0] : ''
}

/** A paragraph long enough, or with a sentence inside, to be prose rather than a heading. */
function isProse(paragraph: string): boolean {
  const n = words(paragraph).length
  return n >= 25 || (n >= 12 && /[.!?][ \u00A0]+\p{Lu}/u.test(paragraph))
}

/** The last word with letters: where a reader sees the sentence stop short. */
function lastLetteredWord(text: string, offset: number): { start: number; end: number; text: string } | null {
  const last = words(text).at(-1)
  return last ? { start: offset + last.start, end: offset + last.end, text: last.text } : null
}

/**
 * Where the missing mark goes: an empty span at the end of the words, before closing quotes and
 * brackets, so accepting the suggestion inserts the mark and touches nothing else.
 */
function insertionPoint(text: string, offset: number): { start: number; end: number; text: string } {
  const at = offset + text.replace(TRAILING, '').length
  return { start: at, end: at, text: '' }
}

export const finalPunctuationCheck: CheckDefinition = {
  id: 'typography-final-punctuation',
  category: 'linguistic-conventions/punctuation',
  defaultSeverity: 'minor',
  enabledByDefault: true,
  languages: 'any',
  locality: 'segment',
  i18n: {
    en: {
      title: 'Missing final punctuation',
      description:
        'The translation ends without the final mark the source has; or prose ends without one on both sides.',
      messages: {
        missing: 'The source ends with "{{mark}}"; the translation has no final punctuation.',
        missingBoth: 'This paragraph ends without final punctuation, in the source as well.'
      }
    },
    es: {
      title: 'Falta la puntuación final',
      description:
        'La traducción termina sin el signo final que tiene el original; o un párrafo de prosa termina sin él en ambos lados.',
      messages: {
        missing: 'El original termina con «{{mark}}»; la traducción no tiene puntuación final.',
        missingBoth: 'Este párrafo termina sin puntuación final, también en el original.'
      }
    }
  },
  run(ctx) {
    const out: RawFinding[] = []
    for (const seg of ctx.document.segments) {
      if (seg.source.trim() === '' || seg.target.trim() === '') continue
      // The last paragraph of each side: a bead's inner paragraphs are compared by alignment, not here.
      const src = paragraphRanges(seg.source).at(-1)
      const tgt = paragraphRanges(seg.target).at(-1)
      if (!src || !tgt) continue
      const sMark = finalMark(src.text)
      const tMark = finalMark(tgt.text)
      if (tMark !== '') continue
      if (tgt.text.replace(TRAILING, '') === '') continue
      const insertAt = insertionPoint(tgt.text, tgt.start)
      if (sMark !== '') {
        out.push({
          segment: seg.index,
          side: 'target',
          targetSpan: insertAt,
          messageKey: 'missing',
          params: { mark: sMark },
          suggestion: sMark,
          confidence: 0.8
        })
      } else if (isProse(src.text) && isProse(tgt.text)) {
        // Both sides agree, so this is a query for the reviewer, not a fix to apply.
        const tWord = lastLetteredWord(tgt.text, tgt.start)
        const sWord = lastLetteredWord(src.text, src.start)
        if (!tWord) continue
        out.push({
          segment: seg.index,
          side: 'both',
          targetSpan: tWord,
          ...(sWord ? { sourceSpan: sWord } : {}),
          messageKey: 'missingBoth',
          params: {},
          confidence: 0.6
        })
      }
    }
    return out
  }
}
