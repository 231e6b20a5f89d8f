import { documentNumbersAnalysis, type SegmentNumbers } from '../analyses/numbers-document'
import { read } from '../engine/job-cache'
import { formatValue } from '../../text/numbers/format'
import type { NumberMention } from '../../text/numbers/mention'
import { compareNumbers } from '../analyses/number-match'
import type { CheckDefinition, RawFinding, SegmentPair } from '../engine/types'
import { segmentFindings } from '../engine/segment-facts'
import { appendAll } from '../../collections/arrays'
import type { Lang } from '../../domain/language'
import type { DecimalStyle } from '../../text/numbers/numerals'
import type { Span } from '../../domain/findings'

const span = (m: { start: number; end: number }, text: string): Span => ({
  start: m.start,
  end: m.end,
  text: text.slice(m.start, m.end)
})

/** Three or more numbers missing in a row read as one dropped passage, reported once. */
const RUN = 3

function groupRuns(missing: NumberMention[], matchedStarts: number[]): NumberMention[][] {
  const runs: NumberMention[][] = []
  let run: NumberMention[] = []
  for (const m of missing) {
    const prev = run[run.length - 1]
    const broken = prev !== undefined && matchedStarts.some((s) => s > prev.start && s < m.start)
    if (broken) {
      runs.push(run)
      run = []
    }
    run.push(m)
  }
  if (run.length > 0) runs.push(run)
  return runs
}

/** Numbers by value: missing, extra and changed numbers, currencies and months between source and target. */
export const numbersCheck: CheckDefinition = {
  id: 'numbers',
  category: 'accuracy/mistranslation',
  defaultSeverity: 'major',
  enabledByDefault: true,
  languages: 'any',
  uses: [documentNumbersAnalysis],
  cost: 0.9,
  i18n: {
    en: {
      title: 'Numbers',
      description: 'Numbers, amounts, percentages, dates and ordinals that differ between source and translation.',
      messages: {
        changed: 'The source says {{source}}; the translation says {{target}}.',
        missing: 'The number {{number}} of the source is missing from the translation.',
        missingMany: '{{count}} numbers of the source are missing from the translation: {{numbers}}.',
        extra: 'The translation has the number {{number}}, which the source does not.',
        currency: 'The currency changed: {{source}} in the source, {{target}} in the translation.',
        month: 'The month changed: {{source}} in the source, {{target}} in the translation.'
      }
    },
    es: {
      title: 'Números',
      description: 'Números, montos, porcentajes, fechas y ordinales que difieren entre el original y la traducción.',
      messages: {
        changed: 'El original dice {{source}}; la traducción dice {{target}}.',
        missing: 'Falta en la traducción el número {{number}} del original.',
        missingMany: 'Faltan en la traducción {{count}} números del original: {{numbers}}.',
        extra: 'La traducción tiene el número {{number}}, que no está en el original.',
        currency: 'Cambió la moneda: {{source}} en el original, {{target}} en la traducción.',
        month: 'Cambió el mes: {{source}} en el original, {{target}} en la traducción.'
      }
    }
  },
  run(ctx) {
    const doc = ctx.document
    const { styles, segments } = read(ctx, documentNumbersAnalysis)
    const out: RawFinding[] = []
    const id = `numbers:${styles.source}:${styles.target}`
    for (const seg of doc.segments) {
      // An empty side is the unaligned check's finding, not a list of missing numbers.
      if (seg.source.trim() === '' || seg.target.trim() === '') continue
      const found = segments.get(seg.index)
      if (!found) continue
      appendAll(
        out,
        segmentFindings(ctx, seg, id, () => numberFindings(seg, found, doc.targetLang, styles.target))
      )
    }
    return out
  }
}

/** One segment's findings, from its mentions read with the document's styles. */
function numberFindings(
  seg: SegmentPair,
  found: SegmentNumbers,
  targetLang: Lang,
  targetStyle: DecimalStyle
): RawFinding[] {
  const out: RawFinding[] = []
  const cmp = compareNumbers(
    { mentions: found.source, length: seg.source.length },
    { mentions: found.target, length: seg.target.length }
  )

  for (const { source, target } of cmp.changed) {
    // "27,3 millones" copied as it stands: untranslated text, the untranslated check's finding.
    if (/\p{L}/u.test(source.text) && seg.target.includes(source.text)) continue
    const plainTarget = target.numeral !== undefined && target.text === target.numeral.raw && source.keys.length === 1
    const value = Number((source.keys[0] as string).slice(2))
    out.push({
      segment: seg.index,
      side: 'both',
      sourceSpan: span(source, seg.source),
      targetSpan: span(target, seg.target),
      messageKey: 'changed',
      params: { source: source.text, target: target.text },
      confidence: source.hard && target.hard ? 0.9 : 0.7,
      ...(plainTarget && Number.isFinite(value) ? { suggestion: formatValue(value, targetLang, targetStyle) } : {})
    })
  }

  const matchedStarts = cmp.matched.map((p) => p.source.start)
  for (const run of groupRuns(cmp.missing, matchedStarts)) {
    const first = run[0] as NumberMention
    const last = run[run.length - 1] as NumberMention
    if (run.length >= RUN) {
      out.push({
        segment: seg.index,
        side: 'source',
        sourceSpan: span({ start: first.start, end: last.end }, seg.source),
        messageKey: 'missingMany',
        params: { count: run.length, numbers: run.map((m) => m.text).join(', ') },
        category: 'accuracy/omission',
        confidence: 0.9
      })
      continue
    }
    for (const m of run) {
      const year = m.kind === 'year'
      out.push({
        segment: seg.index,
        side: 'source',
        sourceSpan: span(m, seg.source),
        messageKey: 'missing',
        params: { number: m.text },
        category: 'accuracy/omission',
        // A year often becomes "this year" or "last year": worth a look, rarely an error.
        ...(year ? { severity: 'minor' as const, confidence: 0.5 } : { confidence: 0.8 })
      })
    }
  }

  for (const m of cmp.extra) {
    out.push({
      segment: seg.index,
      side: 'target',
      targetSpan: span(m, seg.target),
      messageKey: 'extra',
      params: { number: m.text },
      category: 'accuracy/addition',
      severity: 'minor',
      confidence: 0.6
    })
  }

  for (const { source, target } of cmp.currency) {
    out.push({
      segment: seg.index,
      side: 'both',
      sourceSpan: span(source, seg.source),
      targetSpan: span(target, seg.target),
      messageKey: 'currency',
      params: { source: source.currency ?? '', target: target.currency ?? '' },
      confidence: 0.8
    })
  }

  for (const { source, target } of cmp.months) {
    out.push({
      segment: seg.index,
      side: 'both',
      sourceSpan: span(source, seg.source),
      targetSpan: span(target, seg.target),
      messageKey: 'month',
      params: { source: source.text, target: target.text },
      confidence: 0.85
    })
  }
  return out
}
