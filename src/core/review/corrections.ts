/** What review changed in a target, phrase by phrase, for every view that shows corrections. */
import { diffWordsWithSpace } from 'diff'

export interface CorrectionRun {
  text: string
  kind: 'same' | 'deleted' | 'inserted'
}

const isBlank = (text: string): boolean => /^\s+$/.test(text)

/**
 * Phrase-level runs from the original target to the corrected one. Words replaced next to each other
 * form one replaced phrase (all deleted words, then all inserted ones) instead of interleaving word
 * by word. The runs other than 'deleted' join to the corrected text, the runs other than 'inserted'
 * to the original. Whitespace counts as a token, so a fixed double space shows. No original (or no
 * change) gives one 'same' run.
 */
export function correctionRuns(original: string | undefined, corrected: string): CorrectionRun[] {
  if (original === undefined || original === corrected)
    return corrected === '' ? [] : [{ text: corrected, kind: 'same' }]
  const words: CorrectionRun[] = diffWordsWithSpace(original, corrected).map((c) => ({
    text: c.value,
    kind: c.added ? 'inserted' : c.removed ? 'deleted' : 'same'
  }))
  const out: CorrectionRun[] = []
  let i = 0
  while (i < words.length) {
    const run = words[i]!
    if (run.kind === 'same') {
      out.push(run)
      i++
      continue
    }
    // A phrase: changed runs, and the blanks between them, up to the next unchanged word.
    let end = i
    for (let j = i; j < words.length; j++) {
      const w = words[j]!
      if (w.kind !== 'same') end = j
      else if (!isBlank(w.text)) break
    }
    const phrase = words.slice(i, end + 1)
    i = end + 1
    // Only deletions or only insertions read well as they are (and keep their blanks in place).
    if (!phrase.some((w) => w.kind === 'deleted') || !phrase.some((w) => w.kind === 'inserted')) {
      out.push(...phrase)
      continue
    }
    const side = (skip: CorrectionRun['kind']): string =>
      phrase
        .filter((w) => w.kind !== skip)
        .map((w) => w.text)
        .join('')
    out.push({ text: side('inserted'), kind: 'deleted' }, { text: side('deleted'), kind: 'inserted' })
  }
  return out
}

/**
 * True before an inserted run that directly follows a deleted one: views put a space there so the
 * phrases read apart ("Ministry Secretariat", not "MinistrySecretariat"). It is not part of the text.
 */
export function gapBefore(runs: readonly CorrectionRun[], index: number): boolean {
  return runs[index]?.kind === 'inserted' && runs[index - 1]?.kind === 'deleted'
}
