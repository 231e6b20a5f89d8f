import type { RecentFile } from '../../core/domain/document'
import type { Db } from '../db/database'
import type { Clock } from './time'

const KEEP = 20

interface RecentRow {
  id: number
  name: string
  path: string | null
  kind: RecentFile['kind']
  document_id: number | null
  project_id: number | null
  opened_at: string
}

export function createRecentStore(db: Db, now: Clock) {
  const stmts = {
    list: db.prepare<[number], RecentRow>('SELECT * FROM recent_file ORDER BY opened_at DESC, id DESC LIMIT ?'),
    insert: db.prepare(
      'INSERT INTO recent_file (name, path, kind, document_id, project_id, opened_at) VALUES (@name, @path, @kind, @documentId, @projectId, @openedAt)'
    ),
    dropSame: db.prepare<[string, string | null, string]>(
      'DELETE FROM recent_file WHERE name = ? AND path IS ? AND kind = ?'
    ),
    trim: db.prepare<[number]>(
      'DELETE FROM recent_file WHERE id NOT IN (SELECT id FROM recent_file ORDER BY opened_at DESC, id DESC LIMIT ?)'
    )
  }
  return {
    list: (): RecentFile[] =>
      stmts.list.all(KEEP).map((r) => ({
        id: r.id,
        name: r.name,
        path: r.path,
        kind: r.kind,
        documentId: r.document_id,
        projectId: r.project_id,
        openedAt: r.opened_at
      })),
    /** Records a file; the same file opened again moves to the top instead of appearing twice. */
    add(file: {
      name: string
      path: string | null
      kind: RecentFile['kind']
      documentId: number
      projectId: number
    }): void {
      stmts.dropSame.run(file.name, file.path, file.kind)
      stmts.insert.run({ ...file, openedAt: now() })
      stmts.trim.run(KEEP)
    }
  }
}
