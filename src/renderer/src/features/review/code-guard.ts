import { placeholder, placeholdersOf } from '@core/domain/inline-codes'

const counts = (text: string): Map<number, number> => {
  const n = new Map<number, number>()
  for (const k of placeholdersOf(text)) n.set(k, (n.get(k) ?? 0) + 1)
  return n
}

/**
 * Whether an edit of a target keeps its inline codes whole: no code the source has may be lost
 * (a code in excess of the source's, which the tag check reports, may go), and none may be added
 * beyond what the source has (a missing one may be copied in). Typing over a selection that holds
 * a code, or pasting a stray one, is refused, so a reviewer cannot break a tag by accident.
 */
export function keepsCodes(source: string, before: string, after: string): boolean {
  const inSource = counts(source)
  const was = counts(before)
  const now = counts(after)
  for (const [k, n] of was) if ((now.get(k) ?? 0) < Math.min(n, inSource.get(k) ?? 0)) return false
  for (const [k, n] of now) if (n > Math.max(inSource.get(k) ?? 0, was.get(k) ?? 0)) return false
  return true
}

/** The codes of the source the target lacks (as many times as it lacks them), in source order. */
export function missingCodes(source: string, target: string): number[] {
  const have = counts(target)
  const out: number[] = []
  for (const k of placeholdersOf(source)) {
    const n = have.get(k) ?? 0
    if (n > 0) have.set(k, n - 1)
    else out.push(k)
  }
  return out
}

/** The text with a code's placeholder inserted at `at`. */
export const insertCode = (text: string, at: number, k: number): string =>
  text.slice(0, at) + placeholder(k) + text.slice(at)
