import { REJECTION_NOTE } from '../../core/domain/document'
import type { Severity } from '../../core/domain/findings'
import type { CorrectionRecord, Signoff, SourceQuery } from '../../core/domain/review'
import type { Db } from '../db/database'
import type { Clock } from './time'

export interface NewCorrection {
  documentId: number
  paragraph: number
  beforeText: string
  afterText: string
  reviewer: string
  category: string | null
  severity: Severity | null
  comment: string | null
  findingKey: string | null
}

interface CorrectionRow {
  id: number
  position: number
  before_text: string
  after_text: string
  reviewer: string
  category: string | null
  severity: Severity | null
  comment: string | null
  finding_key: string | null
  created_at: string
}

interface SignoffRow {
  override_reason: string | null
  created_at: string
}

/** A finding the reviewer fixed or ignored, why, and who. */
export interface FindingDecision {
  state: 'ignored' | 'fixed'
  reason: string | null
  reviewer: string
}

interface QueryRow {
  id: number
  document_id: number
  bead_position: number
  finding_key: string | null
  source_text: string
  question: string
  status: SourceQuery['status']
  answer: string | null
  author: string
  created_at: string
  updated_at: string
}

const toQuery = (r: QueryRow): SourceQuery => ({
  id: r.id,
  documentId: r.document_id,
  beadPosition: r.bead_position,
  findingKey: r.finding_key,
  sourceText: r.source_text,
  question: r.question,
  status: r.status,
  answer: r.answer,
  author: r.author,
  createdAt: r.created_at,
  updatedAt: r.updated_at
})

/** Corrections, finding states, ignore rules, source queries and sign-offs: the reviewer's record. */
export function createReviewStore(db: Db, now: Clock) {
  const stmts = {
    clearRejection: db.prepare<[number, number]>(
      `DELETE FROM bead_note WHERE category = '${REJECTION_NOTE}'
         AND bead_id = (SELECT id FROM bead WHERE document_id = ? AND position = ?)`
    ),
    insertRejection: db.prepare<[string, string, number, number]>(
      `INSERT INTO bead_note (bead_id, kind, text, author, category)
       SELECT id, 'comment', ?, ?, '${REJECTION_NOTE}' FROM bead WHERE document_id = ? AND position = ?`
    ),
    insertCorrection: db.prepare(
      `INSERT INTO correction (paragraph_id, before_text, after_text, reviewer, category, severity, comment, finding_key, created_at)
       SELECT p.id, @beforeText, @afterText, @reviewer, @category, @severity, @comment, @findingKey, @now
       FROM paragraph p WHERE p.document_id = @documentId AND p.side = 'target' AND p.position = @paragraph`
    ),
    projectCorrectionTexts: db.prepare<[number], { before_text: string; after_text: string }>(
      `SELECT c.before_text, c.after_text
       FROM correction c JOIN paragraph p ON p.id = c.paragraph_id JOIN document d ON d.id = p.document_id
       WHERE d.project_id = ? ORDER BY c.id`
    ),
    corrections: db.prepare<[number], CorrectionRow>(
      `SELECT c.id, p.position, c.before_text, c.after_text, c.reviewer, c.category, c.severity, c.comment, c.finding_key, c.created_at
       FROM correction c JOIN paragraph p ON p.id = c.paragraph_id
       WHERE p.document_id = ? ORDER BY c.id`
    ),
    setState: db.prepare(
      `INSERT INTO finding_state (document_id, finding_key, state, reason, reviewer, updated_at)
       VALUES (@documentId, @key, @state, @reason, @reviewer, @now)
       ON CONFLICT (document_id, finding_key) DO UPDATE SET state = excluded.state, reason = excluded.reason,
         reviewer = excluded.reviewer, updated_at = excluded.updated_at`
    ),
    clearState: db.prepare<[number, string]>('DELETE FROM finding_state WHERE document_id = ? AND finding_key = ?'),
    states: db.prepare<
      [number],
      { finding_key: string; state: 'ignored' | 'fixed'; reason: string | null; reviewer: string }
    >('SELECT finding_key, state, reason, reviewer FROM finding_state WHERE document_id = ?'),
    insertRule: db.prepare(
      `INSERT OR REPLACE INTO ignore_rule (project_id, check_id, source_text, target_text, reason, reviewer, created_at)
       VALUES (@projectId, @checkId, @sourceText, @targetText, @reason, @reviewer, @now)`
    ),
    rules: db.prepare<
      [number],
      { check_id: string; source_text: string; target_text: string; reason: string | null; reviewer: string }
    >('SELECT check_id, source_text, target_text, reason, reviewer FROM ignore_rule WHERE project_id = ?'),
    deleteRule: db.prepare<[number, string, string, string]>(
      'DELETE FROM ignore_rule WHERE project_id = ? AND check_id = ? AND source_text = ? AND target_text = ?'
    ),
    insertQuery: db.prepare(
      `INSERT INTO source_query (document_id, bead_position, finding_key, source_text, question, author, created_at, updated_at)
       VALUES (@documentId, @beadPosition, @findingKey, @sourceText, @question, @author, @now, @now)`
    ),
    queries: db.prepare<[number], QueryRow>('SELECT * FROM source_query WHERE document_id = ? ORDER BY id'),
    query: db.prepare<[number], QueryRow>('SELECT * FROM source_query WHERE id = ?'),
    updateQuery: db.prepare(
      'UPDATE source_query SET status = @status, answer = @answer, updated_at = @now WHERE id = @id'
    ),
    insertSignoff: db.prepare(
      `INSERT INTO signoff (document_id, action, name, role, note, override_reason, finding_keys, created_at)
       VALUES (@documentId, @action, @name, @role, @note, @override, @findingKeys, @now)`
    ),
    lastSignoff: db.prepare<[number], { action: Signoff['action']; finding_keys: string | null }>(
      'SELECT action, finding_keys FROM signoff WHERE document_id = ? ORDER BY id DESC LIMIT 1'
    ),
    signoffs: db.prepare<[number], Omit<Signoff, 'createdAt' | 'override'> & SignoffRow>(
      'SELECT id, action, name, role, note, override_reason, created_at FROM signoff WHERE document_id = ? ORDER BY id'
    )
  }

  return {
    addCorrection(c: NewCorrection): void {
      stmts.insertCorrection.run({ ...c, now: now() })
    },
    /** The texts before and after every correction of a project's documents, in one query. */
    projectCorrectionTexts: (projectId: number): Pick<CorrectionRecord, 'beforeText' | 'afterText'>[] =>
      stmts.projectCorrectionTexts.all(projectId).map((r) => ({ beforeText: r.before_text, afterText: r.after_text })),
    corrections: (documentId: number): CorrectionRecord[] =>
      stmts.corrections.all(documentId).map((r) => ({
        id: r.id,
        paragraph: r.position,
        beforeText: r.before_text,
        afterText: r.after_text,
        reviewer: r.reviewer,
        category: r.category,
        severity: r.severity,
        comment: r.comment,
        findingKey: r.finding_key,
        createdAt: r.created_at
      })),
    setFindingState(
      documentId: number,
      key: string,
      state: 'ignored' | 'fixed',
      reviewer: string,
      reason: string | null
    ): void {
      stmts.setState.run({ documentId, key, state, reason, reviewer, now: now() })
    },
    clearFindingState(documentId: number, key: string): void {
      stmts.clearState.run(documentId, key)
    },
    /** The reviewer's decision per finding key, and who made it. */
    findingStates: (documentId: number): Map<string, FindingDecision> =>
      new Map(
        stmts.states
          .all(documentId)
          .map((r) => [r.finding_key, { state: r.state, reason: r.reason, reviewer: r.reviewer }])
      ),
    addIgnoreRule(rule: {
      projectId: number
      checkId: string
      sourceText: string
      targetText: string
      reason: string | null
      reviewer: string
    }): void {
      stmts.insertRule.run({ ...rule, now: now() })
    },
    removeIgnoreRule(projectId: number, checkId: string, sourceText: string, targetText: string): void {
      stmts.deleteRule.run(projectId, checkId, sourceText, targetText)
    },
    ignoreRules: (projectId: number) =>
      stmts.rules.all(projectId).map((r) => ({
        checkId: r.check_id,
        sourceText: r.source_text,
        targetText: r.target_text,
        reason: r.reason,
        reviewer: r.reviewer
      })),
    addQuery(q: {
      documentId: number
      beadPosition: number
      findingKey: string | null
      sourceText: string
      question: string
      author: string
    }): SourceQuery {
      const id = Number(stmts.insertQuery.run({ ...q, now: now() }).lastInsertRowid)
      return toQuery(stmts.query.get(id) as QueryRow)
    },
    queries: (documentId: number): SourceQuery[] => stmts.queries.all(documentId).map(toQuery),
    query: (id: number): SourceQuery | null => {
      const row = stmts.query.get(id)
      return row ? toQuery(row) : null
    },
    updateQuery(id: number, status: SourceQuery['status'], answer: string | null): void {
      stmts.updateQuery.run({ id, status, answer, now: now() })
    },
    addSignoff(s: {
      documentId: number
      action: Signoff['action']
      name: string
      role: string
      note: string | null
      override: string | null
      /** On approval: the keys of the findings the approver saw. */
      findingKeys?: readonly string[]
    }): void {
      stmts.insertSignoff.run({ ...s, findingKeys: s.findingKeys ? JSON.stringify(s.findingKeys) : null, now: now() })
    },
    /** The keys of the findings an approved document had when approved; null when it is not approved. */
    approvedFindingKeys(documentId: number): Set<string> | null {
      const last = stmts.lastSignoff.get(documentId)
      if (last?.action !== 'approve' || last.finding_keys === null) return null
      return new Set(JSON.parse(last.finding_keys) as string[])
    },
    /**
     * Why a segment is rejected, as a note on it (shown with its notes, exported with them); null
     * removes it. One per segment: a new rejection replaces the old reason.
     */
    setRejection(documentId: number, position: number, reason: { text: string; author: string } | null): void {
      stmts.clearRejection.run(documentId, position)
      if (reason) stmts.insertRejection.run(reason.text, reason.author, documentId, position)
    },
    signoffs: (documentId: number): Signoff[] =>
      stmts.signoffs.all(documentId).map((r) => ({
        id: r.id,
        action: r.action,
        name: r.name,
        role: r.role,
        note: r.note,
        override: r.override_reason,
        createdAt: r.created_at
      }))
  }
}

export type ReviewStore = ReturnType<typeof createReviewStore>
