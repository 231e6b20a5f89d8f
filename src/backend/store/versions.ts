/**
 * Storing a new version of one side of a document: the replaced texts kept as a version row, the
 * side's paragraphs rewritten in place (a paragraph that carries over keeps its row, and with it its
 * corrections), and the beads renumbered in place (a bead that carries over keeps its row, status
 * and notes). Statuses and flags are decided by the service; this only writes them.
 */
import type { NotTakenCorrection, SegmentStatus } from '../../core/domain/document'
import type { Side } from '../../core/domain/language'
import type { Db } from '../db/database'
import type { Clock } from './time'

export interface StoredParagraph {
  id: number
  position: number
  text: string
  originalText: string
}

export interface StoredBead {
  id: number
  position: number
  status: SegmentStatus
  source: number[]
  target: number[]
}

/** The side after the version: per new position, the row it continues (null: a new row). */
export interface NewParagraph {
  keep: number | null
  text: string
  originalText: string
}

export interface NewBead {
  /** The bead row it continues; null for a new bead. */
  keep: number | null
  source: number[]
  target: number[]
  status: SegmentStatus
  changed: boolean
  notTaken: NotTakenCorrection[]
}

export interface VersionWrite {
  documentId: number
  side: Side
  paragraphs: NewParagraph[]
  beads: NewBead[]
  /** Old bead position → new position, for queries; removed beads go to the next bead left. */
  positions: Map<number, number>
  fileName: string | null
  importedBy: string
}

/** An imported version: the side it replaced, with that side's paragraphs as they were just before. */
export interface StoredVersion {
  side: Side
  /** As reviewed, and as the file had them. */
  texts: string[]
  originalTexts: string[]
  fileName: string | null
  importedBy: string
  importedAt: string
}

/** Positions are moved out of the way first: (document, side, position) is unique at every step. */
const SHIFT = 1_000_000_000

export function createVersionStore(db: Db, now: Clock) {
  const stmts = {
    paragraphs: db.prepare<[number, Side], StoredParagraph>(
      `SELECT id, position, text, COALESCE(original_text, text) AS originalText FROM paragraph
       WHERE document_id = ? AND side = ? ORDER BY position`
    ),
    beads: db.prepare<[number], { id: number; position: number; status: SegmentStatus }>(
      'SELECT id, position, status FROM bead WHERE document_id = ? ORDER BY position'
    ),
    links: db.prepare<[number], { bead_id: number; side: Side; position: number }>(
      `SELECT bp.bead_id, p.side, p.position FROM bead_paragraph bp JOIN paragraph p ON p.id = bp.paragraph_id
       WHERE p.document_id = ? ORDER BY p.position`
    ),
    insertVersion: db.prepare(
      `INSERT INTO document_version (document_id, side, texts, original_texts, file_name, imported_by, imported_at)
       VALUES (@documentId, @side, @texts, @originals, @fileName, @importedBy, @now)`
    ),
    shiftParagraphs: db.prepare<[number, number, Side]>(
      'UPDATE paragraph SET position = position + ? WHERE document_id = ? AND side = ?'
    ),
    updateParagraph: db.prepare<[number, string, string, number]>(
      'UPDATE paragraph SET position = ?, text = ?, original_text = ? WHERE id = ?'
    ),
    insertParagraph: db.prepare<[number, Side, number, string, string]>(
      'INSERT INTO paragraph (document_id, side, position, text, original_text) VALUES (?, ?, ?, ?, ?)'
    ),
    deleteShifted: db.prepare<[number, Side, number]>(
      'DELETE FROM paragraph WHERE document_id = ? AND side = ? AND position >= ?'
    ),
    sideIds: db.prepare<[number], { id: number; side: Side; position: number }>(
      'SELECT id, side, position FROM paragraph WHERE document_id = ? ORDER BY position'
    ),
    unlink: db.prepare<[number]>(
      'DELETE FROM bead_paragraph WHERE bead_id IN (SELECT id FROM bead WHERE document_id = ?)'
    ),
    shiftBeads: db.prepare<[number, number]>('UPDATE bead SET position = position + ? WHERE document_id = ?'),
    // A changed bead's sentences are aligned again when next read.
    updateBead: db.prepare<[number, SegmentStatus, number, string | null, number, number]>(
      `UPDATE bead SET position = ?, status = ?, changed_in_version = ?, not_taken = ?,
         sentences = CASE WHEN ? = 1 THEN NULL ELSE sentences END WHERE id = ?`
    ),
    insertBead: db.prepare<[number, number, SegmentStatus, number, string | null]>(
      `INSERT INTO bead (document_id, position, origin, confidence, status, changed_in_version, not_taken)
       VALUES (?, ?, 'auto', NULL, ?, ?, ?)`
    ),
    deleteShiftedBeads: db.prepare<[number, number]>('DELETE FROM bead WHERE document_id = ? AND position >= ?'),
    link: db.prepare<[number, number]>('INSERT INTO bead_paragraph (bead_id, paragraph_id) VALUES (?, ?)'),
    queries: db.prepare<[number], { id: number; bead_position: number }>(
      'SELECT id, bead_position FROM source_query WHERE document_id = ?'
    ),
    moveQuery: db.prepare<[number, number]>('UPDATE source_query SET bead_position = ? WHERE id = ?'),
    history: db.prepare<
      [number],
      {
        side: Side
        texts: string
        original_texts: string
        file_name: string | null
        imported_by: string
        imported_at: string
      }
    >(
      `SELECT side, texts, original_texts, file_name, imported_by, imported_at FROM document_version
       WHERE document_id = ? ORDER BY id`
    ),
    touchText: db.prepare<[string, number]>(
      'UPDATE document SET updated_at = ?, text_revision = text_revision + 1 WHERE id = ?'
    )
  }

  return {
    paragraphs: (documentId: number, side: Side): StoredParagraph[] => stmts.paragraphs.all(documentId, side),

    beads(documentId: number): StoredBead[] {
      const beads = stmts.beads.all(documentId).map((b) => ({ ...b, source: [] as number[], target: [] as number[] }))
      const byId = new Map(beads.map((b) => [b.id, b]))
      for (const l of stmts.links.all(documentId)) byId.get(l.bead_id)?.[l.side].push(l.position)
      return beads
    },

    /** The versions imported after the first, oldest first, each with the texts of its side it replaced. */
    history(documentId: number): StoredVersion[] {
      return stmts.history.all(documentId).map((r) => ({
        side: r.side,
        texts: JSON.parse(r.texts) as string[],
        originalTexts: JSON.parse(r.original_texts) as string[],
        fileName: r.file_name,
        importedBy: r.imported_by,
        importedAt: r.imported_at
      }))
    },

    /** Writes the version; the caller runs it inside the mutation's transaction. */
    write(v: VersionWrite): void {
      const previous = stmts.paragraphs.all(v.documentId, v.side)
      stmts.insertVersion.run({
        documentId: v.documentId,
        side: v.side,
        texts: JSON.stringify(previous.map((p) => p.text)),
        originals: JSON.stringify(previous.map((p) => p.originalText)),
        fileName: v.fileName,
        importedBy: v.importedBy,
        now: now()
      })
      stmts.unlink.run(v.documentId)
      stmts.shiftParagraphs.run(SHIFT, v.documentId, v.side)
      v.paragraphs.forEach((p, position) => {
        if (p.keep === null) stmts.insertParagraph.run(v.documentId, v.side, position, p.text, p.originalText)
        else stmts.updateParagraph.run(position, p.text, p.originalText, p.keep)
      })
      // Rows no new paragraph continues (removed, or merged into another) are still out of the way.
      stmts.deleteShifted.run(v.documentId, v.side, SHIFT)
      const ids: Record<Side, number[]> = { source: [], target: [] }
      for (const p of stmts.sideIds.all(v.documentId)) ids[p.side][p.position] = p.id

      stmts.shiftBeads.run(SHIFT, v.documentId)
      v.beads.forEach((b, position) => {
        const notTaken = b.notTaken.length > 0 ? JSON.stringify(b.notTaken) : null
        const changed = b.changed ? 1 : 0
        const beadId =
          b.keep === null
            ? Number(stmts.insertBead.run(v.documentId, position, b.status, changed, notTaken).lastInsertRowid)
            : (stmts.updateBead.run(position, b.status, changed, notTaken, changed, b.keep), b.keep)
        for (const p of b.source) stmts.link.run(beadId, ids.source[p] as number)
        for (const p of b.target) stmts.link.run(beadId, ids.target[p] as number)
      })
      stmts.deleteShiftedBeads.run(v.documentId, SHIFT)
      for (const q of stmts.queries.all(v.documentId)) {
        const to = v.positions.get(q.bead_position)
        if (to !== undefined && to !== q.bead_position) stmts.moveQuery.run(to, q.id)
      }
      stmts.touchText.run(now(), v.documentId)
    }
  }
}

export type VersionStore = ReturnType<typeof createVersionStore>
