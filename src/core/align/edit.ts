import type { BeadSentences } from '../domain/document'

/**
 * Reviewer edits of the paragraph alignment, as pure functions over bead lists. Each returns a new
 * list that still covers every paragraph once, in order (monotonic), or throws if the edit makes no
 * sense where it was asked for.
 */
import type { AlignmentEdit } from '../domain/alignment'

export interface BeadShape {
  source: number[]
  target: number[]
}

export class AlignmentEditError extends Error {
  override readonly name = 'AlignmentEditError'
}

const empty = (b: BeadShape): boolean => b.source.length === 0 && b.target.length === 0

/** Returns the edited list and the positions of the beads the edit produced (to mark them manual). */
export function applyAlignmentEdit<B extends BeadShape>(
  beads: readonly B[],
  edit: AlignmentEdit
): { beads: BeadShape[]; touched: number[] } {
  const i = edit.bead
  const at = beads[i]
  if (!at) throw new AlignmentEditError(`No row ${i + 1}`)
  const copy = beads.map((b) => ({ source: [...b.source], target: [...b.target] }))
  const done = (list: BeadShape[], touched: number[]) => ({ beads: list.filter((b) => !empty(b)), touched })

  switch (edit.kind) {
    case 'mergeNext': {
      const next = copy[i + 1]
      if (!next) throw new AlignmentEditError('The last row has nothing below to merge with')
      const merged = { source: [...copy[i]!.source, ...next.source], target: [...copy[i]!.target, ...next.target] }
      return done([...copy.slice(0, i), merged, ...copy.slice(i + 2)], [i])
    }
    case 'split': {
      const { source, target } = copy[i]!
      if (source.length + target.length < 3 && (source.length === 0 || target.length === 0))
        throw new AlignmentEditError('This row has a single paragraph: nothing to split')
      const n = Math.max(source.length, target.length)
      const parts: BeadShape[] = []
      for (let k = 0; k < n; k++) {
        parts.push({
          source: source[k] !== undefined ? [source[k]!] : [],
          target: target[k] !== undefined ? [target[k]!] : []
        })
      }
      if (parts.length < 2) throw new AlignmentEditError('This row is already one paragraph on each side')
      return done(
        [...copy.slice(0, i), ...parts, ...copy.slice(i + 1)],
        parts.map((_, k) => i + k)
      )
    }
    case 'moveUp': {
      const prev = copy[i - 1]
      const side = copy[i]![edit.side]
      if (!prev || side.length === 0) throw new AlignmentEditError('Nothing to move up')
      prev[edit.side].push(side.shift()!)
      const result = done(copy, [i - 1, i])
      return { ...result, touched: result.beads.length < copy.length ? [i - 1] : [i - 1, i] }
    }
    case 'moveDown': {
      const next = copy[i + 1]
      const side = copy[i]![edit.side]
      if (side.length === 0) throw new AlignmentEditError('Nothing to move down')
      if (!next) {
        // Past the last row: the paragraph gets a row of its own.
        const moved = side.pop()!
        const list = [
          ...copy,
          edit.side === 'source' ? { source: [moved], target: [] } : { source: [], target: [moved] }
        ]
        const result = done(list, [i, i + 1])
        return { ...result, touched: result.beads.length < list.length ? [i] : [i, i + 1] }
      }
      next[edit.side].unshift(side.pop()!)
      const result = done(copy, [i, i + 1])
      return { ...result, touched: result.beads.length < copy.length ? [i] : [i, i + 1] }
    }
    case 'unalign': {
      const { source, target } = copy[i]!
      if (source.length === 0 || target.length === 0) throw new AlignmentEditError('This row is already one-sided')
      return done(
        [...copy.slice(0, i), { source, target: [] }, { source: [], target }, ...copy.slice(i + 1)],
        [i, i + 1]
      )
    }
  }
}

/** A bead as re-aligning gives it back: the sentence alignment comes along where the aligner made one. */
export type RealignedBead = BeadShape & { locked: boolean; confidence: number | null; sentences?: BeadSentences }

/**
 * Re-aligns a document around the beads a reviewer fixed: those stay exactly as they are, and the
 * stretches of paragraphs between them are aligned afresh by `align` (which sees local indexes).
 */
export function realignAround(
  beads: ReadonlyArray<BeadShape & { locked: boolean }>,
  sourceCount: number,
  targetCount: number,
  align: (
    source: number[],
    target: number[]
  ) => Array<BeadShape & { confidence?: number | null; sentences?: BeadSentences | undefined }>
): RealignedBead[] {
  const out: RealignedBead[] = []
  let s = 0
  let t = 0
  const range = (from: number, to: number): number[] =>
    Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k)
  const stretch = (sEnd: number, tEnd: number): void => {
    const source = range(s, sEnd)
    const target = range(t, tEnd)
    if (source.length + target.length > 0) {
      for (const b of align(source, target)) {
        out.push({
          source: b.source.map((k) => source[k]!),
          target: b.target.map((k) => target[k]!),
          locked: false,
          confidence: b.confidence ?? null,
          // Sentence bounds and links count inside the bead: they hold at any paragraph offset.
          ...(b.sentences ? { sentences: b.sentences } : {})
        })
      }
    }
    s = sEnd
    t = tEnd
  }
  for (const b of beads) {
    if (!b.locked) continue
    stretch(b.source[0] ?? s, b.target[0] ?? t)
    out.push({ source: [...b.source], target: [...b.target], locked: true, confidence: 1 })
    s = (b.source.at(-1) ?? s - 1) + 1
    t = (b.target.at(-1) ?? t - 1) + 1
  }
  stretch(sourceCount, targetCount)
  return out
}
