import type { DocumentContext, SegmentPair } from '../types'

interface SegmentDigest {
  source: string
  target: string
  hash: number
}

/** Per segment object: its texts when last hashed. Unchanged strings are compared by reference, so re-checking costs O(segments). */
const digests = new WeakMap<SegmentPair, SegmentDigest>()

function fnv(h: number, text: string): number {
  let x = h
  for (let i = 0; i < text.length; i++) {
    x ^= text.charCodeAt(i)
    x = Math.imul(x, 0x01000193)
  }
  return Math.imul(x ^ 0x1f, 0x01000193)
}

function segmentHash(s: SegmentPair): number {
  const known = digests.get(s)
  if (known && known.source === s.source && known.target === s.target) return known.hash
  const hash = fnv(fnv(0x811c9dc5, s.source), s.target)
  digests.set(s, { source: s.source, target: s.target, hash })
  return hash
}

/**
 * A digest of every text of a project. Project-wide analyses are cached per documents array; the
 * digest tells when an array was edited in place, so a cache never serves results for texts that
 * changed.
 */
export function projectFingerprint(documents: readonly DocumentContext[]): string {
  let h = 0x811c9dc5
  let segments = 0
  for (const doc of documents) {
    h = fnv(h, `${doc.id}|${doc.sourceLang}|${doc.targetLang}`)
    for (const s of doc.segments) {
      h = Math.imul(h ^ segmentHash(s), 0x01000193)
      segments++
    }
  }
  return `${(h >>> 0).toString(16)}:${segments}`
}
