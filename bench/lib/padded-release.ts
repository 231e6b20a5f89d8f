/**
 * `wanted` distinct paragraphs for the export benchmarks: the latency release, and when the shared
 * data runs out (it holds about 5,080), the same paragraphs again, each marked with its copy's
 * number so that every paragraph stays distinct (the aligner and the checks see no repeats).
 */
import { buildRelease, type Release } from './latency-release'

export function paddedRelease(wanted: number): Release {
  const base = buildRelease(wanted)
  if (base.source.length >= wanted) return base
  const count = Math.min(base.source.length, base.target.length)
  const source = base.source.slice(0, count)
  const target = base.target.slice(0, count)
  for (let copy = 2; source.length < wanted; copy++)
    for (let i = 0; i < count && source.length < wanted; i++) {
      source.push(`${base.source[i]} (${copy})`)
      target.push(`${base.target[i]} (${copy})`)
    }
  const padded = source.length > count ? `, then marked copies of them up to ${source.length}` : ''
  return { source, target, what: `${base.what}${padded}` }
}
