import type { Lang } from '../../domain/language'
import { segmentFacts } from '../engine/segment-facts'
import type { CheckDefinition, RawFinding } from '../engine/types'

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/** Letters and digits only: spacing and punctuation habits do not change how much was said. */
function size(s: string): number {
  let n = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    // ASCII decided by code; anything else (accented letters, other scripts) by the Unicode class.
    if (c < 128) {
      if ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)) n++
    } else if (LETTER_OR_DIGIT.test(s.charAt(i))) n++
  }
  return n
}

/** Expected log(target/source) without enough segments to learn it: English is shorter than Spanish. */
const PRIOR: Record<`${Lang}-${Lang}`, number> = {
  'es-en': Math.log(0.9),
  'en-es': Math.log(1.12),
  'es-es': 0,
  'en-en': 0
}
/** Segments needed to trust the document's own median and spread. */
const MIN_SEGMENTS = 8
/** Below a third of a log unit (about 30 % off) length differences are ordinary rewording. */
const MIN_DEVIATION = 0.33
const MAJOR_DEVIATION = 0.6
/** Letters the translation must be off by, so short segments do not trip the ratio. */
const MIN_LETTERS = 25
const MIN_LONGER_SIDE = 40

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2
}

export const lengthRatioCheck: CheckDefinition = {
  id: 'length-ratio',
  category: 'accuracy/omission',
  defaultSeverity: 'minor',
  enabledByDefault: true,
  languages: 'any',
  i18n: {
    en: {
      title: 'Length out of proportion',
      description: 'A translation much shorter or longer than its source, compared with the rest of the document.',
      messages: {
        shorter:
          'The translation is {{percent}} % shorter than this document’s translations usually are: something may be missing.',
        longer:
          'The translation is {{percent}} % longer than this document’s translations usually are: something may have been added.'
      }
    },
    es: {
      title: 'Longitud desproporcionada',
      description: 'Una traducción mucho más corta o más larga que su original, comparada con el resto del documento.',
      messages: {
        shorter: 'La traducción es un {{percent}} % más corta de lo habitual en este documento: puede faltar algo.',
        longer: 'La traducción es un {{percent}} % más larga de lo habitual en este documento: puede sobrar algo.'
      }
    }
  },
  run(ctx) {
    const doc = ctx.document
    // Sizes kept with each segment's facts: a re-check after an edit counts the edited one only.
    const eligible = doc.segments
      .map((seg) => {
        const sizes = segmentFacts(ctx, doc, seg, 'length-ratio:sizes', () => [size(seg.source), size(seg.target)])
        return { seg, s: sizes[0] as number, t: sizes[1] as number }
      })
      .filter((x) => x.s > 0 && x.t > 0 && Math.max(x.s, x.t) >= MIN_LONGER_SIDE)
    const logs = eligible.map((x) => Math.log(x.t / x.s))
    // A robust centre and spread of the document itself, once it has enough segments.
    const own = logs.length >= MIN_SEGMENTS
    const centre = own ? median(logs) : PRIOR[`${doc.sourceLang}-${doc.targetLang}`]
    const spread = own ? 1.4826 * median(logs.map((x) => Math.abs(x - centre))) : 0
    const threshold = Math.max(MIN_DEVIATION, 4 * spread)
    const out: RawFinding[] = []
    eligible.forEach((x, i) => {
      const dev = (logs[i] as number) - centre
      const expected = x.s * Math.exp(centre)
      if (Math.abs(dev) < threshold || Math.abs(x.t - expected) < MIN_LETTERS) return
      const shorter = dev < 0
      const percent = Math.round(Math.abs(1 - Math.exp(dev)) * 100)
      out.push({
        segment: x.seg.index,
        side: 'both',
        sourceSpan: { start: 0, end: x.seg.source.length, text: x.seg.source },
        targetSpan: { start: 0, end: x.seg.target.length, text: x.seg.target },
        messageKey: shorter ? 'shorter' : 'longer',
        params: { percent },
        category: shorter ? 'accuracy/omission' : 'accuracy/addition',
        confidence: Math.min(0.9, 0.5 + Math.abs(dev) / 2),
        ...(Math.abs(dev) >= MAJOR_DEVIATION ? { severity: 'major' as const } : {})
      })
    })
    return out
  }
}
