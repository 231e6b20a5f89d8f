/**
 * How close two segments are, as translation memories measure it: one minus the word-level edit
 * distance over the longer segment's length, on words compared without case or accents, so
 * "El Ministerio de Salud informó" and "El Ministerio de Salud anunció" are 80 % alike.
 */
import { fold } from '../text/normalize'

/** The words of a text as a memory compares them. */
export function memoryWords(text: string): string[] {
  return (text.match(/[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu) ?? []).map(fold)
}

/** Levenshtein distance between two word lists (two rows of the table, so memory stays small). */
function wordDistance(a: readonly string[], b: readonly string[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)
      current.push(Math.min(substitution, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1))
    }
    previous = current
  }
  return previous[b.length] ?? 0
}

/** 0..1; 1 for the same words in the same order. */
export function similarity(a: readonly string[], b: readonly string[]): number {
  const longest = Math.max(a.length, b.length)
  return longest === 0 ? 1 : 1 - wordDistance(a, b) / longest
}

/** The words an index lookup asks for: the longest distinct ones, which say most about a segment. */
export function lookupWords(words: readonly string[], count = 8): string[] {
  return [...new Set(words.filter((w) => w.length >= 4))].sort((x, y) => y.length - x.length).slice(0, count)
}
