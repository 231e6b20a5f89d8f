/** The approved memory's table and its full-text index (migration 009). */
import type { MemoryStatus, MemoryUnit } from '../../core/domain/memory'
import type { Db } from '../db/database'

/** A segment of a document as the memory reads it: its status and both texts (paragraphs joined). */
export interface BeadTexts {
  position: number
  status: string
  source: string
  target: string
}

/** A pair to store: what the memory shows of it, less what the store fills in. */
export type NewMemoryUnit = Omit<MemoryUnit, 'id' | 'documentId' | 'projectName'> & {
  /** The segment it comes from, for pairs of a document. */
  beadPosition?: number
}

interface MemoryRow {
  id: number
  source: string
  target: string
  source_lang: string
  target_lang: string
  status: MemoryStatus
  origin: string
  document_id: number | null
  project_name: string | null
  changed_at: string
}

const SELECT = `SELECT m.id, m.source, m.target, m.source_lang, m.target_lang, m.status, m.origin, m.document_id, m.changed_at,
  p.name AS project_name FROM memory_unit m LEFT JOIN project p ON p.id = m.project_id`

const unitOf = (r: MemoryRow): MemoryUnit => ({
  id: r.id,
  source: r.source,
  target: r.target,
  sourceLang: r.source_lang,
  targetLang: r.target_lang,
  status: r.status,
  origin: r.origin,
  documentId: r.document_id,
  projectName: r.project_name,
  changedAt: r.changed_at
})

/** An FTS5 query that matches any of the words, each as a quoted string (no operator can slip in). */
export const anyOf = (words: readonly string[]): string => words.map((w) => `"${w.replace(/"/g, '""')}"`).join(' OR ')

export function createMemoryStore(db: Db) {
  const stmts = {
    // A segment's rows, or (position NULL) all of a document's rows.
    unindex: db.prepare<[number, number | null, number | null]>(
      `INSERT INTO memory_index (memory_index, rowid, source) SELECT 'delete', id, source FROM memory_unit
       WHERE document_id = ? AND (? IS NULL OR bead_position = ?)`
    ),
    forget: db.prepare<[number, number | null, number | null]>(
      'DELETE FROM memory_unit WHERE document_id = ? AND (? IS NULL OR bead_position = ?)'
    ),
    beads: db.prepare<[number, number | null, number | null], BeadTexts>(
      `SELECT b.position, b.status,
         COALESCE((SELECT group_concat(p.text, char(10, 10) ORDER BY p.position) FROM bead_paragraph bp
           JOIN paragraph p ON p.id = bp.paragraph_id WHERE bp.bead_id = b.id AND p.side = 'source'), '') AS source,
         COALESCE((SELECT group_concat(p.text, char(10, 10) ORDER BY p.position) FROM bead_paragraph bp
           JOIN paragraph p ON p.id = bp.paragraph_id WHERE bp.bead_id = b.id AND p.side = 'target'), '') AS target
       FROM bead b WHERE b.document_id = ? AND (? IS NULL OR b.position = ?) ORDER BY b.position`
    ),
    /** From the paragraph (CROSS JOIN keeps that order): starting from the beads reads all of them. */
    beadOfTarget: db.prepare<[number, number], { position: number }>(
      `SELECT b.position FROM paragraph p CROSS JOIN bead_paragraph bp ON bp.paragraph_id = p.id
         CROSS JOIN bead b ON b.id = bp.bead_id
       WHERE p.document_id = ? AND p.side = 'target' AND p.position = ?`
    ),
    lastId: db.prepare<[], { id: number }>('SELECT COALESCE(MAX(id), 0) AS id FROM memory_unit'),
    indexFrom: db.prepare<[number]>(
      'INSERT INTO memory_index (rowid, source) SELECT id, source FROM memory_unit WHERE id > ?'
    ),
    insert: db.prepare(
      `INSERT INTO memory_unit (source, target, source_lang, target_lang, status, project_id, document_id, bead_position, origin, changed_at)
       VALUES (@source, @target, @sourceLang, @targetLang, @status, @projectId, @documentId, @beadPosition, @origin, @changedAt)`
    ),
    candidates: db.prepare<[string, number], MemoryRow>(
      `${SELECT} WHERE m.id IN (SELECT rowid FROM memory_index WHERE memory_index MATCH ? ORDER BY rank LIMIT ?)`
    ),
    exact: db.prepare<[string], MemoryRow>(`${SELECT} WHERE m.source = ? ORDER BY m.changed_at DESC LIMIT 50`),
    containing: db.prepare<[string, number], MemoryRow>(
      `${SELECT} WHERE m.id IN (SELECT rowid FROM memory_index WHERE memory_index MATCH ?) ORDER BY m.changed_at DESC LIMIT ?`
    ),
    // Pairs of approved releases (signed-off documents) and TMX units, the newest 20 per source: a
    // segment marked approved may still change before its release is signed. Sources as a JSON array.
    approvedExact: db.prepare<
      [string, string, string, number | null, number | null],
      MemoryRow & { project_id: number | null }
    >(
      `SELECT * FROM (${SELECT.replace('SELECT ', 'SELECT m.project_id, ROW_NUMBER() OVER (PARTITION BY m.source ORDER BY m.changed_at DESC) AS k, ')}
       LEFT JOIN document d ON d.id = m.document_id
       WHERE m.source IN (SELECT value FROM json_each(?)) AND m.source_lang = ? AND m.target_lang = ?
       AND (? IS NULL OR m.project_id = ?)
       AND (m.status = 'imported' OR (m.status = 'approved' AND d.status = 'approved'))) WHERE k <= 20`
    ),
    // Moves whenever a release is approved or reopened, or an approved one's text changes.
    approvedReleases: db.prepare<[], { n: number; s: number }>(
      `SELECT COUNT(*) AS n, COALESCE(SUM(id * 1000003 + text_revision), 0) AS s FROM document WHERE status = 'approved'`
    ),
    all: db.prepare<[], MemoryRow>(`${SELECT} ORDER BY m.id`),
    count: db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM memory_unit')
  }
  /** Inserts rows, then indexes them in one statement (faster than row by row for a large TMX). */
  const insertAll = (
    units: readonly NewMemoryUnit[],
    where: { projectId: number | null; documentId: number | null }
  ): void => {
    const last = stmts.lastId.get()?.id ?? 0
    for (const unit of units) stmts.insert.run({ beadPosition: null, ...unit, ...where })
    stmts.indexFrom.run(last)
  }
  return {
    /** The pairs of some segments of a document (all when `positions` is null), replaced by what they hold now. */
    replaceSegments(
      documentId: number,
      projectId: number,
      positions: readonly number[] | null,
      units: readonly NewMemoryUnit[]
    ): void {
      for (const position of positions ?? [null]) {
        stmts.unindex.run(documentId, position, position)
        stmts.forget.run(documentId, position, position)
      }
      insertAll(units, { projectId, documentId })
    },
    /** Segments' texts and statuses, read straight from the document's tables (all when `positions` is null). */
    beadTexts(documentId: number, positions: readonly number[] | null): BeadTexts[] {
      return positions === null
        ? stmts.beads.all(documentId, null, null)
        : positions.flatMap((p) => stmts.beads.all(documentId, p, p))
    },
    /** The segment a target paragraph belongs to. */
    beadOfTarget: (documentId: number, paragraph: number): number | null =>
      stmts.beadOfTarget.get(documentId, paragraph)?.position ?? null,
    /** Pairs loaded from a file (a TMX), belonging to no document. */
    addImported(units: readonly NewMemoryUnit[]): void {
      insertAll(units, { projectId: null, documentId: null })
    },
    /** Up to `limit` pairs whose sources share the most word pieces with these words. */
    candidates: (words: readonly string[], limit: number): MemoryUnit[] =>
      words.length === 0 ? [] : stmts.candidates.all(anyOf(words), limit).map(unitOf),
    exact: (source: string): MemoryUnit[] => stmts.exact.all(source).map(unitOf),
    /**
     * Pairs of approved releases (and TMX units) of exactly these sources in a language pair, the
     * newest 20 of each, from one project's documents or (null) from anywhere.
     */
    approvedExact: (
      sources: readonly string[],
      sourceLang: string,
      targetLang: string,
      projectId: number | null
    ): MemoryUnit[] =>
      sources.length === 0
        ? []
        : stmts.approvedExact.all(JSON.stringify(sources), sourceLang, targetLang, projectId, projectId).map(unitOf),
    /** A fingerprint of the approved releases: which documents are approved, and their texts' revisions. */
    approvedReleases(): string {
      const r = stmts.approvedReleases.get()
      return `${r?.n ?? 0}.${r?.s ?? 0}`
    },
    /** Pairs whose source contains the phrase (3 characters or more), newest first. */
    containing: (phrase: string, limit: number): MemoryUnit[] =>
      stmts.containing.all(anyOf([phrase]), limit).map(unitOf),
    all: (): MemoryUnit[] => stmts.all.all().map(unitOf),
    count: (): number => stmts.count.get()?.n ?? 0
  }
}

export type MemoryStore = ReturnType<typeof createMemoryStore>
