import { primaryLanguage, type Side } from '../../domain/language'
import { onBothSides, type Detection, type SideText } from '../engine/sides'
import { segmentFacts } from '../engine/segment-facts'
import type { CheckContext, CheckDefinition } from '../engine/types'

/** A space before , . ) ] — not an ellipsis (" ...") nor a decimal or domain (" .5", " .pe"). */
const BEFORE_CLOSING = /(?<=[\p{L}\p{N}%)\]"”»'’])[ \u00A0]+([,)\]]|\.(?![.\p{L}\p{N}]))/gu
/** A space before : ; ! ?, which French typography puts there on purpose. */
const BEFORE_HIGH = /(?<=[\p{L}\p{N})\]"”»])[ \u00A0]+([:;!?])(?=\s|$)/gu
const TIGHT_HIGH = /[\p{L}\p{N})\]"”»][:;!?](?=\s|$)/gu
/** A space after an opening bracket or Spanish opening mark: "( texto", "¿ qué". */
const AFTER_OPENING = /([([¿¡])[ \u00A0]+(?=[\p{L}\p{N}])/gu
/** English "Burkitt 's" from tokenised machine output. */
const BEFORE_POSSESSIVE = /(?<=\p{L})[ \u00A0]+(['’]s)(?!\p{L})/gu

function collect(re: RegExp, text: string): RegExpExecArray[] {
  re.lastIndex = 0
  const out: RegExpExecArray[] = []
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m)
  return out
}

/**
 * True when a side writes "mot :" consistently (two or more, and more than "mot:"). Each segment's
 * counts are kept in its facts; the "mot:" ones are counted only once there are two "mot :".
 */
function frenchSpacing(ctx: CheckContext, side: Side): boolean {
  const { document } = ctx
  const text = (s: (typeof document.segments)[number]): string => (side === 'source' ? s.source : s.target)
  let spaced = 0
  for (const s of document.segments)
    spaced += segmentFacts(ctx, document, s, SPACED[side], () =>
      / [:;!?]/.test(text(s)) ? collect(BEFORE_HIGH, text(s)).length : 0
    )
  if (spaced < 2) return false
  let tight = 0
  for (const s of document.segments)
    tight += segmentFacts(ctx, document, s, TIGHT[side], () => collect(TIGHT_HIGH, text(s)).length)
  return spaced > tight
}

const SPACED: Record<Side, string> = { source: 'spaced-high:source', target: 'spaced-high:target' }
const TIGHT: Record<Side, string> = { source: 'tight-high:source', target: 'tight-high:target' }

/** Cheap test first: most paragraphs have no space next to a mark at all. */
const ANY = /[ \u00A0][,.;:!?)\]'’]|[([¿¡][ \u00A0]/

function detector(french: Record<Side, boolean>) {
  return ({ text, lang, side }: SideText): Detection[] => {
    const out: Detection[] = []
    if (!ANY.test(text)) return out
    const push = (
      start: number,
      end: number,
      key: string,
      mark: string,
      suggestion: string,
      confidence: number
    ): void => {
      out.push({ start, end, messageKey: key, params: { mark }, suggestion, confidence })
    }
    for (const m of collect(BEFORE_CLOSING, text)) {
      const mark = m[1] as string
      push(m.index, m.index + m[0].length, 'before', mark, mark, 0.9)
    }
    if (!french[side]) {
      for (const m of collect(BEFORE_HIGH, text)) {
        const mark = m[1] as string
        push(m.index, m.index + m[0].length, 'before', mark, mark, 0.75)
      }
    }
    for (const m of collect(AFTER_OPENING, text)) {
      const mark = m[1] as string
      push(m.index, m.index + m[0].length, 'after', mark, mark, 0.85)
    }
    if (lang === 'en') {
      for (const m of collect(BEFORE_POSSESSIVE, text)) {
        const mark = m[1] as string
        push(m.index, m.index + m[0].length, 'before', mark, mark, 0.85)
      }
    }
    return out
  }
}

export const spaceBeforePunctuationCheck: CheckDefinition = {
  id: 'typography-space-before-punctuation',
  category: 'linguistic-conventions/punctuation',
  defaultSeverity: 'minor',
  enabledByDefault: true,
  languages: 'any',
  i18n: {
    en: {
      title: 'Space before punctuation',
      description: 'A space before a comma, full stop or closing bracket, or after an opening one.',
      messages: {
        before: 'Space before "{{mark}}".',
        after: 'Space after "{{mark}}".'
      }
    },
    es: {
      title: 'Espacio antes de un signo',
      description: 'Un espacio antes de una coma, un punto o un cierre de paréntesis, o después de una apertura.',
      messages: {
        before: 'Espacio antes de «{{mark}}».',
        after: 'Espacio después de «{{mark}}».'
      }
    }
  },
  run(ctx) {
    const { sourceTag, targetTag } = ctx.document
    // French puts a space before : ; ! ? by rule; other sides are French-spaced when they do so throughout.
    const french = {
      source: primaryLanguage(sourceTag) === 'fr' || frenchSpacing(ctx, 'source'),
      target: primaryLanguage(targetTag) === 'fr' || frenchSpacing(ctx, 'target')
    }
    // What the detector reads besides a text: whether each side is French-spaced.
    const kept = `space-before-punctuation:${french.source}:${french.target}`
    return onBothSides(ctx, detector(french), undefined, kept)
  }
}
