import type { Lang } from '../domain/language'
import { alignGrid, type PathBead } from './dp'
import { extractFeatures, GlossaryMatcher, type GlossaryEntry, type WordKeys } from './features'
import { BeadScorer, MARK_ROW, UnitTableBuilder, type UnitTable } from './model'
import { DEFAULT_PARAMS, SHAPES, type EngineParams } from './params'
import { appendAll } from '../collections/arrays'

export interface EngineOptions {
  sourceLang: Lang
  targetLang: Lang
  glossary?: readonly GlossaryEntry[]
  lockedParagraphBeads?: ReadonlyArray<{ source: readonly number[]; target: readonly number[] }>
  /** Word keys kept by a caller that aligns many documents (bounded); a run of its own otherwise. */
  wordKeys?: Record<Lang, WordKeys>
}

export interface EngineBead {
  source: number[]
  target: number[]
  confidence: number
}

export interface EngineParagraphBead extends EngineBead {
  sentences: EngineBead[]
}

/**
 * Interns anchor keys of one document to dense ids, numbered in order of first appearance, and
 * adds each sentence to a side's unit table as its distinct ids (ascending) with their counts.
 */
class KeyTable {
  private readonly ids = new Map<string, number>()
  /** Ids of the sentence being added; reused: one buffer per document, not one per sentence. */
  private scratch = new Int32Array(16)

  /** Adds a sentence with its anchor keys and then its glossary keys. */
  add(out: UnitTableBuilder, text: string, keys: readonly string[], glossaryKeys: readonly string[]): void {
    const total = keys.length + glossaryKeys.length
    if (total > this.scratch.length) this.scratch = new Int32Array(Math.max(total, 2 * this.scratch.length))
    let n = 0
    for (const list of [keys, glossaryKeys]) {
      for (const key of list) {
        let id = this.ids.get(key)
        if (id === undefined) {
          id = this.ids.size
          this.ids.set(key, id)
        }
        this.scratch[n++] = id
      }
    }
    const all = n > 1 ? this.scratch.subarray(0, n).sort() : this.scratch
    // Run-length count of the sorted ids.
    for (let k = 0; k < n;) {
      const id = all[k] ?? 0
      let count = 0
      while (k < n && all[k] === id) {
        count++
        k++
      }
      out.key(id, count)
    }
    out.end(text.length)
  }

  get size(): number {
    return this.ids.size
  }
}

const NO_KEYS: readonly string[] = []

/** Inverse document frequency over the units of both sides: anchors found everywhere weigh little. */
function keyWeights(tables: readonly UnitTable[], keyCount: number): Float64Array {
  const df = new Float64Array(keyCount)
  let n = 0
  for (const t of tables) {
    for (const id of t.ids) df[id] = (df[id] ?? 0) + 1
    n += t.length.length
  }
  return df.map((d) => (d > 0 ? Math.log(1 + n / d) : 0))
}

function expectedRatio(source: UnitTable, target: UnitTable, opts: EngineOptions, p: EngineParams): number {
  const prior = opts.sourceLang === opts.targetLang ? 1 : opts.sourceLang === 'es' ? p.enPerEsChars : 1 / p.enPerEsChars
  let ls = 0
  let lt = 0
  for (const length of source.length) ls += length
  for (const length of target.length) lt += length
  return (lt + prior * p.ratioPriorChars) / (ls + p.ratioPriorChars)
}

/**
 * Two-level alignment of sentences grouped in paragraphs. Paragraph and sentence beads are found
 * together: one search over the sentences of both sides, where the boundary between two paragraphs
 * is a unit that either meets the other side's boundary (closing a paragraph bead) or is skipped at
 * a cost (two paragraphs share a bead). Sentence beads therefore never straddle paragraph beads, and a
 * paragraph bead is judged by how well its sentences align, not by its total length alone.
 */
export function alignParagraphSentences(
  source: readonly (readonly string[])[],
  target: readonly (readonly string[])[],
  opts: EngineOptions,
  params: EngineParams = DEFAULT_PARAMS
): EngineParagraphBead[] {
  const table = new KeyTable()
  const sourceGlossary = new GlossaryMatcher(opts.glossary ?? [], 'source')
  const targetGlossary = new GlossaryMatcher(opts.glossary ?? [], 'target')
  const wordKeys = opts.wordKeys ?? { es: new Map(), en: new Map() }
  // Row k of a side's table is its k-th sentence in document order (its global index).
  const toUnits = (paras: readonly (readonly string[])[], lang: Lang, glossary: GlossaryMatcher): UnitTable => {
    let count = 0
    let chars = 0
    for (const sentences of paras) {
      count += sentences.length
      for (const s of sentences) chars += s.length
    }
    // A sentence of news prose has about one distinct anchor per 11 characters (dev set).
    const out = new UnitTableBuilder(count, 16 + Math.ceil(chars / 10))
    for (const sentences of paras) {
      for (const s of sentences) {
        table.add(
          out,
          s,
          extractFeatures(s, lang, wordKeys[lang]).keys,
          glossary.isEmpty ? NO_KEYS : glossary.keysIn(s)
        )
      }
    }
    return out.build()
  }
  const sourceUnits = toUnits(source, opts.sourceLang, sourceGlossary)
  const targetUnits = toUnits(target, opts.targetLang, targetGlossary)
  const ratio = expectedRatio(sourceUnits, targetUnits, opts, params)
  const weights = keyWeights([sourceUnits, targetUnits], table.size)
  const sourceStarts = paragraphStarts(source)
  const targetStarts = paragraphStarts(target)

  const sequence = (paraIds: readonly number[], starts: readonly number[]): Sequence => {
    let size = Math.max(0, paraIds.length - 1)
    for (const p of paraIds) size += (starts[p + 1] ?? 0) - (starts[p] ?? 0)
    const global = new Int32Array(size)
    let at = 0
    paraIds.forEach((p, k) => {
      if (k > 0) global[at++] = MARK_ROW
      for (let g = starts[p] ?? 0; g < (starts[p + 1] ?? 0); g++) global[at++] = g
    })
    return { global, paragraphs: paraIds }
  }

  const plan = planStretches(source.length, target.length, opts.lockedParagraphBeads ?? [])
  const out: EngineParagraphBead[] = []
  for (const piece of plan.pieces) {
    const src = sequence(piece.source, sourceStarts)
    const tgt = sequence(piece.target, targetStarts)
    const scorer = new BeadScorer(sourceUnits, src.global, targetUnits, tgt.global, weights, ratio, params.cost)
    const path = alignGrid(scorer, SHAPES)
    if (piece.locked) {
      const sentences = path.flatMap((b) => sentenceBead(b, src, tgt, scorer, params))
      out.push({ source: [...piece.source], target: [...piece.target], confidence: 1, sentences })
    } else {
      appendAll(out, paragraphBeadsOf(path, src, tgt, sourceStarts, targetStarts, scorer, params))
    }
  }
  return insertLoose(out, plan.looseSource, plan.looseTarget, sourceStarts, targetStarts)
}

/** A run of paragraphs with marks between them: each unit's global sentence index (MARK_ROW for marks). */
interface Sequence {
  global: Int32Array
  paragraphs: readonly number[]
}

function sentenceBead(
  b: PathBead,
  src: Sequence,
  tgt: Sequence,
  scorer: BeadScorer,
  params: EngineParams
): EngineBead[] {
  const source = pick(src.global, b.i, b.ds)
  const target = pick(tgt.global, b.j, b.dt)
  if (source.length + target.length === 0) return []
  const evidence = scorer.evidence(b.i, b.j, b.ds, b.dt, b.cost)
  const unaligned = source.length === 0 || target.length === 0
  const map = unaligned ? params.confidence.unaligned : params.confidence.aligned
  return [{ source, target, confidence: confidenceOf(evidence, map) }]
}

function paragraphStarts(paras: readonly (readonly string[])[]): number[] {
  const starts: number[] = []
  let next = 0
  for (const p of paras) {
    starts.push(next)
    next += p.length
  }
  starts.push(next)
  return starts
}

/**
 * Cuts a path over marked sequences into paragraph beads at every place where the marks of both
 * sides meet.
 */
function paragraphBeadsOf(
  path: readonly PathBead[],
  src: Sequence,
  tgt: Sequence,
  sourceStarts: readonly number[],
  targetStarts: readonly number[],
  scorer: BeadScorer,
  params: EngineParams
): EngineParagraphBead[] {
  const beads: EngineParagraphBead[] = []
  let ps = 0
  let pt = 0
  const openBead = (): EngineParagraphBead => ({
    source: src.paragraphs.slice(ps, ps + 1),
    target: tgt.paragraphs.slice(pt, pt + 1),
    confidence: 1,
    sentences: []
  })
  let open = openBead()
  for (const b of path) {
    const sourceMarks = countMarks(src.global, b.i, b.ds)
    const targetMarks = countMarks(tgt.global, b.j, b.dt)
    if (sourceMarks === 1 && targetMarks === 1 && b.ds === 1 && b.dt === 1) {
      beads.push(open)
      ps++
      pt++
      open = openBead()
      continue
    }
    for (let k = 0; k < sourceMarks; k++) open.source.push(src.paragraphs[++ps] ?? 0)
    for (let k = 0; k < targetMarks; k++) open.target.push(tgt.paragraphs[++pt] ?? 0)
    appendAll(open.sentences, sentenceBead(b, src, tgt, scorer, params))
  }
  if (open.source.length + open.target.length > 0) beads.push(open)
  return beads.flatMap((bead) => splitUnaligned(bead, sourceStarts, targetStarts)).map(withConfidence)
}

function countMarks(global: Int32Array, from: number, count: number): number {
  let marks = 0
  for (let k = from; k < from + count; k++) if (global[k] === MARK_ROW) marks++
  return marks
}

function pick(index: Int32Array, from: number, count: number): number[] {
  const out: number[] = []
  for (let k = from; k < from + count; k++) {
    const g = index[k] ?? -1
    if (g >= 0) out.push(g)
  }
  return out
}

/**
 * A paragraph at either end of a bead whose sentences all went unaligned (or that has none) is a
 * paragraph of its own, left out of the translation (1-0) or added by it (0-1). Linear in the bead's
 * sentences: a bead may hold a whole pasted document against a few paragraphs.
 */
function splitUnaligned(
  bead: EngineParagraphBead,
  sourceStarts: readonly number[],
  targetStarts: readonly number[]
): EngineParagraphBead[] {
  const startsOf = (side: Side): readonly number[] => (side === 'source' ? sourceStarts : targetStarts)
  const aligned: Record<Side, Set<number>> = { source: new Set(), target: new Set() }
  for (const b of bead.sentences) {
    if (b.source.length === 0 || b.target.length === 0) continue
    for (const k of b.source) aligned.source.add(k)
    for (const k of b.target) aligned.target.add(k)
  }
  const loose = (p: number, side: Side): boolean => {
    const starts = startsOf(side)
    for (let k = starts[p] ?? 0; k < (starts[p + 1] ?? 0); k++) if (aligned[side].has(k)) return false
    return true
  }
  // Paragraphs split off each end of each side: [front, back) stays in the bead.
  const kept: Record<Side, { front: number; back: number }> = {
    source: { front: 0, back: bead.source.length },
    target: { front: 0, back: bead.target.length }
  }
  for (const side of SIDES) {
    const ps = bead[side]
    const range = kept[side]
    while (range.back - range.front > 1 && loose(ps[range.front] ?? 0, side)) range.front++
    while (range.back - range.front > 1 && loose(ps[range.back - 1] ?? 0, side)) range.back--
  }
  const ownBead = (side: Side, p: number): EngineParagraphBead => ({
    source: side === 'source' ? [p] : [],
    target: side === 'target' ? [p] : [],
    confidence: 1,
    sentences: []
  })
  const split: Record<Side, Map<number, EngineParagraphBead>> = { source: new Map(), target: new Map() }
  const before: EngineParagraphBead[] = []
  const afterBySide: Record<Side, EngineParagraphBead[]> = { source: [], target: [] }
  for (const side of SIDES) {
    const ps = bead[side]
    const { front, back } = kept[side]
    ps.forEach((p, k) => {
      if (k >= front && k < back) return
      const own = ownBead(side, p)
      split[side].set(p, own)
      ;(k < front ? before : afterBySide[side]).push(own)
    })
  }
  // Each sentence bead lying wholly in a split-off paragraph goes with it (sources first, as before).
  const paragraphOf = (b: EngineBead, side: Side): EngineParagraphBead | undefined => {
    const first = b[side][0]
    if (first === undefined || split[side].size === 0) return undefined
    const starts = startsOf(side)
    const p = paragraphContaining(starts, first)
    const own = split[side].get(p)
    const from = starts[p] ?? 0
    const to = starts[p + 1] ?? 0
    return own && b[side].every((k) => k >= from && k < to) ? own : undefined
  }
  const remaining: EngineBead[] = []
  for (const b of bead.sentences) {
    const own = paragraphOf(b, 'source') ?? paragraphOf(b, 'target')
    if (own) own.sentences.push(b)
    else remaining.push(b)
  }
  const rest: EngineParagraphBead = {
    ...bead,
    source: bead.source.slice(kept.source.front, kept.source.back),
    target: bead.target.slice(kept.target.front, kept.target.back),
    sentences: remaining
  }
  // Dropped paragraphs come before added ones, as the search orders unaligned sentences.
  const after = [...afterBySide.source, ...afterBySide.target]
  const single =
    rest.source.length + rest.target.length === 2 &&
    rest.sentences.every((b) => b.source.length === 0 || b.target.length === 0)
  if (single && rest.source.length === 1 && rest.target.length === 1 && rest.sentences.length > 0) {
    // Nothing of either paragraph is aligned: they are a dropped and an added paragraph.
    const [p] = rest.source
    const [q] = rest.target
    return [
      ...before,
      { source: [p ?? 0], target: [], confidence: 1, sentences: rest.sentences.filter((b) => b.source.length > 0) },
      { source: [], target: [q ?? 0], confidence: 1, sentences: rest.sentences.filter((b) => b.target.length > 0) },
      ...after
    ]
  }
  return [...before, rest, ...after]
}

type Side = 'source' | 'target'
const SIDES: readonly Side[] = ['source', 'target']

/** The paragraph whose sentences include global sentence k (starts ascending, with a final total). */
function paragraphContaining(starts: readonly number[], k: number): number {
  let lo = 0
  let hi = starts.length - 2
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((starts[mid] ?? 0) <= k) lo = mid
    else hi = mid - 1
  }
  return lo
}

/** A paragraph bead is as sure as the average of its sentence beads. */
function withConfidence(bead: EngineParagraphBead): EngineParagraphBead {
  if (bead.sentences.length === 0) return bead
  const mean = bead.sentences.reduce((a, b) => a + b.confidence, 0) / bead.sentences.length
  return { ...bead, confidence: mean }
}

function range(from: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => from + k)
}

/** Probability that a bead is right, from its evidence margin (a logistic map fitted on the dev set). */
function confidenceOf(evidence: number, map: readonly [number, number]): number {
  const [a, b] = map
  return 1 / (1 + Math.exp(-(a + b * evidence)))
}

interface StretchPlan {
  /** Runs of paragraphs aligned together, in order; a locked piece is one reviewer bead. */
  pieces: Array<{ source: number[]; target: number[]; locked: boolean }>
  /** Paragraphs a reviewer locked as unaligned: kept out of the search, put back in order. */
  looseSource: number[]
  looseTarget: number[]
}

/**
 * Splits the document at the locked beads. Locks that are not contiguous runs, or that overlap or go
 * backwards relative to earlier ones, are ignored.
 */
function planStretches(
  n: number,
  m: number,
  locks: ReadonlyArray<{ source: readonly number[]; target: readonly number[] }>
): StretchPlan {
  const contiguous = (xs: readonly number[], limit: number): boolean =>
    xs.every((x, k) => Number.isInteger(x) && x >= 0 && x < limit && (k === 0 || x === (xs[k - 1] ?? 0) + 1))
  const valid = locks.filter(
    (l) => l.source.length + l.target.length > 0 && contiguous(l.source, n) && contiguous(l.target, m)
  )
  const plan: StretchPlan = { pieces: [], looseSource: [], looseTarget: [] }
  const looseS = new Set<number>()
  const looseT = new Set<number>()
  for (const l of valid) {
    if (l.target.length === 0) l.source.forEach((p) => looseS.add(p))
    if (l.source.length === 0) l.target.forEach((p) => looseT.add(p))
  }
  const paired = valid
    .filter((l) => l.source.length > 0 && l.target.length > 0)
    .sort((a, b) => (a.source[0] ?? 0) - (b.source[0] ?? 0))
  let s = 0
  let t = 0
  const free = (sEnd: number, tEnd: number): void => {
    const source = range(s, sEnd - s).filter((p) => !looseS.has(p))
    const target = range(t, tEnd - t).filter((p) => !looseT.has(p))
    if (source.length + target.length > 0) plan.pieces.push({ source, target, locked: false })
  }
  for (const l of paired) {
    const sFrom = l.source[0] ?? 0
    const tFrom = l.target[0] ?? 0
    if (sFrom < s || tFrom < t || l.source.some((p) => looseS.has(p)) || l.target.some((p) => looseT.has(p))) continue
    free(sFrom, tFrom)
    plan.pieces.push({ source: [...l.source], target: [...l.target], locked: true })
    s = sFrom + l.source.length
    t = tFrom + l.target.length
  }
  free(n, m)
  plan.looseSource = [...looseS].sort((a, b) => a - b)
  plan.looseTarget = [...looseT].sort((a, b) => a - b)
  return plan
}

/**
 * Puts paragraphs locked as unaligned back among the beads: after the last bead with an earlier
 * paragraph of the same side (a dropped paragraph before an added one, as the search orders them).
 */
function insertLoose(
  beads: EngineParagraphBead[],
  looseSource: readonly number[],
  looseTarget: readonly number[],
  sourceStarts: readonly number[],
  targetStarts: readonly number[]
): EngineParagraphBead[] {
  const sentencesOf = (p: number, starts: readonly number[], side: 'source' | 'target'): EngineBead[] =>
    range(starts[p] ?? 0, (starts[p + 1] ?? 0) - (starts[p] ?? 0)).map((k) => ({
      source: side === 'source' ? [k] : [],
      target: side === 'target' ? [k] : [],
      confidence: 1
    }))
  const out = [...beads]
  const insert = (p: number, side: 'source' | 'target'): void => {
    let at = 0
    out.forEach((b, k) => {
      if (b[side].some((x) => x < p)) at = k + 1
    })
    if (side === 'target') while (out[at] && out[at]?.target.length === 0) at++
    const starts = side === 'source' ? sourceStarts : targetStarts
    out.splice(at, 0, {
      source: side === 'source' ? [p] : [],
      target: side === 'target' ? [p] : [],
      confidence: 1,
      sentences: sentencesOf(p, starts, side)
    })
  }
  looseSource.forEach((p) => insert(p, 'source'))
  looseTarget.forEach((p) => insert(p, 'target'))
  return out
}
