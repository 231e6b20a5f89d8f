/**
 * Finds every number in a text with the values it can stand for: digits in any convention, with
 * scale words ("4 mil", "1,5 millones"), percentages, currencies, ordinals, clock times, number words
 * ("treinta y seis", "a million"), Roman numerals in context and month names next to a day or year.
 */
import type { Lang } from '../../domain/language'
import { monthNumber, monthWords } from '../lexicon/months'
import { fold, isAscii } from '../normalize'
import type { TextAnalyzer } from '../analyzer'
import { tokenize as sharedTokens } from '../tokenize'
import { factsOf } from '../word-forms'
import { numberKey, type Currency, type MentionKind, type NumberMention } from './mention'
import { NUMERAL_SOURCE, readNumeral, type DecimalStyle } from './numerals'
import { romanInContext, romanValue } from './roman'
import { CardinalBuilder, scaleAbbreviation, wordTables, type WordTables } from './words'

interface Range {
  start: number
  end: number
}

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s)]+|[\w.+-]+@[\w-]+\.[\w.]+|#\w+/gu
/** "10:30", "15:00 horas", "10:30 a.m.": hour and minutes, with an optional half of the day. */
const HHMM_RE =
  /(?<![\d.,:])([01]?\d|2[0-4]):([0-5]\d)(?![\d:])(?:\s*(?:([ap])\.?\s?m\.?(?!\p{L})|(?:horas|hrs?\.?|h)(?!\p{L})))?/giu
/** "3 p.m.", "10.30 a.m.", "10.30 horas", "10h30". */
const HOUR_RE = /(?<![\d.,:])(1[0-2]|0?[1-9])(?:[.:]([0-5]\d))?\s*([ap])\.?\s?m\.?(?!\p{L})/giu
const HOUR_DOT_RE = /(?<![\d.,:])([01]?\d|2[0-3])[.h]\s?([0-5]\d)\s*(?:horas|hrs?\.?|h)(?!\p{L})/giu
/** "a las 22.30", "desde las 9.15.": a Spanish clock time after "las" (a full stop may end the sentence). */
const LAS_RE = /(?<=\blas\s)([01]?\d|2[0-3])[.:]([0-5]\d)(?![\d]|[.,]\d)/giu
/** What every match of LAS_RE holds: cheap to look for, where LAS_RE's lookbehind is tried at every digit. */
const LAS_HINT = /las\s\d/iu
const NUMERAL_RE = new RegExp(String.raw`(?<![\d])${NUMERAL_SOURCE}`, 'gu')
const WORD_RE = /\p{L}+/gu

const CURRENCY_BEFORE = /(?<!\p{L})(S\/\.?|US\$|U\$S|USD|PEN|EUR|GBP|MXN|COP|CLP|ARS|\$|€|£)\s?$/u
const CURRENCY_AFTER =
  /^\s*(?:de\s+)?(nuevos\s+soles|soles|sol|d[oó]lares|euros?|pesos|libras|dollars?|pounds|€|US\$|USD|PEN|EUR)(?!\p{L})/iu
const CURRENCY_CODES: Record<string, Currency> = {
  's/': 'PEN',
  's/.': 'PEN',
  pen: 'PEN',
  soles: 'PEN',
  sol: 'PEN',
  'nuevos soles': 'PEN',
  us$: 'USD',
  u$s: 'USD',
  usd: 'USD',
  dolares: 'USD',
  dollars: 'USD',
  dollar: 'USD',
  $: '$',
  '€': 'EUR',
  eur: 'EUR',
  euros: 'EUR',
  euro: 'EUR',
  '£': 'GBP',
  gbp: 'GBP',
  libras: 'GBP',
  pounds: 'GBP',
  mxn: 'MXN',
  cop: 'COP',
  clp: 'CLP',
  ars: 'ARS',
  pesos: '$'
}
const PERCENT_AFTER = /^(?:\s?%|\s+(?:por\s?ciento|percent|per\s+cent|pct)(?!\p{L}))/iu
const ORDINAL_AFTER: Record<Lang, RegExp> = {
  en: /^(?:st|nd|rd|th)(?!\p{L})/iu,
  es: /^(?:\.?[ºª]|°(?!\s?[CFK](?!\p{L}))|\.°|er|ra|ro|do|da|to|ta|vo|va|mo|ma|no|na)(?!\p{L})/u
}
/** Units written against the digits ("10km", "5mg", "39°C"): the number is still a quantity. */
const GLUED_UNITS = new Set([
  'km',
  'kg',
  'g',
  'mg',
  'mcg',
  'ug',
  'µg',
  'ml',
  'l',
  'cm',
  'mm',
  'm',
  'h',
  'hr',
  'hrs',
  'min',
  's',
  'ms',
  'x',
  'mw',
  'kw',
  'gb',
  'mb',
  'tb',
  'hz',
  'ghz',
  'ha',
  'km2',
  'am',
  'pm'
])
const LIST_MARKER_AFTER = /^(?:[.)]\s|\.-)/

const inRanges = (ranges: readonly Range[], start: number, end: number): boolean =>
  ranges.length > 0 && ranges.some((r) => start < r.end && end > r.start)

function collect(re: RegExp, text: string): RegExpExecArray[] {
  re.lastIndex = 0
  const out: RegExpExecArray[] = []
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m)
  return out
}

function timeMention(
  text: string,
  start: number,
  end: number,
  hour: number,
  minute: number,
  half?: string
): NumberMention {
  const hours: number[] = []
  if (half) hours.push((hour % 12) + (half.toLowerCase() === 'p' ? 12 : 0))
  else {
    hours.push(hour % 24)
    if (hour >= 1 && hour < 12) hours.push(hour + 12)
  }
  const mm = String(minute).padStart(2, '0')
  const keys = new Set(hours.flatMap((h) => [`t:${h}:${mm}`, numberKey(h)]))
  keys.add(numberKey(hour))
  // "a las 5.13" may be rendered "at 5.13", which reads as a decimal in English.
  if (/^\d{1,2}\.\d{2}$/.test(text.slice(start, end).trim())) keys.add(numberKey(Number(`${hour}.${mm}`)))
  return { start, end, text: text.slice(start, end), kind: 'time', keys: [...keys], hard: true }
}

function findTimes(text: string): NumberMention[] {
  const out: NumberMention[] = []
  const taken: Range[] = []
  const push = (m: NumberMention): void => {
    if (inRanges(taken, m.start, m.end)) return
    taken.push(m)
    out.push(m)
  }
  for (const m of collect(HHMM_RE, text)) {
    push(timeMention(text, m.index, m.index + m[0].trimEnd().length, Number(m[1]), Number(m[2]), m[3]))
  }
  for (const m of collect(HOUR_RE, text)) {
    push(timeMention(text, m.index, m.index + m[0].length, Number(m[1]), Number(m[2] ?? 0), m[3]))
  }
  for (const m of collect(HOUR_DOT_RE, text)) {
    push(timeMention(text, m.index, m.index + m[0].length, Number(m[1]), Number(m[2])))
  }
  for (const m of LAS_HINT.test(text) ? collect(LAS_RE, text) : []) {
    push(timeMention(text, m.index, m.index + m[0].length, Number(m[1]), Number(m[2])))
  }
  return out
}

function currencyOf(raw: string | undefined): Currency | undefined {
  if (raw === undefined) return undefined
  return CURRENCY_CODES[fold(raw).replace(/\s+/g, ' ')]
}

const isParagraphStart = (text: string, at: number): boolean => {
  const before = text.slice(Math.max(0, at - 2), at)
  return at === 0 || before === '\n\n'
}

/** Digits and what is written against them. */
function findNumerals(text: string, lang: Lang, style: DecimalStyle, skip: readonly Range[]): NumberMention[] {
  const tables = wordTables(lang)
  const out: NumberMention[] = []
  for (const m of collect(NUMERAL_RE, text)) {
    const raw = m[0]
    const ns = m.index
    const ne = ns + raw.length
    if (inRanges(skip, ns, ne)) continue
    const before = text[ns - 1] ?? ''
    const before2 = text[ns - 2] ?? ''
    const letter = /\p{L}/u
    // "CD4", "H1N1", "COVID-19": part of a name or code, matched but never reported.
    // "4x50m" multiplies: the x is no letter of a code.
    const times = (before === 'x' || before === '×') && /\d/.test(before2)
    const codePart =
      (letter.test(before) && !times) || ((before === '-' || before === '\u2010') && letter.test(before2))
    const reading = readNumeral(raw, style)
    if (reading.list) {
      let offset = ns
      for (const group of raw.split(/[^\d]+/)) {
        const at = text.indexOf(group, offset)
        offset = at + group.length
        out.push({
          start: at,
          end: at + group.length,
          text: group,
          kind: 'number',
          keys: [numberKey(Number(group))],
          hard: !codePart
        })
      }
      continue
    }

    let end = ne
    let kind: MentionKind = 'number'
    let hard = !codePart
    let values = reading.values
    const prefix = CURRENCY_BEFORE.exec(text.slice(Math.max(0, ns - 6), ns))
    let currency = currencyOf(prefix?.[1])
    const start = prefix ? ns - prefix[0].length : ns

    // Scale words: "4 mil", "1,5 millones", "3 mil millones", "2.5 billion", "150-million", "US$ 5M".
    let scale = 1
    for (;;) {
      const w = /^([ \u00A0]*|-)(\p{L}+)/u.exec(text.slice(end, end + 20))
      if (!w) break
      const word = fold(w[2] as string)
      const full = tables.scales[word]
      const abbr = scaleAbbreviation(word)
      // "5M" could be metres: short abbreviations count only next to a currency.
      const abbrOk = abbr !== undefined && (currency !== undefined || (abbr !== 1e6 && w[1] === '') || word.length > 2)
      if (full !== undefined && full !== 100) scale *= full
      else if (abbrOk && scale === 1) scale *= abbr
      else break
      end += w[0].length
    }
    // "7 millones y medio": half a unit of the scale more.
    const half = scale !== 1 ? /^\s+y\s+medio(?!\p{L})/u.exec(text.slice(end, end + 12)) : null
    if (half) end += half[0].length
    if (scale !== 1) {
      values = values.map((v) => (v + (half ? 0.5 : 0)) * scale)
    } else {
      const after = text.slice(end, end + 12)
      const ord = ORDINAL_AFTER[lang].exec(after)
      const glued = /^\p{L}+/u.exec(after)
      if (ord && !reading.decimalSep && !reading.thousandsSep) {
        kind = 'ordinal'
        end += ord[0].length
      } else if (glued) {
        const unit = (glued[0] as string).toLowerCase()
        const codeAfter = /^\p{L}+[\d-]/u.test(after)
        if (unit === 's' && raw.length === 4) {
          kind = 'year'
          values = [...values, Number(raw) % 100]
          end += 1
        } else if (codeAfter || !GLUED_UNITS.has(unit)) hard = false
      }
    }
    const pct = PERCENT_AFTER.exec(text.slice(end, end + 14))
    if (pct) {
      kind = 'percent'
      end += pct[0].length
    }
    const suffix = CURRENCY_AFTER.exec(text.slice(end, end + 30))
    if (suffix && !pct) {
      currency ??= currencyOf(suffix[1])
      end += suffix[0].length
    }
    if (
      kind === 'number' &&
      !currency &&
      scale === 1 &&
      /^\d{4}$/.test(raw) &&
      Number(raw) >= 1900 &&
      Number(raw) <= 2100
    ) {
      kind = 'year'
    }
    if (isParagraphStart(text, ns) && LIST_MARKER_AFTER.test(text.slice(ne, ne + 3)) && Number(raw) < 100) hard = false
    out.push({
      start,
      end,
      text: text.slice(start, end),
      kind,
      // The same digits on both sides match whatever each side's convention makes of them: a copied
      // "532.718" is a format question (number-format), not a changed value.
      keys:
        scale === 1 && (reading.thousandsSep || reading.decimalSep || reading.values.length > 1)
          ? [...values.map(numberKey), `r:${raw}`]
          : values.map(numberKey),
      hard,
      ...(currency ? { currency } : {}),
      numeral: { raw, start: ns, reading }
    })
  }
  return out
}

interface Token {
  start: number
  end: number
  text: string
  folded: string
}

/** Every word a number phrase, an ordinal, a stand-in or a date can be made of, per language. */
const VOCABULARY: Record<Lang, ReadonlySet<string>> = {
  es: vocabulary('es'),
  en: vocabulary('en')
}

function vocabulary(lang: Lang): Set<string> {
  const t = wordTables(lang)
  return new Set([
    ...Object.keys(t.units),
    ...Object.keys(t.scales),
    ...Object.keys(t.ordinals),
    ...Object.keys(t.standIns),
    ...t.articles,
    t.connector,
    ...monthWords(lang)
  ])
}

/**
 * First letters (ASCII only) and the longest length of each language's number vocabulary: most
 * words of a text are ruled out by these two, without folding them.
 */
const SCREEN: Record<Lang, { initials: ReadonlySet<number>; longest: number }> = {
  es: screen(VOCABULARY.es),
  en: screen(VOCABULARY.en)
}

function screen(words: ReadonlySet<string>): { initials: Set<number>; longest: number } {
  const initials = new Set<number>()
  let longest = 0
  for (const w of words) {
    initials.add(w.charCodeAt(0))
    longest = Math.max(longest, w.length)
  }
  return { initials, longest }
}

/** Could be a word of the number vocabulary (folding never changes an ASCII initial). */
function mayBeNumberWord(word: string, lang: Lang): boolean {
  const { initials, longest } = SCREEN[lang]
  if (word.length > longest + 2) return false
  const c = word.charCodeAt(0)
  return c >= 128 || initials.has(c | 32)
}

/** Words (letter runs) of a text. */
function tokenize(text: string): Token[] {
  const out: Token[] = []
  WORD_RE.lastIndex = 0
  for (let m = WORD_RE.exec(text); m; m = WORD_RE.exec(text)) {
    const folded = isAscii(m[0]) ? m[0].toLowerCase() : fold(m[0])
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], folded })
  }
  return out
}

/** Only ASCII letters: the shared tokenizer's word is then exactly one letter run. */
function plainLetters(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i) | 32
    if (c < 97 || c > 122) return false
  }
  return true
}

/** A spelling to the number vocabulary: a word of it, another plain word, or letters mixed with other characters. */
const NUMBER_WORD = 1
const OTHER_WORD = 2
const MIXED = 3

/**
 * The words of a text that belong to its number vocabulary. Dropping the other words is safe: a
 * number phrase needs its words joined by spaces alone, which `joined` checks on the text. Read
 * from the shared tokenizer's cached words (every letter run lies inside one of them), so the
 * text is not scanned again.
 */
function numberWords(text: string, lang: Lang, analyzer: TextAnalyzer | undefined): Token[] {
  const out: Token[] = []
  const vocabulary = VOCABULARY[lang]
  for (const t of sharedTokens(text, analyzer)) {
    if (t.isNumber) continue
    // What the spelling is to this vocabulary, worked out once per spelling and language.
    const facts = factsOf(t.form, lang)
    const kind = (facts.numberWord ??= !plainLetters(t.text)
      ? MIXED
      : mayBeNumberWord(t.text, lang) && vocabulary.has(t.lower)
        ? NUMBER_WORD
        : OTHER_WORD)
    if (kind === NUMBER_WORD) out.push({ start: t.start, end: t.end, text: t.text, folded: t.lower })
    if (kind !== MIXED) continue
    WORD_RE.lastIndex = 0
    for (let m = WORD_RE.exec(t.text); m; m = WORD_RE.exec(t.text)) {
      const word = m[0]
      if (!mayBeNumberWord(word, lang)) continue
      const folded = isAscii(word) ? word.toLowerCase() : fold(word)
      const start = t.start + m.index
      if (vocabulary.has(folded)) out.push({ start, end: start + word.length, text: word, folded })
    }
  }
  return out
}

const ROMAN_LOOKING = /(?<!\p{L})[IVX]+(?!\p{L})/u

/** Only spaces (or an English hyphen) between two words of one number. */
const joined = (text: string, a: Token, b: Token): boolean => /^(?:[ \u00A0]+|-)$/.test(text.slice(a.end, b.start))

/** One flag per character: inside a mention already found. */
function coverMask(length: number, ranges: readonly Range[]): Uint8Array {
  const mask = new Uint8Array(length + 1)
  for (const r of ranges) mask.fill(1, r.start, r.end)
  return mask
}

/** A share of a large scale: "medio millón", "un cuarto de millón", "half a billion", "a quarter of a million". */
const FRACTIONS_OF_SCALE: Record<Lang, readonly [RegExp, number][]> = {
  es: [
    [/^(?:medio|media)[ \u00A0]+/iu, 0.5],
    [/^un[ \u00A0]+cuarto[ \u00A0]+de[ \u00A0]+/iu, 0.25],
    [/^tres[ \u00A0]+cuartos[ \u00A0]+de[ \u00A0]+/iu, 0.75]
  ],
  en: [
    [/^half[ \u00A0]+an?[ \u00A0]+/iu, 0.5],
    [/^an?[ \u00A0]+half[ \u00A0-]+/iu, 0.5],
    [/^(?:a|one)[ \u00A0]+quarter[ \u00A0]+of[ \u00A0]+an?[ \u00A0]+/iu, 0.25],
    [/^three[ \u00A0-]+quarters[ \u00A0]+of[ \u00A0]+an?[ \u00A0]+/iu, 0.75]
  ]
}

/** Words such a phrase opens with: only these are looked at. */
const FRACTION_LEADS: Record<Lang, ReadonlySet<string>> = {
  es: new Set(['medio', 'media', 'un', 'tres']),
  en: new Set(['half', 'a', 'an', 'one', 'three'])
}

/**
 * A scale word of a million or more among the next few number words, close enough to end a
 * fraction-of-scale phrase: most words that may open one are articles ("a", "un"), and this
 * spares them the phrase patterns.
 */
function largeScaleAhead(t: WordTables, tokens: readonly Token[], i: number): boolean {
  const lead = tokens[i] as Token
  for (let k = i + 1; k < tokens.length && k <= i + 4; k++) {
    const next = tokens[k] as Token
    if (next.start >= lead.start + 40) return false
    if ((t.scales[next.folded] ?? 0) >= 1e6) return true
  }
  return false
}

/** The fraction-of-scale phrase that the word `tokens[i]` opens, if any. */
function fractionOfScale(
  text: string,
  t: WordTables,
  lang: Lang,
  tokens: readonly Token[],
  i: number
): { end: number; value: number } | null {
  const lead = tokens[i] as Token
  if (!FRACTION_LEADS[lang].has(lead.folded) || !largeScaleAhead(t, tokens, i)) return null
  const start = lead.start
  const rest = text.slice(start, start + 40)
  for (const [re, share] of FRACTIONS_OF_SCALE[lang]) {
    const opening = re.exec(rest)
    if (!opening) continue
    const word = /^\p{L}+/u.exec(rest.slice(opening[0].length))?.[0]
    const scale = word === undefined ? undefined : t.scales[fold(word)]
    if (word === undefined || scale === undefined || scale < 1e6) return null
    return { end: start + opening[0].length + word.length, value: share * scale }
  }
  return null
}

function findWords(text: string, lang: Lang, tokens: Token[], covered: Uint8Array): NumberMention[] {
  const t = wordTables(lang)
  const out: NumberMention[] = []
  let i = 0
  while (i < tokens.length) {
    const tok = tokens[i] as Token
    if (covered[tok.start] === 1) {
      i++
      continue
    }
    const fraction = fractionOfScale(text, t, lang, tokens, i)
    if (fraction) {
      out.push({
        start: tok.start,
        end: fraction.end,
        text: text.slice(tok.start, fraction.end),
        kind: 'word',
        keys: [numberKey(fraction.value)],
        hard: fraction.value >= 1e6
      })
      while (i < tokens.length && (tokens[i] as Token).start < fraction.end) i++
      continue
    }
    const next = tokens[i + 1]
    const starts = t.units[tok.folded] !== undefined || t.scales[tok.folded] !== undefined || t.articles.has(tok.folded)
    if (!starts) {
      i = afterNonCardinal(text, t, tokens, i, out)
      continue
    }
    const b = new CardinalBuilder()
    let j = i
    if (t.articles.has(tok.folded) && next && t.scales[next.folded] !== undefined && joined(text, tok, next)) {
      b.addValue(1)
      j = i + 1
    }
    let last = -1
    let lastValue = -1
    let ordinal = 0
    for (; j < tokens.length; j++) {
      const cur = tokens[j] as Token
      if (j > i && !joined(text, tokens[j - 1] as Token, cur)) {
        // "treinta y seis", "two hundred and five": the connector sits between two number words.
        break
      }
      // "cincuenta y un años": after the connector, the article is the unit one.
      const afterConnector = j > i && (tokens[j - 1] as Token).folded === t.connector
      const unit = t.units[cur.folded] ?? (afterConnector && t.articles.has(cur.folded) ? 1 : undefined)
      const scale = t.scales[cur.folded]
      if (unit !== undefined) {
        const fits =
          b.count === 0 ||
          lastValue === -2 ||
          (lastValue >= 20 && lastValue < 100 && lastValue % 10 === 0 && unit < 10) ||
          (lastValue >= 100 && lastValue % 100 === 0 && unit < 100)
        if (!fits) break
        b.addValue(unit)
        lastValue = unit
        last = j
        continue
      }
      if (scale !== undefined) {
        const plural = cur.folded.endsWith('s')
        if (plural && b.count === 0) break
        b.addScale(scale)
        lastValue = scale === 100 ? b.value : -2
        last = j
        continue
      }
      if (cur.folded === t.connector && b.count > 0) {
        const after = tokens[j + 1]
        const unitAfter = after && (t.units[after.folded] !== undefined || t.articles.has(after.folded))
        if (after && unitAfter && joined(text, cur, after)) continue
        break
      }
      // "twenty-first", "vigésimo primero": tens then an ordinal unit.
      const ord = t.ordinals[cur.folded]
      if (ord !== undefined && b.count > 0 && lastValue >= 20 && lastValue % 10 === 0 && ord < 10) {
        b.addValue(ord)
        ordinal = 1
        last = j
      }
      break
    }
    if (last >= i) {
      const end = (tokens[last] as Token).end
      const value = b.value
      // "Million" alone ("several million", "millones de años") counts nothing: only a number or
      // an article before it makes a figure ("a million", "dos millones", "mil millones").
      const counted = (t.scales[tok.folded] ?? 0) < 1e6
      out.push({
        start: tok.start,
        end,
        text: text.slice(tok.start, end),
        kind: ordinal ? 'ordinal' : 'word',
        keys: [numberKey(value)],
        hard: counted && b.scaled && value >= 1e6
      })
      i = last + 1
      continue
    }
    i = afterNonCardinal(text, t, tokens, i, out)
  }
  return out
}

/** A word that starts no cardinal: an ordinal ("séptimo", "twenty-first") or a stand-in ("ambos"). */
function afterNonCardinal(text: string, t: WordTables, tokens: Token[], i: number, out: NumberMention[]): number {
  const tok = tokens[i] as Token
  const ord = t.ordinals[tok.folded]
  if (ord !== undefined) {
    let value = ord
    let end = tok.end
    let next = i + 1
    const nxt = tokens[i + 1]
    const unitOrd = nxt ? t.ordinals[nxt.folded] : undefined
    if (nxt && unitOrd !== undefined && ord >= 20 && unitOrd < 10 && joined(text, tok, nxt)) {
      value += unitOrd
      end = nxt.end
      next = i + 2
    }
    out.push({
      start: tok.start,
      end,
      text: text.slice(tok.start, end),
      kind: 'ordinal',
      keys: [numberKey(value)],
      hard: false
    })
    return next
  }
  const keys = standInKeys(t, tok.folded)
  if (keys) out.push({ start: tok.start, end: tok.end, text: tok.text, kind: 'word', keys, hard: false, standIn: true })
  return i + 1
}

/**
 * Keys of the stand-ins ("a", "both") per table, made once: every article of a text is one. The
 * arrays are shared by the mentions, which never change their keys.
 */
const STAND_IN_KEYS: ReadonlyMap<WordTables, Readonly<Record<string, string[]>>> = new Map(
  (['es', 'en'] as const).map((lang) => {
    const t = wordTables(lang)
    return [t, Object.fromEntries(Object.entries(t.standIns).map(([word, values]) => [word, values.map(numberKey)]))]
  })
)

function standInKeys(t: WordTables, folded: string): string[] | undefined {
  const keys = STAND_IN_KEYS.get(t)
  return keys && Object.hasOwn(keys, folded) ? keys[folded] : undefined
}

const isCapsWord = (w: string | undefined): boolean =>
  w !== undefined && w.length >= 2 && /^\p{Lu}+$/u.test(w) && !/^[IVX]+$/.test(w)

/** Two Roman numerals joined as a range or a pair: "II-III", "III y IV", "II and III". */
const ROMAN_JOIN = /^(?:\s?[-\u2013/]\s?|\s+(?:y|e|a|o|and|to|or)\s+)$/

function findRomans(text: string, lang: Lang, tokens: Token[]): NumberMention[] {
  const values = tokens.map((tok, i) => {
    if (!/^[IVX]+$/.test(tok.text)) return null
    const prev = tokens[i - 1]
    const next = tokens[i + 1]
    // "fase clínica III", "clinical phase III": the context noun may sit one adjective back.
    const inContext = (previous: Token | undefined): number | null =>
      romanInContext(tok.text, {
        lang,
        previous: previous?.text ?? '',
        next: next?.text ?? '',
        inCapsRun: isCapsWord(prev?.text) || isCapsWord(next?.text)
      })
    return inContext(prev) ?? (prev && /^\p{Ll}/u.test(prev.text) ? inContext(tokens[i - 2]) : null)
  })
  // A range or pair shares the reading of its accepted member ("stage II-III").
  for (let pass = 0; pass < 2; pass++) {
    tokens.forEach((tok, i) => {
      if (values[i] !== null || !/^[IVX]{2,}$/.test(tok.text)) return
      const joinedTo = (k: number): boolean => {
        const other = tokens[k]
        if (!other || values[k] === null || values[k] === undefined) return false
        const [a, b] = k < i ? [other, tok] : [tok, other]
        return ROMAN_JOIN.test(text.slice(a.end, b.start))
      }
      if (joinedTo(i - 1) || joinedTo(i + 1)) values[i] = romanValue(tok.text)
    })
  }
  const out: NumberMention[] = []
  tokens.forEach((tok, i) => {
    const value = values[i]
    if (value === null || value === undefined) return
    out.push({
      start: tok.start,
      end: tok.end,
      text: tok.text,
      kind: 'roman',
      keys: [numberKey(value)],
      hard: tok.text.length > 1
    })
  })
  return out
}

/** Month names count only next to a day or a year ("10 de noviembre", "May 2020"): "may" is a verb. */
function findMonths(lang: Lang, tokens: Token[], digits: readonly NumberMention[]): NumberMention[] {
  const out: NumberMention[] = []
  for (const tok of tokens) {
    const n = monthNumber(tok.folded, lang)
    if (n === undefined) continue
    if (lang === 'en' && !/^\p{Lu}/u.test(tok.text)) continue
    const near = digits.some(
      (d) => (d.end <= tok.start && tok.start - d.end <= 12) || (d.start >= tok.end && d.start - tok.end <= 12)
    )
    if (!near) continue
    out.push({ start: tok.start, end: tok.end, text: tok.text, kind: 'month', keys: [`m:${n}`], hard: false })
  }
  return out
}

/** Every number mention of a text, in reading order. */
export function extractNumbers(
  text: string,
  lang: Lang,
  style: DecimalStyle,
  /** The job's analyzer, whose tokens of `text` the checks share. */
  analyzer?: TextAnalyzer
): NumberMention[] {
  // The address pattern is costly on plain prose, which rarely holds one.
  const hasAddress = text.includes('@') || text.includes('://') || text.includes('www.') || text.includes('#')
  const urls = hasAddress ? collect(URL_RE, text).map((m) => ({ start: m.index, end: m.index + m[0].length })) : []
  const times = findTimes(text).filter((m) => !inRanges(urls, m.start, m.end))
  const numerals = findNumerals(text, lang, style, [...urls, ...times])
  const digits = [...times, ...numerals]
  const tokens = numberWords(text, lang, analyzer)
  const covered = coverMask(text.length, [...urls, ...digits])
  const words = findWords(text, lang, tokens, covered)
  const romans = ROMAN_LOOKING.test(text)
    ? findRomans(text, lang, tokenize(text)).filter((m) => covered[m.start] !== 1)
    : []
  const months = findMonths(lang, tokens, digits)
  return [...digits, ...words, ...romans, ...months].sort((a, b) => a.start - b.start)
}
