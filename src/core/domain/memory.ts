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
