/**
 * Counts over a document's or project's segments kept from one check job to the next: after an
 * edit only the edited segments' items are counted again.
 */

/** How many of `lists` hold each item, and the lists counted. */
export interface Counted<T> {
  lists: readonly (readonly T[])[]
  counts: Map<T, number>
}

/**
 * The counts of `lists`, from `kept` (the last job's, changed in place) when given: a list that is
 * the one counted at its position (the same array: the memo gives an unchanged segment the facts
 * it made before) is not read again; the others are taken out and put in.
 */
export function recount<T>(kept: Counted<T> | undefined, lists: readonly (readonly T[])[]): Counted<T> {
  const before = kept?.lists ?? []
  const counts = kept?.counts ?? new Map<T, number>()
  for (let i = 0; i < Math.max(lists.length, before.length); i++) {
    const old = before[i]
    const now = lists[i]
    if (old === now) continue
    for (const item of old ?? []) {
      const n = (counts.get(item) ?? 0) - 1
      if (n > 0) counts.set(item, n)
      else counts.delete(item)
    }
    for (const item of now ?? []) counts.set(item, (counts.get(item) ?? 0) + 1)
  }
  return { lists, counts }
}
