/** Terminology: the entries checks match and the stored terms the glossary screen edits. */

export interface GlossaryEntry {
  source: string
  target: string
  /** Other acceptable renderings. */
  allowed: string[]
  /** Renderings that must be flagged, with the preferred term suggested. */
  forbidden: string[]
  note?: string
  /** Default false: accents matter ("secretaria" is not "Secretaría"). */
  accentInsensitive?: boolean
  /** Default false: case is ignored except for acronyms (all-caps terms always match case). */
  caseSensitive?: boolean
}

/** A glossary entry as stored: in one project, or shared by all (projectId null). */
export interface GlossaryTerm extends GlossaryEntry {
  id: number
  projectId: number | null
}

export type GlossaryFormat = 'glossary-csv' | 'tbx'

export interface GlossaryImportResult {
  imported: number
  errors: Array<{ line: number; message: string }>
}
