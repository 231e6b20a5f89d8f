/** What review changed in a target, word by word, for exports that show corrections. */
import { diffWordsWithSpace } from 'diff'

export interface CorrectionRun {
  text: string
  kind: 'same' | 'deleted' | 'inserted'
}

/**
 * Word-level runs from the original target to the corrected one. Whitespace counts as a token,
 * so a fixed double space shows. No original (or no change) gives one 'same' run.
 */
export function correctionRuns(original: string | undefined, corrected: string): CorrectionRun[] {
  if (original === undefined || original === corrected)
    return corrected === '' ? [] : [{ text: corrected, kind: 'same' }]
  return diffWordsWithSpace(original, corrected).map((c) => ({
    text: c.value,
    kind: c.added ? 'inserted' : c.removed ? 'deleted' : 'same'
  }))
}
