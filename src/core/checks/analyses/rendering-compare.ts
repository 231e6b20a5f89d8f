import { similarity } from '../../text/normalize'

/** Two rendering words are the same word when identical or inflectional variants ("america" / "american"). */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true
  let prefix = 0
  while (prefix < a.length && a[prefix] === b[prefix]) prefix++
  return prefix >= 4 && similarity(a, b) >= 0.8
}

/**
 * Whether two renderings of the same source term disagree. Word sequences are aligned; words
 * missing from only one of them at its edges are boundary noise (one rendering was cut shorter),
 * anything else is a different rendering: a substituted word ("Agency" / "Office"), an
 * inserted or dropped word inside, words in another order.
 */
export function renderingsDiffer(a: readonly string[], b: readonly string[]): boolean {
  const n = a.length
  const m = b.length
  const same = (i: number, j: number): boolean => sameWord(a[i] as string, b[j] as string)
  // lcs[i * (m + 1) + j]: longest common subsequence of a[i..] and b[j..].
  const lcs = new Int32Array((n + 1) * (m + 1))
  const at = (i: number, j: number): number => lcs[i * (m + 1) + j] as number
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * (m + 1) + j] = same(i, j) ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1))
    }
  }
  const pairs: [number, number][] = []
  let i = 0
  let j = 0
  while (i < n && j < m) {
    if (same(i, j) && at(i, j) === at(i + 1, j + 1) + 1) {
      pairs.push([i, j])
      i++
      j++
    } else if (at(i + 1, j) >= at(i, j + 1)) i++
    else j++
  }
  if (pairs.length === 0) return true
  const [fi, fj] = pairs[0] as [number, number]
  const [li, lj] = pairs[pairs.length - 1] as [number, number]
  // Matched words must be contiguous in both.
  if (li - fi + 1 !== pairs.length || lj - fj + 1 !== pairs.length) return true
  // Extra words in both renderings (at any edge): a substitution or a reordering ("Department of
  // Justice" / "justice department"). Extra words in only one: where one was cut shorter.
  const extraA = fi > 0 || li < n - 1
  const extraB = fj > 0 || lj < m - 1
  return extraA && extraB
}

/** Share of `reference` words found in `other`. */
export function overlap(reference: readonly string[], other: readonly string[]): number {
  if (reference.length === 0) return 0
  return reference.filter((w) => other.some((o) => sameWord(w, o))).length / reference.length
}
