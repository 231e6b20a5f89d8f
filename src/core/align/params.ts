import type { Shape } from './dp'
import type { CostParams } from './model'

/** Bead shapes searched at both levels. */
export const SHAPES: readonly Shape[] = [
  { ds: 1, dt: 1 },
  { ds: 1, dt: 0 },
  { ds: 0, dt: 1 },
  { ds: 2, dt: 1 },
  { ds: 1, dt: 2 },
  { ds: 2, dt: 2 }
]

export interface EngineParams {
  cost: CostParams
  /** Expected English characters per Spanish character, before the document's own totals refine it. */
  enPerEsChars: number
  /** Characters of prior evidence the expected ratio is worth against the document's totals. */
  ratioPriorChars: number
  /** Logistic maps [intercept, slope] from a bead's evidence margin (nats) to its confidence. */
  confidence: { aligned: readonly [number, number]; unaligned: readonly [number, number] }
}

export const DEFAULT_PARAMS: EngineParams = {
  cost: {
    priors: { '1-0': 5, '0-1': 5, '2-1': 4, '1-2': 4, '2-2': 7.5 },
    lengthWeight: 0.7,
    lexicalWeight: 0.35,
    matchThreshold: 0.22,
    variance: 6.8,
    paragraphMerge: 4
  },
  enPerEsChars: 0.92,
  ratioPriorChars: 2000,
  // Fitted by bench/lib/align/calibrate.ts on dev half A.
  confidence: { aligned: [1.7, 0.37], unaligned: [3.2, 0.55] }
}
