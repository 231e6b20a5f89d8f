/**
 * Appends every item of `items` to `target`, one by one: `target.push(...items)` passes each item
 * as an argument and overflows the stack past about a hundred thousand (a document's alignment
 * path, the findings of a very large document).
 */
export function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item)
}
