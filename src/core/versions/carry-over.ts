/**
 * A new version of one side of a document, against the previous one: which paragraphs stayed,
 * which changed (near-equal, merged or split), which went and which are new; then which beads
 * carry their review over and which must be reviewed again. Pure: the store applies the result.
 */
import { memoryWords, similarity } from '../memory/similarity'

/** Paragraphs this near-equal are one paragraph edited, not one removed and one added. */
export const CHANGED_SIMILARITY = 0.75

/**
 * One step of the comparison, in document order. Every old and every new paragraph is in exactly
 * one link: `unchanged` and `changed` link 1–1, 2–1 (merged) or 1–2 (split); `removed` has no new
 * paragraph, `added` no old one.
 */
export interface VersionLink {
  kind: 'unchanged' | 'changed' | 'removed' | 'added'
  old: number[]
  new: number[]
}

const folded = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase()

/** Longest common subsequence of equal texts, as [old, new] index pairs in order. */
function equalAnchors(previous: readonly string[], next: readonly string[]): Array<[number, number]> {
  // Only texts present on both sides can anchor: the table stays small when most paragraphs changed.
  const nextSet = new Set(next)
  const oldIdx = previous.flatMap((t, i) => (nextSet.has(t) ? [i] : []))
  const prevSet = new Set(previous)
  const newIdx = next.flatMap((t, j) => (prevSet.has(t) ? [j] : []))
  const n = oldIdx.length
  const m = newIdx.length
  const table = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1))
  for (let a = n - 1; a >= 0; a--)
    for (let b = m - 1; b >= 0; b--)
      table[a]![b] =
        previous[oldIdx[a]!] === next[newIdx[b]!]
          ? table[a + 1]![b + 1]! + 1
          : Math.max(table[a + 1]![b]!, table[a]![b + 1]!)
  const pairs: Array<[number, number]> = []
  let a = 0
  let b = 0
  while (a < n && b < m) {
    if (previous[oldIdx[a]!] === next[newIdx[b]!]) {
      pairs.push([oldIdx[a]!, newIdx[b]!])
      a++
      b++
    } else if (table[a + 1]![b]! >= table[a]![b + 1]!) a++
    else b++
  }
  return pairs
}

/** How alike two texts are as paragraphs of one release: 1 when they differ only in spacing or case. */
function likeness(a: string, b: string): number {
  if (folded(a) === folded(b)) return 1
  return similarity(memoryWords(a), memoryWords(b))
}

/**
 * The paragraphs between two anchors: a small dynamic programme over 1–1, 2–1 and 1–2 pairings of
 * near-equal texts (score: their likeness), skipping the rest as removed or added.
 */
function alignGap(previous: readonly string[], next: readonly string[], o0: number, n0: number): VersionLink[] {
  const n = previous.length
  const m = next.length
  if (n * m > MAX_GAP_CELLS) return pairInOrder(n, m, o0, n0)
  const best = Array.from({ length: n + 1 }, () => new Float64Array(m + 1))
  const step = Array.from({ length: n + 1 }, () => new Array<[number, number]>(m + 1).fill([0, 0]))
  const pairScore = (i: number, di: number, j: number, dj: number): number => {
    const s = likeness(previous.slice(i, i + di).join(' '), next.slice(j, j + dj).join(' '))
    return s >= CHANGED_SIMILARITY ? s * (di + dj) : -1
  }
  for (let i = n; i >= 0; i--)
    for (let j = m; j >= 0; j--) {
      if (i === n && j === m) continue
      let score = -Infinity
      let move: [number, number] = [0, 0]
      const consider = (di: number, dj: number, gain: number): void => {
        if (i + di > n || j + dj > m || gain < 0) return
        const total = gain + best[i + di]![j + dj]!
        if (total > score) {
          score = total
          move = [di, dj]
        }
      }
      consider(1, 0, 0)
      consider(0, 1, 0)
      if (i < n && j < m) {
        consider(1, 1, pairScore(i, 1, j, 1))
        consider(2, 1, i + 1 < n ? pairScore(i, 2, j, 1) : -1)
        consider(1, 2, j + 1 < m ? pairScore(i, 1, j, 2) : -1)
      }
      best[i]![j] = score
      step[i]![j] = move
    }
  const links: VersionLink[] = []
  let i = 0
  let j = 0
  while (i < n || j < m) {
    const [di, dj] = step[i]![j]!
    const old = Array.from({ length: di }, (_, k) => o0 + i + k)
    const added = Array.from({ length: dj }, (_, k) => n0 + j + k)
    links.push({ kind: di === 0 ? 'added' : dj === 0 ? 'removed' : 'changed', old, new: added })
    i += di
    j += dj
  }
  return links
}

/** Beyond this many pairs a gap is mostly rewritten text: comparing every pair would only cost time. */
const MAX_GAP_CELLS = 40_000

/** A rewritten stretch: paragraphs paired in order as changed, the longer side's rest removed or added. */
function pairInOrder(n: number, m: number, o0: number, n0: number): VersionLink[] {
  return Array.from({ length: Math.max(n, m) }, (_, k) => {
    const old = k < n ? [o0 + k] : []
    const added = k < m ? [n0 + k] : []
    return { kind: k >= n ? 'added' : k >= m ? 'removed' : 'changed', old, new: added }
  })
}

/** The links from the previous paragraphs of a side to the new ones, in order. */
export function compareVersions(previous: readonly string[], next: readonly string[]): VersionLink[] {
  const links: VersionLink[] = []
  let o = 0
  let n = 0
  for (const [a, b] of [...equalAnchors(previous, next), [previous.length, next.length] as [number, number]]) {
    links.push(...alignGap(previous.slice(o, a), next.slice(n, b), o, n))
    if (a < previous.length) links.push({ kind: 'unchanged', old: [a], new: [b] })
    o = a + 1
    n = b + 1
  }
  return links
}

/** A bead after the new version: its paragraphs, the bead it continues, and whether it changed. */
export interface CarriedBead {
  source: number[]
  target: number[]
  /** Position of the previous bead it continues; null for a bead of new paragraphs. */
  from: number | null
  /** Its text on the new side differs from the previous version (or it is new): review it again. */
  changed: boolean
}

export interface CarryOver {
  beads: CarriedBead[]
  /** Previous bead positions that have no paragraph left. */
  removed: number[]
}

/**
 * The beads over the new paragraphs of `side`, the other side as it was. A previous bead keeps the
 * new paragraphs its own paragraphs link to (a paragraph merged from two beads goes to the first);
 * a new paragraph right after removed ones takes the place of the first (a paragraph rewritten beyond
 * recognition stays in its segment); any other new paragraph becomes a bead of its own after the bead
 * holding the paragraph before it.
 */
export function carryOver(
  beads: ReadonlyArray<{ source: readonly number[]; target: readonly number[] }>,
  side: 'source' | 'target',
  links: readonly VersionLink[]
): CarryOver {
  const beadOfOld = new Map<number, number>()
  beads.forEach((b, k) => {
    for (const p of b[side]) beadOfOld.set(p, k)
  })
  const owned = beads.map(() => ({ paragraphs: [] as number[], changed: false }))
  /** For each new paragraph: the bead that owns it, or null when it is new. */
  const owner: Array<number | null> = []
  // Beads that just lost a paragraph: a new paragraph right after takes its place (a rewrite).
  const vacated: number[] = []
  for (const link of links) {
    const firstOld = link.old[0]
    const k = firstOld === undefined ? vacated.shift() : beadOfOld.get(firstOld)
    if (link.kind === 'removed') vacated.push(...link.old.flatMap((p) => beadOfOld.get(p) ?? []))
    else if (link.kind !== 'added') vacated.length = 0
    for (const p of link.new) owner[p] = k ?? null
    if (k !== undefined) owned[k]!.paragraphs.push(...link.new)
    // Every bead a changed, merged or removed paragraph came from has changed.
    if (link.kind !== 'unchanged')
      for (const p of link.old) {
        const from = beadOfOld.get(p)
        if (from !== undefined) owned[from]!.changed = true
      }
  }
  const out: CarriedBead[] = []
  const removed: number[] = []
  const pending = new Map<number | null, number[]>()
  // New paragraphs go after the bead that owns the paragraph before them (null: at the start).
  let anchor: number | null = null
  owner.forEach((k, p) => {
    if (k === null) pending.set(anchor, [...(pending.get(anchor) ?? []), p])
    else anchor = k
  })
  const flush = (after: number | null): void => {
    for (const p of pending.get(after) ?? [])
      out.push({
        source: side === 'source' ? [p] : [],
        target: side === 'target' ? [p] : [],
        from: null,
        changed: true
      })
  }
  flush(null)
  beads.forEach((b, k) => {
    const mine = owned[k]!
    const other = side === 'source' ? b.target : b.source
    if (mine.paragraphs.length === 0 && other.length === 0) removed.push(k)
    else
      out.push({
        source: side === 'source' ? mine.paragraphs : [...b.source],
        target: side === 'target' ? mine.paragraphs : [...b.target],
        from: k,
        changed: mine.changed
      })
    flush(k)
  })
  return { beads: out, removed }
}

const words = (text: string): string[] => text.split(/\s+/).filter((w) => w !== '')

/**
 * Whether the translator took a reviewer's correction of a paragraph into the new version: the
 * words the correction brought appear with a word beside them (for a deletion, the two words on
 * either side of it now side by side), so other edits elsewhere in the paragraph do not hide it.
 */
export function correctionTaken(before: string, after: string, next: string): boolean {
  const b = words(before)
  const a = words(after)
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let end = 0
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++
  const inserted = a.slice(start, a.length - end)
  const left = a.slice(Math.max(0, start - 1), start)
  const right = a.slice(a.length - end, a.length - end + 1)
  const text = ` ${words(next).join(' ')} `
  const has = (w: string[]): boolean => text.includes(` ${w.join(' ')} `)
  if (inserted.length === 0) return left.length + right.length === 0 ? text.trim() === '' : has([...left, ...right])
  return has([...left, ...inserted]) || has([...inserted, ...right])
}
