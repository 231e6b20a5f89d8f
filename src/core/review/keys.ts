import type { Finding } from '../domain/findings'
import { FNV_OFFSET, hashStep } from '../collections/fnv'

/** FNV-1a, 2×32 bits: short, stable keys without a crypto dependency in the pure core. */
function hash(text: string): string {
  let a = FNV_OFFSET
  let b = 0x01000193 ^ text.length
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    a = hashStep(a, c)
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15)
  }
  return (a >>> 0).toString(36).padStart(7, '0') + (b >>> 0).toString(36).padStart(7, '0')
}

/** What makes two findings "the same case": check, message and the exact texts on both sides. */
export function caseSignature(f: Pick<Finding, 'checkId' | 'messageKey' | 'sourceSpan' | 'targetSpan'>): string {
  return [f.checkId, f.messageKey, f.sourceSpan?.text ?? '', f.targetSpan?.text ?? ''].join('\u241f')
}

/**
 * Stable keys for findings: check, segment, message, span texts and the occurrence number among
 * identical ones. Unchanged text gives the same key on every run, so an ignored finding stays
 * ignored after re-checking, and a key disappears when the reviewer fixes its text.
 */
export function assignKeys<F extends Finding>(
  findings: readonly F[],
  /** Hashes made before, by what was hashed: read and added to (a re-check hashes the new findings only). */
  hashes?: Map<string, string>
): Array<F & { key: string }> {
  const seen = new Map<string, number>()
  return findings.map((f) => {
    const base = `${f.segment}\u241f${caseSignature(f)}`
    const n = seen.get(base) ?? 0
    seen.set(base, n + 1)
    const text = `${base}\u241f${n}`
    let hashed = hashes?.get(text)
    if (hashed === undefined) {
      hashed = hash(text)
      hashes?.set(text, hashed)
    }
    return { ...f, key: `${f.checkId}:${f.segment}:${hashed}` }
  })
}
