import type { AlignmentGrid } from './dp'
import { pushTo } from '../collections/multimap'

/**
 * The cost of a bead, in nats (-log probability up to a constant):
 *   cost = prior(shape) + lengthWeight * GaleChurch(length mismatch) - lexicalWeight * (2M - rho * (Ws + Wt))
 * where M is the weight of anchors found on both sides and Ws, Wt the anchor weight of each side.
 * The lexical term is a weighted Dice test: positive evidence when more than a share rho of the
 * anchors match. Null beads (1-0, 0-1) carry no lexical evidence; their prior and the length model
 * decide them.
 */
export interface CostParams {
  /** Cost of each shape beyond 1-1, keyed 'ds-dt'. */
  priors: Readonly<Record<string, number>>
  lengthWeight: number
  lexicalWeight: number
  /** Share of anchor weight that must match for a bead to count as lexically supported. */
  matchThreshold: number
  /** Variance of target length per source character (Gale-Church). */
  variance: number
  /** Cost of skipping a paragraph mark: two paragraphs of one side share a paragraph bead. */
  paragraphMerge: number
}

/**
 * The sentences (or blocks of them) of one side reduced to what the scorer needs, as parallel
 * arrays: a long document has tens of thousands of sentences, and an object or typed array per
 * sentence costs several times its numbers. Unit u has length[u] characters and the interned anchor
 * keys ids[start[u]] .. ids[start[u + 1] - 1] (unique, ascending), each found counts[k] times.
 */
export interface UnitTable {
  readonly length: Int32Array
  readonly start: Int32Array
  readonly ids: Int32Array
  readonly counts: Int32Array
}

/** Builds a unit table one unit at a time: its keys first, then end(length). */
export class UnitTableBuilder {
  // Typed arrays grown by doubling: plain arrays of numbers would take twice the memory while building.
  // Small ones first (up to 64 bytes V8 keeps them inside its heap, cheap to make for a short pair).
  private lengths: Int32Array<ArrayBuffer>
  private starts: Int32Array<ArrayBuffer>
  private ids: Int32Array<ArrayBuffer>
  private counts: Int32Array<ArrayBuffer>
  private units = 0
  private keys = 0

  /**
   * `expected`: the number of units to come, if known (then no copy is made of lengths and
   * starts); `expectedKeys`: a guess at the number of their keys, to grow the arrays less often.
   */
  constructor(expected = 8, expectedKeys = 16) {
    this.lengths = new Int32Array(expected)
    this.starts = new Int32Array(expected + 1)
    this.ids = new Int32Array(expectedKeys)
    this.counts = new Int32Array(expectedKeys)
  }

  key(id: number, count: number): void {
    if (this.keys === this.ids.length) {
      this.ids = resized(this.ids, 2 * this.keys + 8)
      this.counts = resized(this.counts, this.ids.length)
    }
    this.ids[this.keys] = id
    this.counts[this.keys++] = count
  }

  end(length: number): void {
    if (this.units >= this.lengths.length) {
      this.lengths = resized(this.lengths, 2 * this.units + 8)
      this.starts = resized(this.starts, this.lengths.length + 1)
    }
    this.lengths[this.units++] = length
    this.starts[this.units] = this.keys
  }

  build(): UnitTable {
    return {
      length: this.units === this.lengths.length ? this.lengths : this.lengths.slice(0, this.units),
      start: this.units + 1 === this.starts.length ? this.starts : this.starts.slice(0, this.units + 1),
      ids: this.ids.slice(0, this.keys),
      counts: this.counts.slice(0, this.keys)
    }
  }
}

function resized(array: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  const out = new Int32Array(size)
  out.set(array)
  return out
}

/** A paragraph boundary in a sequence of rows: no text; it aligns with the other side's mark or is skipped. */
export const MARK_ROW = -1

/** -log(2 (1 - Phi(|z|))): the Gale-Church cost of a standardized length difference. */
export function twoSidedNormalCost(z: number): number {
  const x = Math.abs(z) / Math.SQRT2
  // Numerical Recipes erfc approximation, taken in log space so it stays finite for large x.
  const t = 1 / (1 + 0.5 * x)
  const poly =
    -1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t *
              (0.09678418 +
                t *
                  (-0.18628806 +
                    t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))))
  return -(Math.log(t) - x * x + poly)
}

export class BeadScorer implements AlignmentGrid {
  readonly sourceCount: number
  readonly targetCount: number
  private readonly sourceLength: Float64Array
  private readonly targetLength: Float64Array
  private readonly sourceWeight: Float64Array
  private readonly targetWeight: Float64Array
  private readonly accS: Float64Array
  private readonly accT: Float64Array
  private readonly touched: Int32Array
  /** A grid of blocks, searched only to place the band of a finer one. */
  private coarse = false
  /** Prior of a bead by its sentence counts: priors[ns * 4 + nt]. */
  private readonly priors: readonly number[]

  /**
   * The grid of the units at the given rows of each side's table, in order; a row of MARK_ROW is a
   * paragraph mark.
   */
  constructor(
    private readonly source: UnitTable,
    private readonly sourceRows: Int32Array,
    private readonly target: UnitTable,
    private readonly targetRows: Int32Array,
    /** Weight of each interned key (rare anchors weigh more). */
    private readonly keyWeight: Float64Array,
    /** Expected target characters per source character. */
    private readonly ratio: number,
    private readonly params: CostParams
  ) {
    this.sourceCount = sourceRows.length
    this.targetCount = targetRows.length
    // Plain loops, not TypedArray.from: a scorer is built for every short pair a check aligns.
    this.sourceLength = new Float64Array(this.sourceCount)
    this.sourceWeight = new Float64Array(this.sourceCount)
    for (let k = 0; k < this.sourceCount; k++) {
      const row = sourceRows[k] ?? MARK_ROW
      this.sourceLength[k] = row === MARK_ROW ? 0 : (source.length[row] ?? 0)
      this.sourceWeight[k] = this.unitWeight(source, row)
    }
    this.targetLength = new Float64Array(this.targetCount)
    this.targetWeight = new Float64Array(this.targetCount)
    for (let k = 0; k < this.targetCount; k++) {
      const row = targetRows[k] ?? MARK_ROW
      this.targetLength[k] = row === MARK_ROW ? 0 : (target.length[row] ?? 0)
      this.targetWeight[k] = this.unitWeight(target, row)
    }
    this.accS = new Float64Array(keyWeight.length)
    this.accT = new Float64Array(keyWeight.length)
    // A key is touched at most once per bead, so one slot per key is enough.
    this.touched = new Int32Array(keyWeight.length)
    this.priors = priorTable(params.priors)
  }

  private unitWeight(table: UnitTable, row: number): number {
    let w = 0
    if (row === MARK_ROW) return w
    const end = table.start[row + 1] ?? 0
    for (let k = table.start[row] ?? 0; k < end; k++)
      w += (table.counts[k] ?? 0) * (this.keyWeight[table.ids[k] ?? 0] ?? 0)
    return w
  }

  /** Calls visit(id, count) for each anchor key of the unit at `position` of a side's sequence. */
  private static keysAt(
    table: UnitTable,
    rows: Int32Array,
    position: number,
    visit: (id: number, count: number) => void
  ): void {
    const row = rows[position] ?? MARK_ROW
    if (row === MARK_ROW) return
    const end = table.start[row + 1] ?? 0
    for (let k = table.start[row] ?? 0; k < end; k++) visit(table.ids[k] ?? 0, table.counts[k] ?? 0)
  }

  /**
   * Cost of the bead source[i, i+ds) <-> target[j, j+dt). When even a perfect lexical match could not
   * bring it under `budget`, a lower bound is returned without matching the anchors.
   */
  readonly cost = (i: number, j: number, ds: number, dt: number, budget = Infinity): number => {
    const p = this.params
    const sRows = this.sourceRows
    const tRows = this.targetRows
    let ls = 0
    let lt = 0
    let ws = 0
    let wt = 0
    let ns = 0
    let nt = 0
    for (let k = i; k < i + ds; k++) {
      if (sRows[k] === MARK_ROW) {
        // A mark only sits inside a bead that joins sentences of two paragraphs, never at its edge.
        if (ds === 1) return dt === 0 ? p.paragraphMerge : dt === 1 && tRows[j] === MARK_ROW ? 0 : Infinity
        if (k === i || k === i + ds - 1) return Infinity
      } else ns++
      ls += this.sourceLength[k] ?? 0
      ws += this.sourceWeight[k] ?? 0
    }
    for (let k = j; k < j + dt; k++) {
      if (tRows[k] === MARK_ROW) {
        if (dt === 1) return ds === 0 ? p.paragraphMerge : Infinity
        if (k === j || k === j + dt - 1) return Infinity
      } else nt++
      lt += this.targetLength[k] ?? 0
      wt += this.targetWeight[k] ?? 0
    }
    const crossed = ds - ns + dt - nt
    const prior = crossed * p.paragraphMerge + (ns < 4 && nt < 4 ? (this.priors[ns * 4 + nt] ?? Infinity) : Infinity)
    // A unit left unaligned has no partner whose length it should predict: its prior says it all.
    if (ds === 0 || dt === 0 || prior === Infinity) return prior
    const threshold = p.lexicalWeight * p.matchThreshold * (ws + wt)
    const cost = prior + p.lengthWeight * this.lengthCost(ls, lt) + threshold
    let matched: number
    if (ds === 1 && dt === 1) matched = this.pairMatched(i, j)
    else {
      // Anchors shared by a merged bead are at most those shared by its pairs: a cheap bound first.
      if (cost - 2 * p.lexicalWeight * Math.min(ws, wt) >= budget) return Infinity
      let pairs = 0
      for (let a = i; a < i + ds; a++) for (let b = j; b < j + dt; b++) pairs += this.pairMatched(a, b)
      if (cost - 2 * p.lexicalWeight * pairs >= budget) return Infinity
      matched = this.matchedWeight(i, j, ds, dt)
    }
    return cost - 2 * p.lexicalWeight * matched
  }

  /**
   * Sentence pairs that share rare anchors (keys found at most twice on each side), align well as
   * 1-1 beads and prefer each other; reduced to the longest chain ascending on both sides.
   */
  anchors(): Array<[number, number]> {
    if (this.coarse) return []
    const keyCount = this.keyWeight.length
    const dfS = new Int32Array(keyCount)
    const dfT = new Int32Array(keyCount)
    const { source, sourceRows, target, targetRows } = this
    for (let i = 0; i < this.sourceCount; i++)
      BeadScorer.keysAt(source, sourceRows, i, (id) => (dfS[id] = (dfS[id] ?? 0) + 1))
    for (let j = 0; j < this.targetCount; j++)
      BeadScorer.keysAt(target, targetRows, j, (id) => (dfT[id] = (dfT[id] ?? 0) + 1))
    const rare = (id: number): boolean =>
      (dfS[id] ?? 0) <= 2 && (dfT[id] ?? 0) <= 2 && (dfS[id] ?? 0) > 0 && (dfT[id] ?? 0) > 0
    const postings = new Map<number, number[]>()
    for (let j = 0; j < this.targetCount; j++) {
      BeadScorer.keysAt(target, targetRows, j, (id) => {
        if (rare(id)) pushTo(postings, id, j)
      })
    }
    const bestJ = new Int32Array(this.sourceCount).fill(-1)
    const costS = new Float64Array(this.sourceCount).fill(ANCHOR_COST)
    const bestI = new Int32Array(this.targetCount).fill(-1)
    const costT = new Float64Array(this.targetCount).fill(ANCHOR_COST)
    const seen = new Int32Array(this.targetCount).fill(-1)
    for (let i = 0; i < this.sourceCount; i++) {
      BeadScorer.keysAt(source, sourceRows, i, (id) => {
        for (const j of postings.get(id) ?? []) {
          if (seen[j] === i) continue
          seen[j] = i
          const c = this.cost(i, j, 1, 1)
          if (c < (costS[i] ?? 0)) {
            costS[i] = c
            bestJ[i] = j
          }
          if (c < (costT[j] ?? 0)) {
            costT[j] = c
            bestI[j] = i
          }
        }
      })
    }
    const pairs: Array<[number, number]> = []
    bestJ.forEach((j, i) => {
      if (j >= 0 && bestI[j] === i) pairs.push([i, j])
    })
    // A chance match (a shared number, a name) stands alone; true anchors come in runs.
    const supported = pairs.filter(([i, j], k) =>
      [pairs[k - 1], pairs[k + 1]].some(
        (other) => other !== undefined && Math.abs(other[0] - i) <= 4 && Math.abs(other[1] - j - (other[0] - i)) <= 2
      )
    )
    return longestAscendingChain(supported)
  }

  /**
   * How much better (nats) a chosen bead is than the nearest other reading of the same units: for a
   * bead that links sentences, leaving them unaligned or splitting the merge; for an unaligned
   * sentence, pairing it 1-1 with a neighbour on the other side.
   */
  evidence(i: number, j: number, ds: number, dt: number, cost: number): number {
    const prior = (shape: string): number => this.params.priors[shape] ?? Infinity
    if (ds === 0 || dt === 0) {
      let best = Infinity
      for (const [a, b] of ds === 0
        ? [
            [i, j],
            [i - 1, j]
          ]
        : [
            [i, j],
            [i, j - 1]
          ]) {
        if (a !== undefined && b !== undefined && a >= 0 && b >= 0 && a < this.sourceCount && b < this.targetCount) {
          best = Math.min(best, this.cost(a, b, 1, 1))
        }
      }
      return best - cost
    }
    let alternative = ds * prior('1-0') + dt * prior('0-1')
    if (ds === 2 && dt === 1) {
      alternative = Math.min(
        alternative,
        this.cost(i, j, 1, 1) + prior('1-0'),
        prior('1-0') + this.cost(i + 1, j, 1, 1)
      )
    } else if (ds === 1 && dt === 2) {
      alternative = Math.min(
        alternative,
        this.cost(i, j, 1, 1) + prior('0-1'),
        prior('0-1') + this.cost(i, j + 1, 1, 1)
      )
    } else if (ds === 2 && dt === 2) {
      alternative = Math.min(alternative, this.cost(i, j, 1, 1) + this.cost(i + 1, j + 1, 1, 1))
    }
    return alternative - cost
  }

  /** Weight of anchors shared by one source and one target unit (ids are sorted: a merge walk). */
  pairMatched(i: number, j: number): number {
    const { source: s, target: t } = this
    const rs = this.sourceRows[i] ?? MARK_ROW
    const rt = this.targetRows[j] ?? MARK_ROW
    let matched = 0
    if (rs === MARK_ROW || rt === MARK_ROW) return matched
    let a = s.start[rs] ?? 0
    let b = t.start[rt] ?? 0
    const aEnd = s.start[rs + 1] ?? 0
    const bEnd = t.start[rt + 1] ?? 0
    while (a < aEnd && b < bEnd) {
      const x = s.ids[a] as number
      const y = t.ids[b] as number
      if (x < y) a++
      else if (x > y) b++
      else {
        matched += Math.min(s.counts[a] ?? 0, t.counts[b] ?? 0) * (this.keyWeight[x] ?? 0)
        a++
        b++
      }
    }
    return matched
  }

  /** Weighted count of anchors present on both sides (min of the two counts per key). */
  matchedWeight(i: number, j: number, ds: number, dt: number): number {
    const { accS, accT, keyWeight, touched, source, target } = this
    let nTouched = 0
    for (let u = i; u < i + ds; u++) {
      const row = this.sourceRows[u] ?? MARK_ROW
      if (row === MARK_ROW) continue
      const end = source.start[row + 1] ?? 0
      for (let k = source.start[row] ?? 0; k < end; k++) {
        const id = source.ids[k] as number
        if (accS[id] === 0) touched[nTouched++] = id
        accS[id] = (accS[id] ?? 0) + (source.counts[k] ?? 0)
      }
    }
    for (let u = j; u < j + dt; u++) {
      const row = this.targetRows[u] ?? MARK_ROW
      if (row === MARK_ROW) continue
      const end = target.start[row + 1] ?? 0
      for (let k = target.start[row] ?? 0; k < end; k++) {
        const id = target.ids[k] as number
        if (accS[id] !== 0) accT[id] = (accT[id] ?? 0) + (target.counts[k] ?? 0)
      }
    }
    let matched = 0
    for (let k = 0; k < nTouched; k++) {
      const id = touched[k] as number
      matched += Math.min(accS[id] ?? 0, accT[id] ?? 0) * (keyWeight[id] ?? 0)
      accS[id] = 0
      accT[id] = 0
    }
    return matched
  }

  /** Gale-Church cost of aligning ls source characters with lt target characters. */
  lengthCost(ls: number, lt: number): number {
    const expected = ls * this.ratio
    const scale = Math.max(1, (expected + lt) / 2)
    return twoSidedNormalCost((lt - expected) / Math.sqrt(this.params.variance * scale))
  }

  coarsen(factor: number): BeadScorer {
    const merge = (table: UnitTable, rows: Int32Array): UnitTable => {
      const out = new UnitTableBuilder(Math.ceil(rows.length / factor))
      for (let start = 0; start < rows.length; start += factor) {
        this.block(out, table, rows, start, Math.min(rows.length, start + factor))
      }
      return out.build()
    }
    const source = merge(this.source, this.sourceRows)
    const target = merge(this.target, this.targetRows)
    const coarse = new BeadScorer(
      source,
      identityRows(source),
      target,
      identityRows(target),
      this.keyWeight,
      this.ratio,
      coarseParams(this.params, factor)
    )
    coarse.coarse = true
    return coarse
  }

  /**
   * Units [from, to) as one block, keeping only its rarest anchors (numbers, names): they place a
   * block well enough, and a fixed number keeps blocks as cheap to score as sentences.
   */
  private block(out: UnitTableBuilder, table: UnitTable, rows: Int32Array, from: number, to: number): void {
    const { accS: counts, touched, keyWeight } = this
    let n = 0
    let length = 0
    for (let u = from; u < to; u++) {
      const row = rows[u] ?? MARK_ROW
      if (row === MARK_ROW) continue
      length += table.length[row] ?? 0
      const end = table.start[row + 1] ?? 0
      for (let k = table.start[row] ?? 0; k < end; k++) {
        const id = table.ids[k] as number
        if (counts[id] === 0) touched[n++] = id
        counts[id] = (counts[id] ?? 0) + (table.counts[k] ?? 0)
      }
    }
    let kept = touched.slice(0, n)
    if (n > COARSE_KEYS) kept = kept.sort((x, y) => (keyWeight[y] ?? 0) - (keyWeight[x] ?? 0)).slice(0, COARSE_KEYS)
    kept.sort()
    for (const id of kept) out.key(id, counts[id] ?? 0)
    for (let k = 0; k < n; k++) counts[touched[k] ?? 0] = 0
    out.end(length)
  }
}

/**
 * Costs for blocks of `factor` units. A block left unaligned stands for `factor` unaligned units, so
 * its prior scales with it; a merge of blocks only says where the two sides drift apart, which the
 * lengths judge. Blocks cut across sentence beads, so anchors only count in favour (no threshold);
 * the fine search around the coarse path settles the details.
 */
function coarseParams(params: CostParams, factor: number): CostParams {
  const priors: Record<string, number> = {}
  for (const [shape, cost] of Object.entries(params.priors)) priors[shape] = shape.includes('0') ? cost * factor : cost
  return { ...params, priors, matchThreshold: 0 }
}

const COARSE_KEYS = 32

/** A pair is an anchor only if it aligns this much better than nothing (1-1 cost, nats). */
const ANCHOR_COST = -4

/** Longest chain of pairs ascending in both coordinates (pairs come sorted by the first). */
export function longestAscendingChain(pairs: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const tails: number[] = []
  const previous = new Int32Array(pairs.length).fill(-1)
  for (let k = 0; k < pairs.length; k++) {
    const j = pairs[k]?.[1] ?? 0
    let low = 0
    let high = tails.length
    while (low < high) {
      const mid = (low + high) >> 1
      if ((pairs[tails[mid] ?? 0]?.[1] ?? 0) < j) low = mid + 1
      else high = mid
    }
    if (low > 0) previous[k] = tails[low - 1] ?? -1
    tails[low] = k
  }
  const chain: Array<[number, number]> = []
  for (let k = tails.at(-1) ?? -1; k >= 0; k = previous[k] ?? -1) {
    const pair = pairs[k]
    if (pair) chain.push([pair[0], pair[1]])
  }
  return chain.reverse()
}

/** Prior of a bead by its sentence counts, at ns * 4 + nt (counts up to 3; 1-1 costs nothing). */
function priorTable(priors: Readonly<Record<string, number>>): number[] {
  const table: number[] = []
  for (let k = 0; k < 16; k++) table.push(Infinity)
  table[1 * 4 + 1] = 0
  for (const shape in priors) {
    const [ns = 0, nt = 0] = shape.split('-').map(Number)
    if (ns < 4 && nt < 4) table[ns * 4 + nt] = priors[shape] ?? Infinity
  }
  return table
}

/** Rows 0 .. size - 1 of a table, in order. */
function identityRows(table: UnitTable): Int32Array {
  return Int32Array.from({ length: table.length.length }, (_, k) => k)
}
