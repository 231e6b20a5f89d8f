import { FNV_OFFSET, hashStep } from '../../collections/fnv'
import type { DocumentContext, SegmentPair } from '../engine/types'

interface SegmentDigest {
  source: string
  target: string
  hash: number
}

/** Per segment object: its texts when last hashed. Unchanged strings are compared by reference, so re-checking costs O(segments). */
const digests = new WeakMap<SegmentPair, SegmentDigest>()

/** `text` hashed on from `h`, closed by a separator so that "ab"+"c" and "a"+"bc" differ. */
function fnv(h: number, text: string): number {
  let x = h
  for (let i = 0; i < text.length; i++) x = hashStep(x, text.charCodeAt(i))
  return hashStep(x, 0x1f)
}

function segmentHash(s: SegmentPair): number {
  const known = digests.get(s)
  if (known && known.source === s.source && known.target === s.target) return known.hash
  const hash = fnv(fnv(FNV_OFFSET, s.source), s.target)
  digests.set(s, { source: s.source, target: s.target, hash })
  return hash
}

/**
 * What a project's fingerprint was computed from: every document, segment and text, by reference.
 * Walking it again costs a few comparisons per segment, far less than hashing.
 */
const snapshots = new WeakMap<readonly DocumentContext[], { refs: unknown[]; fingerprint: string }>()

function references(documents: readonly DocumentContext[]): unknown[] {
  const refs: unknown[] = []
  for (const doc of documents) {
    refs.push(doc, doc.id, doc.sourceLang, doc.targetLang, doc.segments, doc.segments.length)
    for (const s of doc.segments) refs.push(s, s.source, s.target)
  }
  return refs
}

function unchanged(documents: readonly DocumentContext[], refs: readonly unknown[]): boolean {
  let i = 0
  for (const doc of documents) {
    if (
      refs[i++] !== doc ||
      refs[i++] !== doc.id ||
      refs[i++] !== doc.sourceLang ||
      refs[i++] !== doc.targetLang ||
      refs[i++] !== doc.segments ||
      refs[i++] !== doc.segments.length
    )
      return false
    for (const s of doc.segments) if (refs[i++] !== s || refs[i++] !== s.source || refs[i++] !== s.target) return false
  }
  return i === refs.length
}

/** Projects a run is going through (nesting depth), and whether their snapshot was checked since. */
const held = new Map<readonly DocumentContext[], { depth: number; verified: boolean }>()

/**
 * Runs `fn` with the project taken as unchanged throughout (checks are synchronous and never edit
 * texts): its fingerprint is checked against its texts once, not at every request. Without this,
 * every check of every document walked the whole project, a cost that grew with its square.
 */
export function withProjectHeld<T>(documents: readonly DocumentContext[], fn: () => T): T {
  const hold = held.get(documents)
  if (hold) hold.depth++
  else held.set(documents, { depth: 1, verified: false })
  try {
    return fn()
  } finally {
    const h = held.get(documents)
    if (h && --h.depth === 0) held.delete(documents)
  }
}

/**
 * A digest of every text of a project. Project-wide analyses are cached per documents array; the
 * digest tells when an array was edited in place, so a cache never serves results for texts that
 * changed. Every check of every document asks for it: an array not edited since is answered from
 * its snapshot.
 */
export function projectFingerprint(documents: readonly DocumentContext[]): string {
  const known = snapshots.get(documents)
  const hold = held.get(documents)
  if (known && hold?.verified) return known.fingerprint
  if (hold) hold.verified = true
  if (known && unchanged(documents, known.refs)) return known.fingerprint
  let h = FNV_OFFSET
  let segments = 0
  for (const doc of documents) {
    h = fnv(h, `${doc.id}|${doc.sourceLang}|${doc.targetLang}`)
    for (const s of doc.segments) {
      h = hashStep(h, segmentHash(s))
      segments++
    }
  }
  const fingerprint = `${(h >>> 0).toString(16)}:${segments}`
  snapshots.set(documents, { refs: references(documents), fingerprint })
  return fingerprint
}
