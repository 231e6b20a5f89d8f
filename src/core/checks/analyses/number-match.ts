/**
 * Compares the numbers of a source and a target text as multisets of values. Equivalent forms share
 * a key and match ("4 mil" = "4,000", "VII" = "Seventh", "3 p.m." = "15:00"); what is left is paired
 * by position into changed values, and the rest is missing or extra.
 */
import { sharesKey, type Currency, type NumberMention } from '../../text/numbers/mention'

export interface MentionPair {
  source: NumberMention
  target: NumberMention
}

export interface NumberComparison {
  matched: MentionPair[]
  /** A source value and the target value that most likely renders it, different. */
  changed: MentionPair[]
  /** Hard source numbers with no counterpart. */
  missing: NumberMention[]
  /** Hard target numbers with no counterpart. */
  extra: NumberMention[]
  /** Same value, different currency named. */
  currency: MentionPair[]
  /** A month next to a day or year that became another month. */
  months: MentionPair[]
}

/** How far apart two mentions sit, as a share of their texts: a changed number stays in place. */
const MAX_SHIFT = 0.3

interface Sided {
  mentions: NumberMention[]
  length: number
}

const rel = (m: NumberMention, side: Sided): number => (side.length === 0 ? 0 : m.start / side.length)

/**
 * Maximum matching (augmenting paths) where hard mentions are served first, so a word number on one
 * side never takes the only counterpart of a digit.
 */
function matchByValue(src: NumberMention[], tgt: NumberMention[], s: Sided, t: Sided): Map<number, number> {
  const order = src
    .map((_, i) => i)
    .sort((a, b) => Number((src[b] as NumberMention).hard) - Number((src[a] as NumberMention).hard) || a - b)
  const adjacency = src.map((m) =>
    tgt
      .map((_, j) => j)
      .filter((j) => sharesKey(m, tgt[j] as NumberMention))
      .sort((a, b) => {
        const ta = tgt[a] as NumberMention
        const tb = tgt[b] as NumberMention
        return Number(tb.hard) - Number(ta.hard) || Math.abs(rel(ta, t) - rel(m, s)) - Math.abs(rel(tb, t) - rel(m, s))
      })
  )
  const owner = new Array<number>(tgt.length).fill(-1)
  const augment = (i: number, seen: boolean[]): boolean => {
    for (const j of adjacency[i] as number[]) {
      if (seen[j]) continue
      seen[j] = true
      if (owner[j] === -1 || augment(owner[j] as number, seen)) {
        owner[j] = i
        return true
      }
    }
    return false
  }
  for (const i of order) augment(i, new Array<boolean>(tgt.length).fill(false))
  // A hard target left over while a soft one holds its value ("two (2) years"): give the hard one.
  tgt.forEach((m, j) => {
    if (!m.hard || owner[j] !== -1) return
    const k = owner.findIndex(
      (o, jj) => o !== -1 && !(tgt[jj] as NumberMention).hard && sharesKey(src[o] as NumberMention, m)
    )
    if (k === -1) return
    owner[j] = owner[k] as number
    owner[k] = -1
  })
  const bySource = new Map<number, number>()
  owner.forEach((i, j) => {
    if (i !== -1) bySource.set(i, j)
  })
  return bySource
}

/** Removes from `pool` one unused mention that shares a value with `m`; true when it did. */
function absorb(m: NumberMention, pool: NumberMention[], used: Set<NumberMention>): boolean {
  const hit = pool.find((p) => !used.has(p) && sharesKey(m, p))
  if (!hit) return false
  used.add(hit)
  return true
}

/** Greedy pairing by position of what is left on each side. */
function pairLeftovers(
  src: NumberMention[],
  tgt: NumberMention[],
  s: Sided,
  t: Sided,
  allowed: (a: NumberMention, b: NumberMention) => boolean
): MentionPair[] {
  const candidates: { a: NumberMention; b: NumberMention; cost: number }[] = []
  for (const a of src) {
    for (const b of tgt) {
      const cost = Math.abs(rel(a, s) - rel(b, t))
      if (cost <= MAX_SHIFT && allowed(a, b)) candidates.push({ a, b, cost })
    }
  }
  candidates.sort((x, y) => x.cost - y.cost)
  const usedA = new Set<NumberMention>()
  const usedB = new Set<NumberMention>()
  const pairs: MentionPair[] = []
  for (const c of candidates) {
    if (usedA.has(c.a) || usedB.has(c.b)) continue
    usedA.add(c.a)
    usedB.add(c.b)
    pairs.push({ source: c.a, target: c.b })
  }
  return pairs.sort((x, y) => x.source.start - y.source.start)
}

const DOLLARS: ReadonlySet<Currency> = new Set(['USD', 'MXN', 'COP', 'CLP', 'ARS', '$'])

export function currenciesConflict(a: Currency, b: Currency): boolean {
  if (a === b) return false
  return !((a === '$' && DOLLARS.has(b)) || (b === '$' && DOLLARS.has(a)))
}

const isYear = (m: NumberMention): boolean => m.kind === 'year'

/**
 * Months left over on both sides. As many on each side pair in order: a translation moves a date
 * within its sentence ("del 5 al 7 de mayo se realizará" / "will be held ... from May 5 to 7") but
 * keeps dates in their order. Otherwise they pair by position.
 */
function pairMonths(src: NumberMention[], tgt: NumberMention[], s: Sided, t: Sided): MentionPair[] {
  if (src.length !== tgt.length) return pairLeftovers(src, tgt, s, t, () => true)
  return src.map((m, i) => ({ source: m, target: tgt[i] as NumberMention }))
}

export function compareNumbers(source: Sided, target: Sided): NumberComparison {
  const split = (
    ms: NumberMention[]
  ): { values: NumberMention[]; standIns: NumberMention[]; months: NumberMention[] } => ({
    values: ms.filter((m) => !m.standIn && m.kind !== 'month'),
    standIns: ms.filter((m) => m.standIn === true),
    months: ms.filter((m) => m.kind === 'month')
  })
  const src = split(source.mentions)
  const tgt = split(target.mentions)

  const matchedIdx = matchByValue(src.values, tgt.values, source, target)
  const matched: MentionPair[] = []
  const srcLeft: NumberMention[] = []
  const usedTarget = new Set<NumberMention>()
  src.values.forEach((m, i) => {
    const j = matchedIdx.get(i)
    if (j === undefined) srcLeft.push(m)
    else {
      const t = tgt.values[j] as NumberMention
      matched.push({ source: m, target: t })
      usedTarget.add(t)
    }
  })
  let tgtLeft = tgt.values.filter((m) => !usedTarget.has(m))

  // Months first match months; a month left over may render a numeric month ("10/11" = "10 November").
  const monthIdx = matchByValue(src.months, tgt.months, source, target)
  const usedTargetMonths = new Set([...monthIdx.values()].map((j) => tgt.months[j] as NumberMention))
  let srcMonthsLeft = src.months.filter((_, i) => !monthIdx.has(i))
  let tgtMonthsLeft = tgt.months.filter((m) => !usedTargetMonths.has(m))

  const used = new Set<NumberMention>()
  const srcAfter = srcLeft.filter((m) => !(m.hard && (absorb(m, tgt.standIns, used) || absorb(m, tgtMonthsLeft, used))))
  const tgtAfter = tgtLeft.filter((m) => !(m.hard && (absorb(m, src.standIns, used) || absorb(m, srcMonthsLeft, used))))
  srcMonthsLeft = srcMonthsLeft.filter((m) => !used.has(m))
  tgtMonthsLeft = tgtMonthsLeft.filter((m) => !used.has(m))
  tgtLeft = tgtAfter

  // A word number pairs only when it says something: "uno", "primer", "dos" are too often no number.
  const pairable = (m: NumberMention): boolean =>
    m.hard ||
    ((m.kind === 'word' || m.kind === 'ordinal' || m.kind === 'roman') &&
      !m.keys.some((k) => k === 'n:1' || k === 'n:2'))
  // With a word on one side, ordinals pair with ordinals and cardinals with cardinals; two
  // cardinal words ("once regiones" / "seven regions") pair too.
  const ordinalLike = (m: NumberMention): boolean => m.kind === 'ordinal' || m.kind === 'roman'
  const changed = pairLeftovers(
    srcAfter.filter(pairable),
    tgtLeft.filter(pairable),
    source,
    target,
    (a, b) =>
      isYear(a) === isYear(b) &&
      (a.hard === b.hard ? a.hard || (a.kind === 'word' && b.kind === 'word') : ordinalLike(a) === ordinalLike(b))
  )
  const inChanged = new Set(changed.flatMap((p) => [p.source, p.target]))
  const currency = matched.filter(
    (p) =>
      p.source.currency !== undefined &&
      p.target.currency !== undefined &&
      currenciesConflict(p.source.currency, p.target.currency)
  )
  return {
    matched,
    changed,
    missing: srcAfter.filter((m) => m.hard && !inChanged.has(m)),
    // A value the source gives once and the translation repeats ("12 creyentes y la misma cantidad de
    // ateos" / "12 believers and 12 atheists") is in the source: the repeat is wording, not an addition.
    extra: tgtLeft.filter((m) => m.hard && !inChanged.has(m) && !matched.some((p) => sharesKey(p.source, m))),
    currency,
    months: pairMonths(srcMonthsLeft, tgtMonthsLeft, source, target)
  }
}
