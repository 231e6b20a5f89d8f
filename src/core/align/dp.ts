/**
 * Monotonic alignment by dynamic programming over a band of the (source, target) grid.
 * Cell (i, j) holds the cheapest way to align the first i source units with the first j target
 * units; a bead of shape (ds, dt) moves from (i - ds, j - dt) to (i, j).
 * Long inputs are first aligned at a coarser resolution (consecutive units merged into blocks) and
 * the fine search is confined to a band around that path, so time and memory grow linearly.
 */
import { appendAll } from '../collections/arrays'

export interface Shape {
  readonly ds: number
  readonly dt: number
}

export interface PathBead {
  /** First source and target unit of the bead. */
  readonly i: number
  readonly j: number
  readonly ds: number
  readonly dt: number
  readonly cost: number
}

/** For each source position i in 0..n, the target positions lo[i]..hi[i] that are searched. */
export interface Band {
  readonly lo: Int32Array
  readonly hi: Int32Array
}

/**
 * Cost of the bead source[i, i+ds) <-> target[j, j+dt). May return any value >= budget instead of
 * the exact cost (Infinity) when the bead cannot come in under budget.
 */
export type BeadCost = (i: number, j: number, ds: number, dt: number, budget?: number) => number

/** A grid that can be scored and merged into a coarser grid of blocks of units. */
export interface AlignmentGrid {
  readonly sourceCount: number
  readonly targetCount: number
  cost: BeadCost
  /** The grid of blocks of `factor` consecutive units (the last block may be shorter). */
  coarsen(factor: number): AlignmentGrid
  /** Pairs (i, j) very likely in one bead, ascending in both, that any good path passes near. */
  anchors?(): ReadonlyArray<readonly [number, number]>
}

export function fullBand(n: number, m: number): Band {
  return { lo: new Int32Array(n + 1), hi: new Int32Array(n + 1).fill(m) }
}

/**
 * Best path from (i0, j0) to (n, m) through the band (rows i0..n, columns clipped to j0..m).
 */
export function searchBand(
  n: number,
  m: number,
  shapes: readonly Shape[],
  cost: BeadCost,
  band: Band,
  i0 = 0,
  j0 = 0
): PathBead[] {
  // Row r of the arrays below is row i0 + r of the grid: a window costs only its own rows.
  const rows = n - i0 + 1
  const lo = new Int32Array(rows)
  const hi = new Int32Array(rows)
  const offsets = new Int32Array(rows + 1)
  for (let r = 0; r < rows; r++) {
    lo[r] = Math.max(j0, band.lo[i0 + r] ?? 0)
    hi[r] = Math.min(m, band.hi[i0 + r] ?? m)
    offsets[r + 1] = (offsets[r] ?? 0) + Math.max(0, (hi[r] ?? 0) - (lo[r] ?? 0) + 1)
  }
  const best = new Float64Array(offsets[rows] ?? 0).fill(Infinity)
  const move = new Int8Array(offsets[rows] ?? 0).fill(-1)
  const cellOf = (r: number, j: number): number => (offsets[r] ?? 0) + j - (lo[r] ?? 0)
  if (j0 >= (lo[0] ?? 0) && j0 <= (hi[0] ?? -1)) best[cellOf(0, j0)] = 0
  for (let r = 0; r < rows; r++) {
    const i = i0 + r
    const rowLo = lo[r] ?? 0
    const rowHi = hi[r] ?? 0
    const rowOffset = offsets[r] ?? 0
    for (let j = rowLo; j <= rowHi; j++) {
      if (r === 0 && j === j0) continue
      let cellBest = Infinity
      let cellMove = -1
      for (let s = 0; s < shapes.length; s++) {
        const shape = shapes[s] as Shape
        const pr = r - shape.ds
        const pj = j - shape.dt
        if (pr < 0 || pj < j0) continue
        const pLo = lo[pr] ?? 0
        if (pj < pLo || pj > (hi[pr] ?? -1)) continue
        const previous = best[(offsets[pr] ?? 0) + pj - pLo] ?? Infinity
        if (previous === Infinity) continue
        const total = previous + cost(i - shape.ds, pj, shape.ds, shape.dt, cellBest - previous)
        if (total < cellBest) {
          cellBest = total
          cellMove = s
        }
      }
      best[rowOffset + j - rowLo] = cellBest
      move[rowOffset + j - rowLo] = cellMove
    }
  }
  const path: PathBead[] = []
  let r = rows - 1
  let j = m
  while (r > 0 || j > j0) {
    const cell = cellOf(r, j)
    const shape = shapes[move[cell] ?? -1]
    if (shape === undefined) throw new Error(`alignment band does not reach (${i0 + r}, ${j})`)
    const pr = r - shape.ds
    const pj = j - shape.dt
    const before = best[cellOf(pr, pj)] ?? 0
    path.push({ i: i0 + pr, j: pj, ds: shape.ds, dt: shape.dt, cost: (best[cell] ?? 0) - before })
    r = pr
    j = pj
  }
  return path.reverse()
}

/**
 * The band of the fine grid around a path found on blocks. `sourceStarts[k]` is the first fine unit
 * of coarse unit k (with a final entry n), likewise for the target side.
 */
export function bandAroundPath(
  path: readonly PathBead[],
  sourceStarts: readonly number[],
  targetStarts: readonly number[],
  n: number,
  m: number,
  margin: number
): Band {
  const lo = new Int32Array(n + 1).fill(m)
  const hi = new Int32Array(n + 1)
  const widen = (i: number, from: number, to: number): void => {
    if (i < 0 || i > n) return
    lo[i] = Math.min(lo[i] ?? m, Math.max(0, from))
    hi[i] = Math.max(hi[i] ?? 0, Math.min(m, to))
  }
  for (const bead of path) {
    const s0 = sourceStarts[bead.i] ?? n
    const s1 = sourceStarts[bead.i + bead.ds] ?? n
    const t0 = targetStarts[bead.j] ?? m
    const t1 = targetStarts[bead.j + bead.dt] ?? m
    if (s1 === s0) {
      widen(s0, t0 - margin, t1 + margin)
      continue
    }
    // Inside a coarse bead the fine path is expected near the diagonal of its box.
    for (let i = s0; i <= s1; i++) {
      const centre = t0 + ((i - s0) * (t1 - t0)) / (s1 - s0)
      widen(i, Math.floor(centre) - margin, Math.ceil(centre) + margin)
    }
  }
  return monotonicBand(lo, hi, n, m)
}

/** Makes a band walkable from (0, 0) to (n, m): both edges non-decreasing and consecutive rows touching. */
function monotonicBand(lo: Int32Array, hi: Int32Array, n: number, m: number): Band {
  lo[0] = 0
  hi[n] = m
  for (let i = n - 1; i >= 0; i--) lo[i] = Math.min(lo[i] ?? 0, lo[i + 1] ?? 0)
  for (let i = 1; i <= n; i++) hi[i] = Math.max(hi[i] ?? 0, hi[i - 1] ?? 0)
  for (let i = 1; i <= n; i++) if ((hi[i - 1] ?? 0) < (lo[i] ?? 0)) hi[i - 1] = lo[i] ?? 0
  for (let i = 0; i <= n; i++) if ((lo[i] ?? 0) > (hi[i] ?? 0)) lo[i] = hi[i] ?? 0
  return { lo, hi }
}

export interface SearchLimits {
  /** Grids up to this many cells are searched whole. */
  fullSearchCells: number
  /** Units merged per block at each coarser level. */
  blockSize: number
  /** Fine units searched on each side of the projected coarse path. */
  margin: number
  /** Cells per row that boxes between anchors may add to the band, at most. */
  anchorCellsPerRow: number
}

export const DEFAULT_LIMITS: SearchLimits = {
  fullSearchCells: 10_000,
  blockSize: 6,
  margin: 6,
  anchorCellsPerRow: 32
}

type Anchors = ReadonlyArray<readonly [number, number]>

/**
 * Best monotonic path through a grid, searched whole when small, else coarse-to-fine. The grid's
 * anchors widen the band at every level where the coarser path strays from them.
 */
export function alignGrid(grid: AlignmentGrid, shapes: readonly Shape[], limits = DEFAULT_LIMITS): PathBead[] {
  return alignLevel(grid, shapes, limits, () => grid.anchors?.() ?? [])
}

/** Anchors are asked for only when the grid is too big to search whole: most grids never need them. */
function alignLevel(
  grid: AlignmentGrid,
  shapes: readonly Shape[],
  limits: SearchLimits,
  anchorsOf: () => Anchors
): PathBead[] {
  const n = grid.sourceCount
  const m = grid.targetCount
  if ((n + 1) * (m + 1) <= limits.fullSearchCells || n <= 1 || m <= 1) {
    return searchBand(n, m, shapes, grid.cost, fullBand(n, m))
  }
  const anchors = anchorsOf()
  const factor = limits.blockSize
  const coarse = grid.coarsen(factor)
  const coarsePath = alignLevel(coarse, shapes, limits, () => blockAnchors(anchors, factor))
  const starts = (count: number, total: number): number[] =>
    Array.from({ length: count + 1 }, (_, k) => Math.min(total, k * factor))
  let band = bandAroundPath(
    coarsePath,
    starts(coarse.sourceCount, n),
    starts(coarse.targetCount, m),
    n,
    m,
    limits.margin
  )
  // Anchors keep the true path in the band where the coarser view went astray (a long omission).
  if (anchors.length > 0) {
    band = unionBand(band, bandAroundAnchors(anchors, band, n, m, limits), n, m)
  }
  // Where the best path runs along the edge of the band, a better one may lie outside it: widen the
  // band there and search that stretch again, between points of the current path.
  let path = searchBand(n, m, shapes, grid.cost, band)
  for (let widen = limits.margin * 2; widen <= Math.max(n, m); widen *= 2) {
    const edges = edgeRows(path, band, m)
    if (edges.length === 0) break
    band = widened(band, edges, widen, n, m)
    path = researched(path, clusters(edges, 2 * widen), shapes, grid.cost, band)
  }
  return path
}

/** Runs of sorted rows closer than `reach` to each other, each widened by `reach` on both sides. */
function clusters(rows: readonly number[], reach: number): Array<[number, number]> {
  const out: Array<[number, number]> = []
  for (const r of [...rows].sort((a, b) => a - b)) {
    const last = out.at(-1)
    if (last && r - reach <= last[1]) last[1] = r + reach
    else out.push([r - reach, r + reach])
  }
  return out
}

/** The path with its stretches over the given rows (ascending, disjoint) searched again in the band. */
function researched(
  path: readonly PathBead[],
  windows: ReadonlyArray<readonly [number, number]>,
  shapes: readonly Shape[],
  cost: BeadCost,
  band: Band
): PathBead[] {
  const out: PathBead[] = []
  let next = 0
  for (const [from, to] of windows) {
    let first = next
    while (first < path.length && (path[first]?.i ?? 0) + (path[first]?.ds ?? 0) <= from) first++
    let last = first
    while (last < path.length && (path[last]?.i ?? 0) < to) last++
    const start = path[first]
    const end = path[last - 1]
    if (!start || !end || last <= first) continue
    for (let k = next; k < first; k++) out.push(path[k] as PathBead)
    appendAll(out, searchBand(end.i + end.ds, end.j + end.dt, shapes, cost, band, start.i, start.j))
    next = last
  }
  for (let k = next; k < path.length; k++) out.push(path[k] as PathBead)
  return out
}

/** Anchors in block coordinates, one per block pair, still ascending in both. */
function blockAnchors(anchors: Anchors, factor: number): Anchors {
  const out: Array<readonly [number, number]> = []
  for (const [i, j] of anchors) {
    const block = [Math.floor(i / factor), Math.floor(j / factor)] as const
    const last = out.at(-1)
    if (last && (last[0] >= block[0] || last[1] >= block[1])) continue
    out.push(block)
  }
  return out
}

/**
 * Boxes between consecutive anchors that the band may not cover: an anchor off the band (the coarse
 * view went astray), or one side much longer than the other between them (a long omission the coarse
 * view may have smeared). Inside a box, rows may reach from one anchor's column to the next one's.
 * The most suspicious stretches come first, within a budget of cells per row, so time stays linear.
 */
export function bandAroundAnchors(
  anchors: ReadonlyArray<readonly [number, number]>,
  band: Band,
  n: number,
  m: number,
  limits: SearchLimits
): Band {
  const { margin } = limits
  const lo = new Int32Array(n + 1).fill(m)
  const hi = new Int32Array(n + 1)
  // Points the path goes through if the anchors are right: after each anchor's 1-1 bead.
  const points: Array<readonly [number, number]> = [[0, 0], ...anchors.map(([i, j]) => [i + 1, j + 1] as const), [n, m]]
  const inside = (k: number): boolean => {
    const [i, j] = points[k] as readonly [number, number]
    return j >= (band.lo[i] ?? 0) && j <= (band.hi[i] ?? m)
  }
  const slope = n > 0 ? m / n : 1
  const suspects: Array<{ k: number; skew: number; area: number }> = []
  for (let k = 0; k + 1 < points.length; k++) {
    const [i0, j0] = points[k] as readonly [number, number]
    const [i1, j1] = points[k + 1] as readonly [number, number]
    const skew = Math.abs(j1 - j0 - (i1 - i0) * slope)
    const off = !inside(k) || !inside(k + 1)
    // Between distant anchors the two sides drift apart by merges and splits alone: a tenth of the
    // stretch is tolerated before it counts as an omission.
    if (skew <= 2 * margin + 0.1 * (i1 - i0) && !off) continue
    const area = (i1 - i0 + 2 * margin + 2) * (j1 - j0 + 2 * margin + 2)
    suspects.push({ k, skew: off ? Infinity : skew, area })
  }
  let budget = limits.anchorCellsPerRow * (n + 1)
  for (const { k, area } of suspects.sort((x, y) => y.skew - x.skew)) {
    if (area > budget) continue
    budget -= area
    const [i0, j0] = points[k] as readonly [number, number]
    const [i1, j1] = points[k + 1] as readonly [number, number]
    for (let i = Math.max(0, i0 - 1 - margin); i <= Math.min(n, i1 + margin); i++) {
      lo[i] = Math.min(lo[i] ?? m, Math.max(0, j0 - 1 - margin))
      hi[i] = Math.max(hi[i] ?? 0, Math.min(m, j1 + margin))
    }
  }
  return { lo, hi }
}

function unionBand(a: Band, b: Band, n: number, m: number): Band {
  const lo = Int32Array.from(a.lo, (x, i) => Math.min(x, b.lo[i] ?? x))
  const hi = Int32Array.from(a.hi, (x, i) => Math.max(x, b.hi[i] ?? x))
  return monotonicBand(lo, hi, n, m)
}

/** Rows where the path touches the inner edge of the band. */
function edgeRows(path: readonly PathBead[], band: Band, m: number): number[] {
  const rows: number[] = []
  for (const b of path) {
    const i = b.i + b.ds
    const j = b.j + b.dt
    const lo = band.lo[i] ?? 0
    const hi = band.hi[i] ?? m
    if ((j === lo && lo > 0) || (j === hi && hi < m)) rows.push(i)
  }
  return rows
}

function widened(band: Band, rows: readonly number[], by: number, n: number, m: number): Band {
  const lo = Int32Array.from(band.lo)
  const hi = Int32Array.from(band.hi)
  for (const r of rows) {
    for (let i = Math.max(0, r - by); i <= Math.min(n, r + by); i++) {
      lo[i] = Math.max(0, (band.lo[i] ?? 0) - by)
      hi[i] = Math.min(m, (band.hi[i] ?? m) + by)
    }
  }
  return monotonicBand(lo, hi, n, m)
}
