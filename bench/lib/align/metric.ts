import type { Bead } from './devset'

/**
 * Bead precision/recall as in vecalign's score.py (also used by Bertalign): strict = identical
 * bead; lax = shares at least one source-target link with a gold bead (null beads only strictly).
 * Recall is the same count with the roles swapped and null beads removed from both sides.
 */
export interface Counts {
  tpStrict: number
  fpStrict: number
  tpLax: number
  fpLax: number
}

const key = ([s, t]: Bead): string => `${s.join(',')}:${t.join(',')}`

export function emptyCounts(): Counts {
  return { tpStrict: 0, fpStrict: 0, tpLax: 0, fpLax: 0 }
}

export function addCounts(a: Counts, b: Counts): void {
  a.tpStrict += b.tpStrict
  a.fpStrict += b.fpStrict
  a.tpLax += b.tpLax
  a.fpLax += b.fpLax
}

/** Counts of `test` beads that hit a `gold` bead. */
export function precisionCounts(gold: readonly Bead[], test: readonly Bead[]): Counts {
  const nonEmpty = (b: Bead): boolean => b[0].length > 0 || b[1].length > 0
  const goldKeys = new Set(gold.filter(nonEmpty).map(key))
  const goldLinks = new Map<number, Set<number>>()
  for (const [s, t] of gold) {
    for (const x of s) {
      const set = goldLinks.get(x) ?? new Set<number>()
      t.forEach((y) => set.add(y))
      goldLinks.set(x, set)
    }
  }
  const c = emptyCounts()
  for (const bead of new Map(test.filter(nonEmpty).map((b) => [key(b), b])).values()) {
    if (goldKeys.has(key(bead))) {
      c.tpStrict++
      c.tpLax++
      continue
    }
    c.fpStrict++
    const linked = bead[0].some((x) => bead[1].some((y) => goldLinks.get(x)?.has(y)))
    if (linked) c.tpLax++
    else c.fpLax++
  }
  return c
}

export interface DocCounts {
  precision: Counts
  recall: Counts
}

export function scoreDocument(gold: readonly Bead[], test: readonly Bead[]): DocCounts {
  const aligned = (b: Bead): boolean => b[0].length > 0 && b[1].length > 0
  return {
    precision: precisionCounts(gold, test),
    recall: precisionCounts(test.filter(aligned), gold.filter(aligned))
  }
}

export interface Scores {
  strict: { p: number; r: number; f1: number }
  lax: { p: number; r: number; f1: number }
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b)
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r))

export function scores(precision: Counts, recall: Counts): Scores {
  const ps = ratio(precision.tpStrict, precision.tpStrict + precision.fpStrict)
  const rs = ratio(recall.tpStrict, recall.tpStrict + recall.fpStrict)
  const pl = ratio(precision.tpLax, precision.tpLax + precision.fpLax)
  const rl = ratio(recall.tpLax, recall.tpLax + recall.fpLax)
  return { strict: { p: ps, r: rs, f1: f1(ps, rs) }, lax: { p: pl, r: rl, f1: f1(pl, rl) } }
}

export function beadType([s, t]: Bead): string {
  const k = `${s.length}-${t.length}`
  return ['1-1', '2-1', '1-2', '1-0', '0-1'].includes(k) ? k : 'others'
}
