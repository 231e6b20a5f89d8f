import { AppError } from '../../core/api/result'
import type { GlossaryEntry } from '../../core/domain/glossary'
import { writeTransaction, type Db } from '../db/database'
import type { Clock } from './time'

export interface StoredGlossaryEntry extends GlossaryEntry {
  id: number
  /** null: the global glossary, used by every project. */
  projectId: number | null
}

interface Row {
  id: number
  project_id: number | null
  source: string
  target: string
  allowed: string
  forbidden: string
  note: string | null
  case_sensitive: number
  accent_insensitive: number
}

const toEntry = (r: Row): StoredGlossaryEntry => ({
  id: r.id,
  projectId: r.project_id,
  source: r.source,
  target: r.target,
  allowed: JSON.parse(r.allowed) as string[],
  forbidden: JSON.parse(r.forbidden) as string[],
  ...(r.note ? { note: r.note } : {}),
  caseSensitive: r.case_sensitive === 1,
  accentInsensitive: r.accent_insensitive === 1
})

export function createGlossaryStore(db: Db, now: Clock) {
  const stmts = {
    forProject: db.prepare<[number], Row>(
      'SELECT * FROM glossary_entry WHERE project_id = ? OR project_id IS NULL ORDER BY project_id IS NULL, source COLLATE NOCASE'
    ),
    list: db.prepare<[number | null], Row>(
      'SELECT * FROM glossary_entry WHERE project_id IS ? ORDER BY source COLLATE NOCASE'
    ),
    insert: db.prepare(
      `INSERT INTO glossary_entry (project_id, source, target, allowed, forbidden, note, case_sensitive, accent_insensitive, created_at, updated_at)
       VALUES (@projectId, @source, @target, @allowed, @forbidden, @note, @caseSensitive, @accentInsensitive, @now, @now)`
    ),
    get: db.prepare<[number], Row>('SELECT * FROM glossary_entry WHERE id = ?'),
    update: db.prepare(
      `UPDATE glossary_entry SET source = @source, target = @target, allowed = @allowed, forbidden = @forbidden, note = @note,
         case_sensitive = @caseSensitive, accent_insensitive = @accentInsensitive, updated_at = @now WHERE id = @id`
    ),
    remove: db.prepare<[number]>('DELETE FROM glossary_entry WHERE id = ?'),
    revision: db.prepare<[number], { r: string | null }>(
      'SELECT MAX(updated_at) || COUNT(*) AS r FROM glossary_entry WHERE project_id = ? OR project_id IS NULL'
    )
  }
  const columns = (e: GlossaryEntry) => ({
    source: e.source,
    target: e.target,
    allowed: JSON.stringify(e.allowed),
    forbidden: JSON.stringify(e.forbidden),
    note: e.note ?? null,
    caseSensitive: e.caseSensitive ? 1 : 0,
    accentInsensitive: e.accentInsensitive ? 1 : 0,
    now: now()
  })
  const get = (id: number): StoredGlossaryEntry => {
    const row = stmts.get.get(id)
    if (!row) throw new AppError('notFound', `Glossary term ${id} does not exist.`, { what: 'term', id })
    return toEntry(row)
  }
  const insert = (projectId: number | null, e: GlossaryEntry): number =>
    Number(stmts.insert.run({ projectId, ...columns(e) }).lastInsertRowid)
  return {
    /** The project's terms first, then the global ones. */
    forProject: (projectId: number): StoredGlossaryEntry[] => stmts.forProject.all(projectId).map(toEntry),
    list: (projectId: number | null): StoredGlossaryEntry[] => stmts.list.all(projectId).map(toEntry),
    get,
    insertMany: writeTransaction(db, (projectId: number | null, entries: GlossaryEntry[]) => {
      for (const e of entries) insert(projectId, e)
    }),
    /** Adds a term, or replaces one by id. */
    save(projectId: number | null, termId: number | null, e: GlossaryEntry): StoredGlossaryEntry {
      if (termId === null) return get(insert(projectId, e))
      get(termId)
      stmts.update.run({ id: termId, ...columns(e) })
      return get(termId)
    },
    remove(termId: number): void {
      get(termId)
      stmts.remove.run(termId)
    },
    /** Changes whenever the terms a project sees change: part of the findings cache key. */
    revision: (projectId: number): string => stmts.revision.get(projectId)?.r ?? ''
  }
}

export type GlossaryStore = ReturnType<typeof createGlossaryStore>
