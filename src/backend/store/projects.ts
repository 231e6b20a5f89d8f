import { AppError } from '../../core/api/result'
import type { ProjectSummary } from '../../core/domain/document'
import type { Db } from '../db/database'
import type { Clock } from './time'

interface ProjectRow {
  id: number
  name: string
  created_at: string
  updated_at: string
  document_count: number
}

const toSummary = (r: ProjectRow): ProjectSummary => ({
  id: r.id,
  name: r.name,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  documentCount: r.document_count
})

const SELECT = `
  SELECT p.id, p.name, p.created_at, p.updated_at,
         (SELECT COUNT(*) FROM document d WHERE d.project_id = p.id) AS document_count
  FROM project p`

export function createProjectStore(db: Db, now: Clock) {
  const stmts = {
    list: db.prepare<[], ProjectRow>(`${SELECT} ORDER BY p.updated_at DESC, p.id DESC`),
    get: db.prepare<[number], ProjectRow>(`${SELECT} WHERE p.id = ?`),
    insert: db.prepare<[string, string, string]>('INSERT INTO project (name, created_at, updated_at) VALUES (?, ?, ?)'),
    rename: db.prepare<[string, string, number]>('UPDATE project SET name = ?, updated_at = ? WHERE id = ?'),
    touch: db.prepare<[string, number]>('UPDATE project SET updated_at = ? WHERE id = ?'),
    remove: db.prepare<[number]>('DELETE FROM project WHERE id = ?')
  }

  function get(id: number): ProjectSummary {
    const row = stmts.get.get(id)
    if (!row) throw new AppError('notFound', `Project ${id} does not exist.`, { what: 'project', id })
    return toSummary(row)
  }

  return {
    list: (): ProjectSummary[] => stmts.list.all().map(toSummary),
    get,
    create(name: string): ProjectSummary {
      const t = now()
      const { lastInsertRowid } = stmts.insert.run(name, t, t)
      return get(Number(lastInsertRowid))
    },
    rename(id: number, name: string): ProjectSummary {
      if (stmts.rename.run(name, now(), id).changes === 0) get(id)
      return get(id)
    },
    touch(id: number): void {
      stmts.touch.run(now(), id)
    },
    remove(id: number): void {
      if (stmts.remove.run(id).changes === 0) get(id)
    }
  }
}

export type ProjectStore = ReturnType<typeof createProjectStore>
