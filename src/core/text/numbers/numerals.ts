/**
 * Digit numerals in every convention a Spanish or English press release uses: 9,000 (Peru, Mexico,
 * English), 9.000 and 9 000 (Spain), decimal comma or point, the middle dot of some journals (1·34).
 * A lone separator followed by exactly three digits ("9,000", "1.282") is ambiguous; the document's
 * decimal style, inferred from its unambiguous numerals, decides, and without one both readings stay.
 */

/** Which mark a side of a document uses for decimals. */
export type DecimalStyle = 'point' | 'comma' | 'unknown'

/**
 * One digit run with its separators. Space joins only a group of exactly three digits after a group
 * of at most three ("20 000", "100 034"), so "en 2020 150 pacientes" stays two numerals.
 */
export const NUMERAL_SOURCE = String.raw`\d+(?:(?:[.,]| ?\u00B7 ?|[ \u00A0\u202F\u2009](?=\d{3}(?!\d)))\d+)*`

const SPACE_SEP = /[ \u00A0\u202F\u2009]/

interface Parts {
  groups: string[]
  seps: string[]
}

function split(numeral: string): Parts {
  // A middle dot with spaces around it ("26 · 6", machine-translated journals) is still one mark.
  const raw = numeral.replace(/ ?\u00B7 ?/g, '\u00B7')
  const groups: string[] = []
  const seps: string[] = []
  let cur = ''
  for (const ch of raw) {
    if (ch >= '0' && ch <= '9') cur += ch
    else {
      groups.push(cur)
      seps.push(SPACE_SEP.test(ch) ? ' ' : ch)
      cur = ''
    }
  }
  groups.push(cur)
  return { groups, seps }
}

const toNumber = (intPart: string, frac = ''): number => Number(`${intPart}${frac === '' ? '' : `.${frac}`}`)

const isThousandsRun = (groups: string[]): boolean =>
  groups.length > 1 &&
  (groups[0] as string).length <= 3 &&
  (groups[0] as string)[0] !== '0' &&
  groups.slice(1).every((g) => g.length === 3)

/** How a numeral reads: its possible values, and whether it is a grouped or plain number at all. */
export interface NumeralReading {
  values: number[]
  /** True when the separators make no number (a list "1,2,3", a section "3.2.1"). */
  list: boolean
  /** The digits are grouped in thousands by this separator, when they are. */
  thousandsSep?: string
  /** The decimal mark used, when there is one. */
  decimalSep?: string
}

/**
 * Reads a numeral. `style` is the side's decimal style; English defaults to point when unknown is
 * passed by the caller only where the document gives no evidence.
 */
export function readNumeral(raw: string, style: DecimalStyle): NumeralReading {
  const { groups, seps } = split(raw)
  if (seps.length === 0) return { values: [Number(raw)], list: false }
  const first = groups[0] as string
  const last = groups[groups.length - 1] as string
  const uniq = new Set(seps)

  // Spaces group thousands; a final . or , after them is the decimal mark ("20 000,5").
  if (uniq.has(' ')) {
    const spaceCount = seps.filter((s) => s === ' ').length
    const tailSep = seps[seps.length - 1] as string
    if (tailSep !== ' ' && spaceCount === seps.length - 1) {
      const intGroups = groups.slice(0, -1)
      if (isThousandsRun(intGroups)) {
        return { values: [toNumber(intGroups.join(''), last)], list: false, thousandsSep: ' ', decimalSep: tailSep }
      }
    }
    if (spaceCount === seps.length && isThousandsRun(groups)) {
      return { values: [Number(groups.join(''))], list: false, thousandsSep: ' ' }
    }
    return { values: groups.map(Number), list: true }
  }

  // The middle dot is only ever a decimal mark.
  if (uniq.size === 1 && uniq.has('\u00B7') && seps.length === 1) {
    return { values: [toNumber(first, last)], list: false, decimalSep: '\u00B7' }
  }

  if (seps.length === 1) {
    const sep = seps[0] as string
    const unambiguousDecimal = last.length !== 3 || first === '0' || first.length > 3
    if (unambiguousDecimal) return { values: [toNumber(first, last)], list: false, decimalSep: sep }
    const asThousands = Number(first + last)
    const asDecimal = toNumber(first, last)
    const decimalMark = style === 'point' ? '.' : style === 'comma' ? ',' : null
    if (decimalMark === null) return { values: [asThousands, asDecimal], list: false }
    // The document's decimal mark reads it first; the thousands reading stays as a second value,
    // since texts mix conventions ("a las 6.30" beside "50.000 personas") and copy foreign figures.
    // The document's thousands mark is read as thousands only: nobody writes 38.6 as "38.600" in a
    // text whose decimals take a comma, so a translation reading 38.6 misreads it.
    return sep === decimalMark
      ? { values: [asDecimal, asThousands], list: false, decimalSep: sep }
      : { values: [asThousands], list: false, thousandsSep: sep }
  }

  // Several separators: one repeated mark groups thousands ("31.742.805"); a different final mark,
  // or a final group that is not three digits, is the decimal ("1.234,5", "812.450.00").
  const head = seps.slice(0, -1)
  const tailSep = seps[seps.length - 1] as string
  if (uniq.size === 1) {
    if (isThousandsRun(groups)) return { values: [Number(groups.join(''))], list: false, thousandsSep: tailSep }
    if (isThousandsRun(groups.slice(0, -1)) && last.length !== 3) {
      return {
        values: [toNumber(groups.slice(0, -1).join(''), last)],
        list: false,
        thousandsSep: tailSep,
        decimalSep: tailSep
      }
    }
    return { values: groups.map(Number), list: true }
  }
  if (new Set(head).size === 1 && head[0] !== tailSep && isThousandsRun(groups.slice(0, -1))) {
    return {
      values: [toNumber(groups.slice(0, -1).join(''), last)],
      list: false,
      thousandsSep: head[0] as string,
      decimalSep: tailSep
    }
  }
  return { values: groups.map(Number), list: true }
}

/** What one numeral says about the decimal mark of its text: +1 point, -1 comma, 0 nothing. */
function evidence(raw: string): number {
  const { groups, seps } = split(raw)
  if (seps.length === 0 || seps.includes(' ') || seps.includes('\u00B7')) return 0
  const first = groups[0] as string
  const last = groups[groups.length - 1] as string
  if (seps.length === 1) {
    const unambiguous = last.length !== 3 || first === '0' || first.length > 3
    if (!unambiguous) return 0
    return seps[0] === '.' ? 1 : -1
  }
  const uniq = new Set(seps)
  if (uniq.size === 1 && isThousandsRun(groups)) return seps[0] === ',' ? 1 : -1
  if (uniq.size === 2 && isThousandsRun(groups.slice(0, -1))) return seps[seps.length - 1] === '.' ? 1 : -1
  return 0
}

const NUMERAL_RE = new RegExp(String.raw`(?<![\p{L}\d])${NUMERAL_SOURCE}`, 'gu')
/** Times ("10.30 horas", "a las 22.30") carry no decimal evidence. */
const NOT_DECIMAL_AFTER = /^\s*(?:h\b|horas?\b|hrs?\b|a\.?\s?m\b|p\.?\s?m\b)/i

/**
 * Infers a side's decimal style from its unambiguous numerals. Returns `fallback` without evidence
 * or when the evidence is mixed (a translation that copies foreign numbers inconsistently).
 */
export function inferDecimalStyle(texts: Iterable<string>, fallback: DecimalStyle): DecimalStyle {
  let point = 0
  let comma = 0
  for (const text of texts) {
    const e = decimalEvidence(text)
    point += e.point
    comma += e.comma
  }
  return decimalStyleOf({ point, comma }, fallback)
}

/** Numerals of one text that read as decimals with a point, and with a comma (`inferDecimalStyle`). */
export function decimalEvidence(text: string): { point: number; comma: number } {
  let point = 0
  let comma = 0
  NUMERAL_RE.lastIndex = 0
  for (let m = NUMERAL_RE.exec(text); m; m = NUMERAL_RE.exec(text)) {
    if (NOT_DECIMAL_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue
    if (/\blas\s$/i.test(text.slice(Math.max(0, m.index - 4), m.index))) continue
    const e = evidence(m[0])
    if (e > 0) point++
    else if (e < 0) comma++
  }
  return { point, comma }
}

/** The style the evidence of a whole text set shows: one mark at least twice as often as the other. */
export function decimalStyleOf(evidence: { point: number; comma: number }, fallback: DecimalStyle): DecimalStyle {
  const { point, comma } = evidence
  if (point > 0 && point >= 2 * comma) return 'point'
  if (comma > 0 && comma >= 2 * point) return 'comma'
  return fallback
}
