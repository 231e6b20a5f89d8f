import type { Lang } from '../../domain/language'
import { documentNumbersAnalysis } from '../analyses/numbers-document'
import { read } from '../engine/job-cache'
import type { NumberMention } from '../../text/numbers/mention'
import { sentencePieces } from '../../text/sentences'
import type { CheckDefinition, RawFinding } from '../engine/types'

/** "el 68 % de los jóvenes", "72% of the households": a share of a group, which cannot pass 100. */
const SHARE_AFTER: Record<Lang, RegExp> = {
  es: /^\s+de\s+(?:los|las|sus|estos|estas|esos|esas)\s/iu,
  en: /^\s+of\s+(?:the|all|its|their|these|those)\s/iu
}

/** "el 14 % restante", "the remaining 4%": the rest of a whole the sentence splits. */
const REST_AFTER: Record<Lang, RegExp> = { es: /^\s+restantes?\b/iu, en: /^\s+(?:remaining|left)\b/iu }
const REST_BEFORE: Record<Lang, RegExp> = { es: /\brestantes?\s+$/iu, en: /\b(?:remaining|other|rest of the)\s+$/iu }

const valueOf = (m: NumberMention): number | undefined => {
  const key = m.keys.find((k) => k.startsWith('n:'))
  return key === undefined ? undefined : Number(key.slice(2))
}

/** Percentages of the source that cannot be right, whatever the translation says. */
function impossible(text: string, lang: Lang, mentions: readonly NumberMention[]): Omit<RawFinding, 'segment'>[] {
  const percents = mentions.filter((m) => m.kind === 'percent' && m.keys.length === 1)
  if (percents.length === 0) return []
  const out: Omit<RawFinding, 'segment'>[] = []
  for (const m of percents) {
    const v = valueOf(m)
    if (v !== undefined && v > 100 && SHARE_AFTER[lang].test(text.slice(m.end, m.end + 20))) {
      out.push({ side: 'source', sourceSpan: span(text, m), messageKey: 'share', params: { value: m.text } })
    }
  }
  // A sentence that splits a whole in two: the part and the rest add up to 100.
  for (const s of sentencePieces(text, lang)) {
    const inSentence = percents.filter((m) => m.start >= s.start && m.end <= s.end)
    if (inSentence.length !== 2) continue
    const rest = inSentence.find(
      (m) =>
        REST_AFTER[lang].test(text.slice(m.end, m.end + 12)) ||
        REST_BEFORE[lang].test(text.slice(Math.max(0, m.start - 16), m.start))
    )
    const part = inSentence.find((m) => m !== rest)
    const a = part && valueOf(part)
    const b = rest && valueOf(rest)
    if (!rest || !part || a === undefined || b === undefined || Math.abs(a + b - 100) < 0.01) continue
    out.push({
      side: 'source',
      sourceSpan: span(text, rest),
      messageKey: 'rest',
      params: { part: part.text, rest: rest.text }
    })
  }
  return out
}

const span = (text: string, m: { start: number; end: number }): { start: number; end: number; text: string } => ({
  start: m.start,
  end: m.end,
  text: text.slice(m.start, m.end)
})

export const sourcePercentagesCheck: CheckDefinition = {
  id: 'source-percentages',
  category: 'source/error',
  defaultSeverity: 'major',
  enabledByDefault: true,
  languages: 'spanish-english',
  uses: [documentNumbersAnalysis],
  i18n: {
    en: {
      title: 'Impossible percentage in the source',
      description:
        'A share of a group above 100 %, or a part and "the remaining" share that do not add up to 100 %: query the author.',
      messages: {
        share: 'The source gives {{value}} of a group: a share cannot exceed 100 %.',
        rest: 'The source splits a whole into {{part}} and the remaining {{rest}}, which do not add up to 100 %.'
      }
    },
    es: {
      title: 'Porcentaje imposible en el original',
      description:
        'Una proporción de un grupo mayor que 100 %, o una parte y el porcentaje «restante» que no suman 100 %: consulte al autor.',
      messages: {
        share: 'El original da {{value}} de un grupo: una proporción no puede superar el 100 %.',
        rest: 'El original divide un total en {{part}} y el {{rest}} restante, que no suman 100 %.'
      }
    }
  },
  run(ctx) {
    const { segments } = read(ctx, documentNumbersAnalysis)
    const out: RawFinding[] = []
    for (const seg of ctx.document.segments) {
      const found = segments.get(seg.index)
      if (!found || seg.source.trim() === '') continue
      for (const f of impossible(seg.source, ctx.document.sourceLang, found.source))
        out.push({ ...f, segment: seg.index })
    }
    return out
  }
}
