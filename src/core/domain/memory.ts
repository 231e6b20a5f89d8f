/** The approved memory: segment pairs reviewed or approved in earlier releases, or loaded from a TMX. */

/** Where a memory pair comes from: a segment reviewed or approved in Cotejo, or a TMX unit loaded into the memory. */
export type MemoryStatus = 'reviewed' | 'approved' | 'imported'

export interface MemoryUnit {
  id: number
  source: string
  target: string
  sourceLang: string
  targetLang: string
  status: MemoryStatus
  /** The document (or TMX file) it comes from, by name: kept when the document is deleted. */
  origin: string
  /** Null for TMX units and for pairs whose document was deleted. */
  documentId: number | null
  projectName: string | null
  changedAt: string
}

/** A memory pair offered for the segment under review, with how close its source is (0.75–1). */
export interface MemoryMatch extends MemoryUnit {
  score: number
}

export interface MemoryStats {
  units: number
}

/**
 * An approved translation of a source the document under check holds (a segment's or a sentence's),
 * looked up in the memory before the checks run: what the memory-consistency check compares with.
 */
export interface ApprovedRendering {
  /** As the memory stores it: codes left out, spacing at the ends trimmed. */
  source: string
  target: string
  /** The document it was approved in (as the checks name documents), or null for a TMX unit. */
  documentId: string | null
  /** That document's (or TMX file's) name, and its project's, for the message. */
  origin: string
  projectName: string | null
  changedAt: string
}

/** Which approved translations the memory-consistency check reads. */
export type MemoryScope = 'project' | 'all'
export const MEMORY_SCOPES: readonly MemoryScope[] = ['project', 'all']

/** One way a searched phrase was rendered in the memory, with how often and when. */
export interface RenderingGroup {
  /** The rendering, in its most frequent spelling; null for pairs where it could not be located. */
  rendering: string | null
  targetLang: string
  count: number
  /** The first and the latest time it was approved. */
  first: string
  last: string
}
