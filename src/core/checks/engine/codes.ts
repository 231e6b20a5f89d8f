/**
 * The checks' view of inline codes: every check reads texts whose codes are masked (a space each,
 * offsets unchanged), so "Corp<x/>3708" is two words to the speller and the number reader; the tag
 * check alone reads the codes, from `SegmentPair.marked`. Masked once per job, here.
 */
import { hasPlaceholders, maskPlaceholders } from '../../domain/inline-codes'
import type { DocumentContext, SegmentPair } from './types'

function maskSegment(segment: SegmentPair): SegmentPair {
  if (!hasPlaceholders(segment.source) && !hasPlaceholders(segment.target)) return segment
  return {
    ...segment,
    source: maskPlaceholders(segment.source),
    target: maskPlaceholders(segment.target),
    marked: { source: segment.source, target: segment.target }
  }
}

/** The document with its codes masked; the same object when it has none (or was masked already). */
export function maskCodes(document: DocumentContext): DocumentContext {
  const segments = document.segments.map(maskSegment)
  return segments.every((s, i) => s === document.segments[i]) ? document : { ...document, segments }
}
