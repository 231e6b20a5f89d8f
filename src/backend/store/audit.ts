import type { AuditEntry } from '../../core/domain/review'
import type { Db } from '../db/database'
import type { Clock } from './time'

interface AuditRow {
  id: number
  document_id: number | null
  action: string
  actor: string
  details: string
  created_at: string
}

/** Every review action, append-only: who did what, when, to which document. */
export function createAuditStore(db: Db, now: Clock) {
  const insert = db.prepare<[number | null, number | null, string, string, string, string]>(
    'INSERT INTO audit_log (document_id, project_id, action, actor, details, created_at) VALUES (?, ?, ?, ?, ?, ?)'
  )
  const byDocument = db.prepare<[number], AuditRow>('SELECT * FROM audit_log WHERE document_id = ? ORDER BY id')
  return {
    record(entry: {
      documentId: number | null
      projectId: number | null
      action: string
      actor: string
      details?: object
    }): void {
      insert.run(
        entry.documentId,
        entry.projectId,
        entry.action,
        entry.actor,
        JSON.stringify(entry.details ?? {}),
        now()
      )
    },
    forDocument: (documentId: number): AuditEntry[] =>
      byDocument.all(documentId).map((r) => ({
        id: r.id,
        documentId: r.document_id,
        action: r.action,
        actor: r.actor,
        details: JSON.parse(r.details) as Record<string, unknown>,
        createdAt: r.created_at
      }))
  }
}

export type AuditStore = ReturnType<typeof createAuditStore>
