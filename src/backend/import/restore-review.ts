/**
 * Restoring a review that came inside a bilingual file Cotejo wrote (XLIFF 2 or 1.2): corrections,
 * queries to the author, decisions on findings, segment statuses, the document's status and its
 * sign-off history, with their authors and times as recorded. Runs after the import stored the
 * document, in the same transaction, so a document is never left half restored.
 */
import { SEVERITIES } from '../../core/domain/findings'
import { QUERY_STATUSES } from '../../core/domain/review'
import type {
  BilingualDocument,
  DocumentReviewRecord,
  FindingDecisionRecord,
  UnitReview
} from '../../core/formats/model'
import type { Db } from '../db/database'

/** The review record of a file, one entry per stored bead (units the import skips are left out here too). */
export interface ImportedReview {
  document: DocumentReviewRecord | undefined
  beads: Array<UnitReview | undefined>
}

/** What of a read file's review record there is to restore; undefined when the file carries none. */
export function importedReview(doc: BilingualDocument): ImportedReview | undefined {
  // The same units the import turns into beads: those with text on either side.
  const beads = doc.units.filter((u) => u.source.trim() !== '' || u.target.trim() !== '').map((u) => u.review)
  if (!doc.review && beads.every((b) => b === undefined)) return undefined
  return { document: doc.review, beads }
}

const oneOf = <T extends string>(list: readonly T[], value: string | undefined): T | null =>
  value !== undefined && (list as readonly string[]).includes(value) ? (value as T) : null

/** Writes a read review record into a stored document. */
export function reviewRestorer(db: Db): (documentId: number, review: ImportedReview) => void {
  const stmts = {
    targetParagraphs: db.prepare<[number, number], { id: number }>(
      `SELECT p.id FROM bead b JOIN bead_paragraph bp ON bp.bead_id = b.id JOIN paragraph p ON p.id = bp.paragraph_id
       WHERE b.document_id = ? AND b.position = ? AND p.side = 'target' ORDER BY p.position`
    ),
    beadStatus: db.prepare('UPDATE bead SET status = ? WHERE document_id = ? AND position = ?'),
    correction: db.prepare(
      `INSERT INTO correction (paragraph_id, before_text, after_text, reviewer, category, severity, comment, finding_key, created_at)
       VALUES (@paragraphId, @before, @after, @reviewer, @category, @severity, @comment, @findingKey, @createdAt)`
    ),
    query: db.prepare(
      `INSERT INTO source_query (document_id, bead_position, finding_key, source_text, question, status, answer, author, created_at, updated_at)
       VALUES (@documentId, @position, @findingKey, @sourceText, @question, @status, @answer, @author, @createdAt, @updatedAt)`
    ),
    decision: db.prepare(
      `INSERT OR REPLACE INTO finding_state (document_id, finding_key, state, reason, reviewer, updated_at)
       VALUES (@documentId, @findingKey, @state, @reason, @reviewer, @updatedAt)`
    ),
    documentStatus: db.prepare('UPDATE document SET status = ? WHERE id = ?'),
    signoff: db.prepare(
      `INSERT INTO signoff (document_id, action, name, role, note, override_reason, finding_keys, created_at)
       VALUES (@documentId, @action, @name, @role, @note, @override, @findingKeys, @createdAt)`
    )
  }

  const decide = (documentId: number, d: FindingDecisionRecord): void => {
    stmts.decision.run({ documentId, ...d, reason: d.reason ?? null })
  }

  function restoreBead(documentId: number, position: number, review: UnitReview): void {
    stmts.beadStatus.run(review.status, documentId, position)
    const paragraphs = stmts.targetParagraphs.all(documentId, position)
    for (const c of review.corrections) {
      // A correction of a paragraph the import merged lands on the last paragraph there is.
      const paragraph = paragraphs[Math.min(c.paragraph, paragraphs.length - 1)]
      if (!paragraph) continue
      stmts.correction.run({
        paragraphId: paragraph.id,
        before: c.before,
        after: c.after,
        reviewer: c.reviewer,
        category: c.category ?? null,
        severity: oneOf(SEVERITIES, c.severity),
        comment: c.comment ?? null,
        findingKey: c.findingKey ?? null,
        createdAt: c.createdAt
      })
    }
    for (const q of review.queries)
      stmts.query.run({
        documentId,
        position,
        findingKey: q.findingKey ?? null,
        sourceText: q.sourceText,
        question: q.question,
        status: oneOf(QUERY_STATUSES, q.status) ?? 'open',
        answer: q.answer ?? null,
        author: q.author,
        createdAt: q.createdAt,
        updatedAt: q.updatedAt
      })
    for (const d of review.decisions) decide(documentId, d)
  }

  return (documentId, review) => {
    review.beads.forEach((b, position) => {
      if (b) restoreBead(documentId, position, b)
    })
    const doc = review.document
    if (!doc) return
    for (const d of doc.decisions) decide(documentId, d)
    for (const s of doc.signoffs)
      stmts.signoff.run({
        documentId,
        action: s.action,
        name: s.name,
        role: s.role,
        note: s.note ?? null,
        override: s.override ?? null,
        findingKeys: s.findingKeys ? JSON.stringify(s.findingKeys) : null,
        createdAt: s.createdAt
      })
    stmts.documentStatus.run(doc.status, documentId)
  }
}
