import { REVIEWER_ROLES, type AuditEntry, type ReviewerRole } from '../../core/domain/review'
import type { Db } from '../db/database'
import type { Clock } from './time'

interface AuditRow {
  id: number
  document_id: number | null
  action: string
  actor: string
  actor_role: string | null
  details: string
  created_at: string
}

const roleOf = (stored: string | null): ReviewerRole | null => REVIEWER_ROLES.find((r) => r === stored) ?? null

/** The audit kind of a change of reviewer name or role. */
export const IDENTITY_ACTION = 'identity'

/** Every review action, append-only: who did what, when, to which document. */
export function createAuditStore(db: Db, now: Clock) {
  const insert = db.prepare<[number | null, number | null, string, string, string | null, string, string]>(
    'INSERT INTO audit_log (document_id, project_id, action, actor, actor_role, details, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)'
  )
  // A document's rows, and the reviewer identity changes (name or role, on this machine) made since
  // it was imported: who was allowed to do what when.
  const byDocument = db.prepare<[number, string, number], AuditRow>(
    `SELECT * FROM audit_log
     WHERE document_id = ?
        OR (document_id IS NULL AND project_id IS NULL AND action = ?
            AND id > (SELECT MIN(id) FROM audit_log WHERE document_id = ?))
     ORDER BY id`
  )
  return {
    record(entry: {
      documentId: number | null
      projectId: number | null
      action: string
      actor: string
      role?: ReviewerRole | null
      details?: object
    }): void {
      insert.run(
        entry.documentId,
        entry.projectId,
        entry.action,
        entry.actor,
        entry.role ?? null,
        JSON.stringify(entry.details ?? {}),
        now()
      )
    },
    forDocument: (documentId: number): AuditEntry[] =>
      byDocument.all(documentId, IDENTITY_ACTION, documentId).map((r) => ({
        id: r.id,
        documentId: r.document_id,
        action: r.action,
        actor: r.actor,
        role: roleOf(r.actor_role),
        details: JSON.parse(r.details) as Record<string, unknown>,
        createdAt: r.created_at
      }))
  }
}

export type AuditStore = ReturnType<typeof createAuditStore>
