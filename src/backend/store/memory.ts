/** The approved memory's table and its full-text index (migration 009). */
import type { MemoryStatus, MemoryUnit } from '../../core/domain/memory'
import type { Db } from '../db/database'

export interface NewMemoryUnit {
  source: string
  target: string
  sourceLang: string
  targetLang: string
  status: MemoryStatus
  origin: string
  changedAt: string
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
    unindex: db.prepare<[number]>(
      `INSERT INTO memory_index (memory_index, rowid, source) SELECT 'delete', id, source FROM memory_unit WHERE document_id = ?`
    ),
    forget: db.prepare<[number]>('DELETE FROM memory_unit WHERE document_id = ?'),
    lastId: db.prepare<[], { id: number }>('SELECT COALESCE(MAX(id), 0) AS id FROM memory_unit'),
    indexFrom: db.prepare<[number]>(
      'INSERT INTO memory_index (rowid, source) SELECT id, source FROM memory_unit WHERE id > ?'
    ),
    insert: db.prepare(
      `INSERT INTO memory_unit (source, target, source_lang, target_lang, status, project_id, document_id, origin, changed_at)
       VALUES (@source, @target, @sourceLang, @targetLang, @status, @projectId, @documentId, @origin, @changedAt)`
    ),
    candidates: db.prepare<[string, number], MemoryRow>(
      `${SELECT} WHERE m.id IN (SELECT rowid FROM memory_index WHERE memory_index MATCH ? ORDER BY rank LIMIT ?)`
    ),
    exact: db.prepare<[string], MemoryRow>(`${SELECT} WHERE m.source = ? ORDER BY m.changed_at DESC LIMIT 50`),
    containing: db.prepare<[string, number], MemoryRow>(
      `${SELECT} WHERE m.id IN (SELECT rowid FROM memory_index WHERE memory_index MATCH ?) ORDER BY m.changed_at DESC LIMIT ?`
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
    for (const unit of units) stmts.insert.run({ ...unit, ...where })
    stmts.indexFrom.run(last)
  }
  return {
    /** A document's pairs, replaced by what it holds now. */
    replaceDocument(documentId: number, projectId: number, units: readonly NewMemoryUnit[]): void {
      stmts.unindex.run(documentId)
      stmts.forget.run(documentId)
      insertAll(units, { projectId, documentId })
    },
    /** Pairs loaded from a file (a TMX), belonging to no document. */
    addImported(units: readonly NewMemoryUnit[]): void {
      insertAll(units, { projectId: null, documentId: null })
    },
    /** Up to `limit` pairs whose sources share the most word pieces with these words. */
    candidates: (words: readonly string[], limit: number): MemoryUnit[] =>
      words.length === 0 ? [] : stmts.candidates.all(anyOf(words), limit).map(unitOf),
    exact: (source: string): MemoryUnit[] => stmts.exact.all(source).map(unitOf),
    /** Pairs whose source contains the phrase (3 characters or more), newest first. */
    containing: (phrase: string, limit: number): MemoryUnit[] =>
      stmts.containing.all(anyOf([phrase]), limit).map(unitOf),
    all: (): MemoryUnit[] => stmts.all.all().map(unitOf),
    count: (): number => stmts.count.get()?.n ?? 0
  }
}

export type MemoryStore = ReturnType<typeof createMemoryStore>
