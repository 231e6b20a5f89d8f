/**
 * Cross-cutting work applied once, where a handler is registered: the transaction and the audit
 * record. A mutating service function returns what it changed (`Change`), saying which document
 * the audit row belongs to and what to write in it; `audited` writes the rows, `inTransaction`
 * makes the change and its rows one unit (both or neither).
 */
import type { Reviewer } from '../../core/domain/review'
import { writeTransaction, type Db } from '../db/database'
import type { AuditStore } from '../store/audit'

/** One audit row to write, without who and what kind (the wrapper adds those). */
export interface AuditNote {
  documentId: number | null
  projectId: number | null
  details: object
  /** Overrides the registered kind (an edit that is an undo or a redo). */
  action?: string | undefined
}

/** A mutation's result and the audit rows it asks for: none when nothing changed. */
export interface Change<R> {
  value: R
  audit: AuditNote[]
}

export const change = <R>(value: R, ...audit: AuditNote[]): Change<R> => ({ value, audit })

/** Runs `fn` in one write transaction (better-sqlite3 transactions are synchronous). */
export function inTransaction<I, O>(db: Db, fn: (input: I) => O): (input: I) => O {
  const run = writeTransaction(db, fn)
  return keepKind(fn, (input: I) => run(input))
}

/** The audit-writing wrapper, bound to the audit store and the current reviewer (name and role on every row). */
export function auditor(audit: AuditStore, actor: () => Reviewer) {
  return function audited<I, O>(kind: string, fn: (input: I) => Change<O>): Audited<I, O> {
    const wrapped = (input: I): O => {
      const { value, audit: notes } = fn(input)
      for (const note of notes) {
        const who = actor()
        audit.record({
          documentId: note.documentId,
          projectId: note.projectId,
          action: note.action ?? kind,
          actor: who.name,
          role: who.role,
          details: note.details
        })
      }
      return value
    }
    return Object.assign(wrapped, { auditKind: kind })
  }
}

/** A handler that writes audit rows, marked with its kind so tests can find every one. */
export type Audited<I, O> = ((input: I) => O) & { auditKind: string }

/** `to`, marked with the audit kind of `from` if it has one: wrappers keep the mark. */
export function keepKind<F extends object>(from: unknown, to: F): F {
  const kind = auditKindOf(from)
  return kind === null ? to : Object.assign(to, { auditKind: kind })
}

/**
 * The wrapper every audited mutation is registered with: the change and its audit rows in one
 * transaction.
 */
export function mutations(db: Db, audit: AuditStore, actor: () => Reviewer) {
  const audited = auditor(audit, actor)
  return <I, O>(kind: string, fn: (input: I) => Change<O>): ((input: I) => O) => inTransaction(db, audited(kind, fn))
}

/** The kind a registered handler audits under, or null for one that writes no audit row. */
export function auditKindOf(handler: unknown): string | null {
  const kind = (handler as { auditKind?: unknown } | null)?.auditKind
  return typeof kind === 'string' ? kind : null
}
