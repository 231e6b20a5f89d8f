import type { Lang } from '../../domain/language'
import { documentNumbersAnalysis, type SegmentNumbers } from '../analyses/numbers-document'
import { read } from '../engine/job-cache'
import { formatValue } from '../../text/numbers/format'
import { numberKey, type NumberMention } from '../../text/numbers/mention'
import { compareNumbers } from '../analyses/number-match'
import type { DecimalStyle } from '../../text/numbers/numerals'
import { segmentFindingsReading } from '../engine/segment-facts'
import type { CheckDefinition, RawFinding, SegmentPair } from '../engine/types'

type Issue = 'foreignSeparators' | 'spaceGrouping' | 'ungrouped' | 'middleDot' | 'mixedDecimal' | 'percentSpace'

interface Found {
  issue: Issue
  expected?: string
  confidence: number
}

const numericValues = (m: NumberMention): number[] =>
  m.keys.filter((k) => k.startsWith('n:')).map((k) => Number(k.slice(2)))

/** The value the source most likely means: its first reading. */
function sourceValue(s: NumberMention | undefined): number | undefined {
  return s ? numericValues(s)[0] : undefined
}

/**
 * What is wrong with how a target numeral is written, judged against the target language and the
 * source value it renders. Spanish accepts either decimal mark (Spain and Mexico differ), so only a
 * mark that contradicts the rest of the same translation counts there.
 */
function judge(t: NumberMention, s: NumberMention | undefined, lang: Lang, style: DecimalStyle): Found | null {
  const numeral = t.numeral
  if (!numeral) return null
  const { raw, reading } = numeral
  const value = sourceValue(s) ?? (reading.values.length === 1 ? reading.values[0] : undefined)
  // Keep the decimals the text wrote ("812,450.00"), but only where it wrote a decimal part.
  const tail = /(\d+)$/.exec(raw)?.[1]?.length
  const keepDecimals =
    reading.decimalSep !== undefined && value !== undefined && (tail !== 3 || !Number.isInteger(value))
      ? tail
      : undefined
  const expected =
    value === undefined ? undefined : formatValue(value, lang, lang === 'en' ? 'point' : style, keepDecimals)
  const withExpected = (issue: Issue, confidence: number): Found => ({
    issue,
    confidence,
    ...(expected ? { expected } : {})
  })
  if (reading.list) return null
  if (reading.decimalSep === '\u00B7' || /\s\u00B7|\u00B7\s/.test(raw)) {
    // Some English journals write 1·34; Spanish never does, and spaces around it are always wrong.
    const journalStyle = lang === 'en' && !/\s/.test(raw) && s?.numeral?.reading.decimalSep === '\u00B7'
    return journalStyle ? null : withExpected('middleDot', 0.9)
  }
  if (lang === 'en') {
    const sv = sourceValue(s)
    const confirmed = sv !== undefined && t.keys.includes(numberKey(sv))
    // Read the English way, the digits say something else than the source: "532.718" for 532,718.
    // Only an unambiguous source says what the digits mean: Spanish texts mix conventions too.
    const sourceCertain = s !== undefined && numericValues(s).length === 1
    const misread = confirmed && sourceCertain && reading.values.length > 1 && t.keys[0] !== numberKey(sv)
    // The digits copied as written, each side reading them its own way.
    const rawKey = `r:${raw}`
    const copied = sv !== undefined && !confirmed && t.keys.includes(rawKey) && s?.keys.includes(rawKey) === true
    if ((reading.decimalSep === ',' || reading.thousandsSep === '.') && confirmed) {
      return withExpected('foreignSeparators', 0.9)
    }
    if (misread || copied) return withExpected('foreignSeparators', 0.85)
    // SI style allows it, most English style guides do not: a hint, not an error.
    if (reading.thousandsSep === ' ') return withExpected('spaceGrouping', 0.5)
    if (/^\d{5,}$/.test(raw) && t.kind !== 'year' && s?.numeral?.reading.thousandsSep !== undefined && confirmed) {
      return withExpected('ungrouped', 0.5)
    }
    if (t.kind === 'percent' && /^\d[\d.,]*\s%/.test(t.text))
      return { issue: 'percentSpace', expected: t.text.replace(/\s%/, '%'), confidence: 0.7 }
    return null
  }
  const mark = reading.decimalSep
  const unambiguous = mark !== undefined && reading.values.length === 1 && !reading.thousandsSep
  if (unambiguous && ((style === 'comma' && mark === '.') || (style === 'point' && mark === ','))) {
    return withExpected('mixedDecimal', 0.7)
  }
  return null
}

/** How a target document writes percentages: with a space before % or without. */
function percentMajority(all: NumberMention[][]): 'space' | 'tight' | null {
  let space = 0
  let tight = 0
  for (const ms of all) {
    for (const m of ms) {
      if (m.kind !== 'percent' || !m.text.endsWith('%')) continue
      if (/\s%$/.test(m.text)) space++
      else tight++
    }
  }
  if (space > tight && tight > 0) return 'space'
  if (tight > space && space > 0) return 'tight'
  return null
}

/** Numbers written in the conventions of the other language, or inconsistently within the translation. */
export const numberFormatCheck: CheckDefinition = {
  id: 'number-format',
  category: 'locale-conventions/number-format',
  defaultSeverity: 'minor',
  enabledByDefault: true,
  languages: 'spanish-english',
  uses: [documentNumbersAnalysis],
  cost: 0.15,
  i18n: {
    en: {
      title: 'Number format',
      description: 'Decimal marks, thousands separators and percent signs that do not follow the target language.',
      messages: {
        foreignSeparators: '{{number}} keeps the separators of the source language; write {{expected}}.',
        spaceGrouping: '{{number}}: English groups thousands with commas ({{expected}}).',
        ungrouped: '{{number}}: group the thousands ({{expected}}).',
        middleDot: '{{number}}: use a decimal mark, not a middle dot ({{expected}}).',
        mixedDecimal: '{{number}} uses a different decimal mark from the rest of the translation ({{expected}}).',
        percentSpace: '{{number}}: the percent sign is spaced differently from the rest of the translation.'
      }
    },
    es: {
      title: 'Formato de números',
      description:
        'Separadores decimales y de miles o signos de porcentaje que no siguen las normas del idioma de la traducción.',
      messages: {
        foreignSeparators: '{{number}} conserva los separadores del idioma original; escriba {{expected}}.',
        spaceGrouping: '{{number}}: en inglés los miles se separan con comas ({{expected}}).',
        ungrouped: '{{number}}: separe los miles ({{expected}}).',
        middleDot: '{{number}}: use un separador decimal, no un punto medio ({{expected}}).',
        mixedDecimal: '{{number}} usa un separador decimal distinto del resto de la traducción ({{expected}}).',
        percentSpace:
          '{{number}}: el signo de porcentaje está espaciado de otra forma que en el resto de la traducción.'
      }
    }
  },
  run(ctx) {
    const doc = ctx.document
    const { styles, segments } = read(ctx, documentNumbersAnalysis)
    const majority = percentMajority([...segments.values()].map((s) => s.target))
    // A segment's findings read the document's styles and percent majority: kept while those hold.
    const documentWide = (key: string): string | null =>
      key === 'majority' ? majority : key === 'source' ? styles.source : styles.target
    return doc.segments.flatMap((seg) => {
      const found = segments.get(seg.index)
      if (!found || seg.target.trim() === '') return []
      return segmentFindingsReading(ctx, seg, 'number-format', documentWide, (readWide) => {
        readWide('source')
        const style = readWide('target') as DecimalStyle
        const percent = readWide('majority') as 'space' | 'tight' | null
        return formatFindings(seg, found, doc.targetLang, style, percent)
      })
    })
  }
}

/** The target numbers of one segment written against the language or the rest of the translation. */
function formatFindings(
  seg: SegmentPair,
  found: SegmentNumbers,
  lang: Lang,
  style: DecimalStyle,
  majority: 'space' | 'tight' | null
): RawFinding[] {
  const cmp = compareNumbers(
    { mentions: found.source, length: seg.source.length },
    { mentions: found.target, length: seg.target.length }
  )
  const counterpart = new Map(cmp.matched.map((p) => [p.target, p.source]))
  const out: RawFinding[] = []
  for (const t of found.target) {
    let issue = judge(t, counterpart.get(t), lang, style)
    if (!issue && majority && t.kind === 'percent' && t.text.endsWith('%')) {
      const spaced = /\s%$/.test(t.text)
      if ((majority === 'space') !== spaced) issue = { issue: 'percentSpace', confidence: 0.6 }
    }
    if (!issue) continue
    // Separator issues point at the digits alone, so the suggestion replaces exactly them.
    const digits = issue.issue !== 'percentSpace' && t.numeral ? t.numeral : null
    const span = digits
      ? { start: digits.start, end: digits.start + digits.raw.length, text: digits.raw }
      : { start: t.start, end: t.end, text: t.text }
    out.push({
      segment: seg.index,
      side: 'target',
      targetSpan: span,
      messageKey: issue.issue,
      params: { number: span.text, expected: issue.expected ?? '' },
      confidence: issue.confidence,
      ...(issue.expected ? { suggestion: issue.expected } : {})
    })
  }
  return out
}
