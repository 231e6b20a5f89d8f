import { alignBeadSentences } from '../../core/align'
import { AppError } from '../../core/api/result'
import { getOrMake } from '../../core/collections/multimap'
import type {
  Bead,
  BeadNote,
  BeadOrigin,
  BeadSentences,
  DocumentOrigin,
  DocumentStatus,
  DocumentSummary,
  DocumentView,
  NotTakenCorrection,
  Paragraph,
  SegmentStatus
} from '../../core/domain/document'
import type { InlineCode } from '../../core/domain/inline-codes'
import { canonicalTag, conventionLangs, type LanguageTag, type Side } from '../../core/domain/language'
import { writeTransaction, type Db } from '../db/database'
import type { Clock } from './time'

export interface NewDocument {
  projectId: number
  name: string
  sourceLang: LanguageTag
  targetLang: LanguageTag
  origin: DocumentOrigin
  sourceFile: string | null
  targetFile: string | null
  sourceEncoding: string | null
  targetEncoding: string | null
  source: string[]
  target: string[]
  /** The target as first translated, when the file says it was corrected since (XLIFF, TMX). */
  targetOriginal?: string[]
  /** Beads over paragraph positions; must cover every paragraph of both sides exactly once. */
  beads: Array<{
    source: number[]
    target: number[]
    confidence: number | null
    origin: BeadOrigin
    status?: SegmentStatus
    notes?: BeadNote[]
    /** The aligner's sentence alignment of the bead; absent, it is computed when the bead is first read. */
    sentences?: BeadSentences | undefined
    /** The inline codes behind the placeholders of its paragraphs (CAT files). */
    codes?: InlineCode[] | undefined
  }>
}

interface DocumentRow {
  id: number
  project_id: number
  name: string
  source_lang: LanguageTag
  target_lang: LanguageTag
  origin: DocumentOrigin
  status: 'in_review' | 'approved'
  created_at: string
  updated_at: string
  source_count: number
  target_count: number
  bead_count: number
}

const SELECT = `
  SELECT d.id, d.project_id, d.name, d.source_lang, d.target_lang, d.origin, d.status, d.created_at, d.updated_at,
         (SELECT COUNT(*) FROM paragraph p WHERE p.document_id = d.id AND p.side = 'source') AS source_count,
         (SELECT COUNT(*) FROM paragraph p WHERE p.document_id = d.id AND p.side = 'target') AS target_count,
         (SELECT COUNT(*) FROM bead b WHERE b.document_id = d.id) AS bead_count
  FROM document d`

/** A document's summary without its counts of rows. */
export type DocumentInfo = Omit<DocumentSummary, 'sourceParagraphCount' | 'targetParagraphCount' | 'beadCount'>

const toSummary = (r: DocumentRow): DocumentSummary => ({
  id: r.id,
  projectId: r.project_id,
  name: r.name,
  sourceLang: r.source_lang,
  targetLang: r.target_lang,
  origin: r.origin,
  status: r.status,
  sourceParagraphCount: r.source_count,
  targetParagraphCount: r.target_count,
  beadCount: r.bead_count,
  createdAt: r.created_at,
  updatedAt: r.updated_at
})

/** Checks that beads are monotonic and cover each paragraph exactly once: a broken bead list would hide text. */
export function assertBeadsCover(
  beads: ReadonlyArray<{ source: number[]; target: number[] }>,
  sourceCount: number,
  targetCount: number
): void {
  const check = (side: Side, count: number, pick: (b: { source: number[]; target: number[] }) => number[]): void => {
    let expected = 0
    for (const b of beads) {
      for (const p of pick(b)) {
        if (p !== expected) throw new Error(`Beads do not cover ${side} paragraph ${expected} in order`)
        expected++
      }
    }
    if (expected !== count) throw new Error(`Beads cover ${expected} of ${count} ${side} paragraphs`)
  }
  check('source', sourceCount, (b) => b.source)
  check('target', targetCount, (b) => b.target)
  if (beads.some((b) => b.source.length === 0 && b.target.length === 0)) throw new Error('Empty bead')
}

/** A tag as stored: canonical, so 'en_us' and 'en-US' are one language in every list and export. */
function storedTag(tag: LanguageTag): LanguageTag {
  const canonical = canonicalTag(tag)
  if (canonical === null)
    throw new AppError('import.badLanguage', `"${tag}" is not a language tag (BCP 47, e.g. en-US).`, { tag })
  return canonical
}

const paragraphsKey = (bead: { source: number[]; target: number[] }): string =>
  `${bead.source.join(',')}|${bead.target.join(',')}`

interface BeadRow {
  id: number
  position: number
  origin: BeadOrigin
  confidence: number | null
  status: SegmentStatus
  sentences: string | null
  codes: string | null
  changed_in_version: number
  not_taken: string | null
}

/**
 * What the checks read of a document (`checkInput`): paragraph texts by position, beads as stored.
 * From `checkChanges`, only the beads that changed, and the texts of their paragraphs only (sparse).
 */
export interface CheckInput {
  document: DocumentSummary
  /** The text revision the rows were read at (one snapshot). */
  revision: number
  source: string[]
  target: string[]
  beads: Array<{
    position: number
    /** Positions of its paragraphs. */
    source: number[]
    target: number[]
    /** `BeadSentences` and `InlineCode[]` as JSON. */
    sentences: string
    codes: string | null
  }>
}

/** What a reader kept of a document: the text revision it read it at and its counts of rows. */
export interface ReadAt {
  /** When the document was made: a document id used again by another process is another document. */
  created: string
  revision: number
  beads: number
  source: number
  target: number
}

/** A check input as read, before its beads' unaligned sentences are made: each bead with its row id. */
type ReadInput = Omit<CheckInput, 'beads'> & { beads: Array<CheckInput['beads'][number] & { id: number }> }

/** Placeholder while a bead waits for its sentence alignment (filled before the view is returned). */
const NOT_ALIGNED: BeadSentences = { source: [], target: [], links: [] }

export function createDocumentStore(db: Db, now: Clock) {
  const stmts = {
    byProject: db.prepare<[number], DocumentRow>(`${SELECT} WHERE d.project_id = ? ORDER BY d.created_at, d.id`),
    get: db.prepare<[number], DocumentRow>(`${SELECT} WHERE d.id = ?`),
    /** `get` without its counts of rows (each a pass over thousands of rows), for a reader that has them. */
    getUncounted: db.prepare<[number], Omit<DocumentRow, 'source_count' | 'target_count' | 'bead_count'>>(
      `SELECT d.id, d.project_id, d.name, d.source_lang, d.target_lang, d.origin, d.status, d.created_at, d.updated_at
       FROM document d WHERE d.id = ?`
    ),
    projectOf: db.prepare<[number], { project_id: number }>('SELECT project_id FROM document WHERE id = ?'),
    insert: db.prepare(
      `INSERT INTO document (project_id, name, source_lang, target_lang, origin, source_file, target_file,
         source_encoding, target_encoding, created_at, updated_at)
       VALUES (@projectId, @name, @sourceLang, @targetLang, @origin, @sourceFile, @targetFile,
         @sourceEncoding, @targetEncoding, @now, @now)`
    ),
    insertParagraph: db.prepare<[number, Side, number, string, string]>(
      'INSERT INTO paragraph (document_id, side, position, text, original_text) VALUES (?, ?, ?, ?, ?)'
    ),
    insertBead: db.prepare<[number, number, BeadOrigin, number | null, SegmentStatus, string | null, string | null]>(
      'INSERT INTO bead (document_id, position, origin, confidence, status, sentences, codes) VALUES (?, ?, ?, ?, ?, ?, ?)'
    ),
    setSentences: db.prepare<[string, number]>('UPDATE bead SET sentences = ? WHERE id = ?'),
    /** A paragraph's text changed: its bead's sentences are aligned again when next read. */
    forgetSentences: db.prepare<[number, number]>(
      `UPDATE bead SET sentences = NULL WHERE id = (SELECT bp.bead_id FROM bead_paragraph bp
         JOIN paragraph p ON p.id = bp.paragraph_id WHERE p.document_id = ? AND p.side = 'target' AND p.position = ?)`
    ),
    insertNote: db.prepare<[number, BeadNote['kind'], string, string | null, string | null, string | null]>(
      'INSERT INTO bead_note (bead_id, kind, text, author, category, severity) VALUES (?, ?, ?, ?, ?, ?)'
    ),
    notes: db.prepare<[number], BeadNote & { bead_id: number }>(
      `SELECT n.bead_id, n.kind, n.text, n.author, n.category, n.severity FROM bead_note n
       JOIN bead b ON b.id = n.bead_id WHERE b.document_id = ? ORDER BY n.id`
    ),
    link: db.prepare<[number, number]>('INSERT INTO bead_paragraph (bead_id, paragraph_id) VALUES (?, ?)'),
    paragraphs: db.prepare<[number], Paragraph>(
      `SELECT id, side, position, text, COALESCE(original_text, text) AS originalText
       FROM paragraph WHERE document_id = ? ORDER BY side, position`
    ),
    beads: db.prepare<[number], BeadRow>(
      `SELECT id, position, origin, confidence, status, sentences, codes, changed_in_version, not_taken
       FROM bead WHERE document_id = ? ORDER BY position`
    ),
    /** One paragraph, for services that edit one (a whole view is thousands of rows). */
    paragraph: db.prepare<[number, Side, number], Paragraph>(
      `SELECT id, side, position, text, COALESCE(original_text, text) AS originalText
       FROM paragraph WHERE document_id = ? AND side = ? AND position = ?`
    ),
    /** The beads at some positions (a JSON array), with the positions of their paragraphs. */
    beadsAt: db.prepare<[number, string], BeadRow>(
      `SELECT id, position, origin, confidence, status, sentences, codes, changed_in_version, not_taken
       FROM bead WHERE document_id = ? AND position IN (SELECT value FROM json_each(?)) ORDER BY position`
    ),
    linksOf: db.prepare<[string], { bead_id: number; side: Side; position: number }>(
      `SELECT bp.bead_id, p.side, p.position FROM bead_paragraph bp JOIN paragraph p ON p.id = bp.paragraph_id
       WHERE bp.bead_id IN (SELECT value FROM json_each(?)) ORDER BY p.position`
    ),
    paragraphsOf: db.prepare<[string], Paragraph>(
      `SELECT p.id, p.side, p.position, p.text, COALESCE(p.original_text, p.text) AS originalText
       FROM bead_paragraph bp JOIN paragraph p ON p.id = bp.paragraph_id
       WHERE bp.bead_id IN (SELECT value FROM json_each(?)) ORDER BY p.side, p.position`
    ),
    notesOf: db.prepare<[string], BeadNote & { bead_id: number }>(
      `SELECT n.bead_id, n.kind, n.text, n.author, n.category, n.severity FROM bead_note n
       WHERE n.bead_id IN (SELECT value FROM json_each(?)) ORDER BY n.id`
    ),
    stamp: db.prepare<[number], { revision: number; updated: string }>(
      'SELECT text_revision AS revision, updated_at AS updated FROM document WHERE id = ?'
    ),
    statuses: db.prepare<[number], { status: SegmentStatus }>(
      'SELECT status FROM bead WHERE document_id = ? ORDER BY position'
    ),
    /** Each bead's status and whether the last version changed it, by position: the screen's index of rows. */
    marks: db.prepare<[number], { status: SegmentStatus; changed: number }>(
      'SELECT status, changed_in_version AS changed FROM bead WHERE document_id = ? ORDER BY position'
    ),
    statusCounts: db.prepare<[number], { status: SegmentStatus; n: number }>(
      'SELECT status, COUNT(*) AS n FROM bead WHERE document_id = ? GROUP BY status'
    ),
    setTargetText: db.prepare<[string, number, number]>(
      "UPDATE paragraph SET text = ? WHERE document_id = ? AND side = 'target' AND position = ?"
    ),
    setBeadStatus: db.prepare<[SegmentStatus, number, number]>(
      'UPDATE bead SET status = ? WHERE document_id = ? AND position = ?'
    ),
    setStatus: db.prepare<[DocumentStatus, string, number]>(
      'UPDATE document SET status = ?, updated_at = ? WHERE id = ?'
    ),
    touch: db.prepare<[string, number]>('UPDATE document SET updated_at = ? WHERE id = ?'),
    rename: db.prepare<[string, string, number]>('UPDATE document SET name = ?, updated_at = ? WHERE id = ?'),
    touchText: db.prepare<[string, number]>(
      'UPDATE document SET updated_at = ?, text_revision = text_revision + 1 WHERE id = ?'
    ),
    // With when each document was made: once its row is gone, SQLite gives its id to the next
    // document, which another process on the same data folder may import at the same revision.
    revision: db.prepare<[number], { r: string | null }>(
      `SELECT group_concat(id || '.' || text_revision || '.' || created_at, ',') AS r
       FROM (SELECT id, text_revision, created_at FROM document WHERE project_id = ? ORDER BY id)`
    ),
    textRevisions: db.prepare<[number], { id: number; revision: string }>(
      `SELECT id, json_array(text_revision, created_at, name, source_lang, target_lang, origin) AS revision
       FROM document WHERE project_id = ? ORDER BY created_at, id`
    ),
    textRevision: db.prepare<[number], { r: number }>('SELECT text_revision AS r FROM document WHERE id = ?'),
    madeAtRevision: db.prepare<[number], Pick<ReadAt, 'created' | 'revision'>>(
      'SELECT created_at AS created, text_revision AS revision FROM document WHERE id = ?'
    ),
    ids: db.prepare<[number], { id: number }>('SELECT id FROM document WHERE project_id = ? ORDER BY created_at, id'),
    paragraphTexts: db.prepare<[number], { side: Side; text: string }>(
      'SELECT side, text FROM paragraph WHERE document_id = ? ORDER BY side, position'
    ),
    beadTexts: db.prepare<[number], Pick<BeadRow, 'id' | 'position' | 'sentences' | 'codes'>>(
      'SELECT id, position, sentences, codes FROM bead WHERE document_id = ? ORDER BY position'
    ),
    /** Its text revision, when it was last reshaped (`014-change-stamps`) and its counts of rows, together. */
    shape: db.prepare<[number], ReadAt & { reshaped: number }>(
      `SELECT created_at AS created, text_revision AS revision, shape_changed AS reshaped,
         (SELECT COUNT(*) FROM bead WHERE document_id = d.id) AS beads,
         (SELECT COUNT(*) FROM paragraph WHERE document_id = d.id AND side = 'source') AS source,
         (SELECT COUNT(*) FROM paragraph WHERE document_id = d.id AND side = 'target') AS target
       FROM document d WHERE id = ?`
    ),
    /** The beads stamped after a revision, or holding a paragraph that is (`014-change-stamps`). */
    changedBeads: db.prepare<
      [number, number, number, number],
      Pick<BeadRow, 'id' | 'position' | 'sentences' | 'codes'>
    >(
      `SELECT id, position, sentences, codes FROM bead WHERE document_id = ? AND changed > ?
       UNION
       SELECT b.id, b.position, b.sentences, b.codes FROM paragraph p
         JOIN bead_paragraph bp ON bp.paragraph_id = p.id JOIN bead b ON b.id = bp.bead_id
       WHERE p.document_id = ? AND p.changed > ?
       ORDER BY position`
    ),
    changedSources: db.prepare<[number, number], { position: number; text: string }>(
      "SELECT position, text FROM paragraph WHERE document_id = ? AND side = 'source' AND changed > ? ORDER BY position"
    ),
    textsOf: db.prepare<[string], { bead_id: number; side: Side; position: number; text: string }>(
      `SELECT bp.bead_id, p.side, p.position, p.text FROM bead_paragraph bp JOIN paragraph p ON p.id = bp.paragraph_id
       WHERE bp.bead_id IN (SELECT value FROM json_each(?)) ORDER BY p.position`
    ),
    links: db.prepare<[number], { bead_id: number; side: Side; position: number }>(
      `SELECT bp.bead_id, p.side, p.position FROM bead_paragraph bp JOIN paragraph p ON p.id = bp.paragraph_id
       WHERE p.document_id = ? ORDER BY p.position`
    ),
    remove: db.prepare<[number]>('DELETE FROM document WHERE id = ?'),
    removeBeads: db.prepare<[number]>('DELETE FROM bead WHERE document_id = ?'),
    paragraphIds: db.prepare<[number], { id: number; side: Side; position: number }>(
      'SELECT id, side, position FROM paragraph WHERE document_id = ? ORDER BY position'
    ),
    projectName: db.prepare<[number], { id: number; name: string }>('SELECT id, name FROM project WHERE id = ?'),
    rowsStamp: db.prepare<[number], { stamp: string }>(
      `SELECT d.text_revision || '|' || d.created_at || '|' || d.updated_at || '|' ||
         COALESCE((SELECT group_concat(status) FROM (SELECT status FROM bead WHERE document_id = d.id ORDER BY position)), '')
         || '|' || COALESCE((SELECT group_concat(n.id) FROM bead_note n JOIN bead b ON b.id = n.bead_id
           WHERE b.document_id = d.id), '') AS stamp
       FROM document d WHERE d.id = ?`
    )
  }

  function header(id: number): Pick<DocumentView, 'document' | 'project'> {
    const document = get(id)
    const project = stmts.projectName.get(document.projectId)
    if (!project) throw new AppError('notFound', `Project ${document.projectId} does not exist.`)
    return { document, project }
  }

  function get(id: number): DocumentSummary {
    const row = stmts.get.get(id)
    if (!row) throw new AppError('notFound', `Document ${id} does not exist.`, { what: 'document', id })
    return toSummary(row)
  }

  /** `get(id)` with the counts of rows a reader has just read (`shape`), not counted again. */
  function counted(id: number, counts: Pick<ReadAt, 'beads' | 'source' | 'target'>): DocumentSummary {
    const row = stmts.getUncounted.get(id)
    if (!row) throw new AppError('notFound', `Document ${id} does not exist.`, { what: 'document', id })
    return toSummary({ ...row, source_count: counts.source, target_count: counts.target, bead_count: counts.beads })
  }

  /** `get(id)` without its counts of rows: what a change to one row reads (its status, project, languages). */
  function info(id: number): DocumentInfo {
    const {
      sourceParagraphCount: _s,
      targetParagraphCount: _t,
      beadCount: _b,
      ...rest
    } = counted(id, {
      beads: 0,
      source: 0,
      target: 0
    })
    return rest
  }

  /** The document's project: `get(id).projectId` without counting its rows (asked several times a request). */
  function projectOf(id: number): number {
    const row = stmts.projectOf.get(id)
    if (!row) throw new AppError('notFound', `Document ${id} does not exist.`, { what: 'document', id })
    return row.project_id
  }

  function insertBeads(documentId: number, beads: NewDocument['beads'], ids: Record<Side, number[]>): void {
    beads.forEach((bead, position) => {
      const beadId = Number(
        stmts.insertBead.run(
          documentId,
          position,
          bead.origin,
          bead.confidence,
          bead.status ?? 'untouched',
          bead.sentences ? JSON.stringify(bead.sentences) : null,
          bead.codes && bead.codes.length > 0 ? JSON.stringify(bead.codes) : null
        ).lastInsertRowid
      )
      for (const p of bead.source) stmts.link.run(beadId, ids.source[p] as number)
      for (const p of bead.target) stmts.link.run(beadId, ids.target[p] as number)
      for (const n of bead.notes ?? []) stmts.insertNote.run(beadId, n.kind, n.text, n.author, n.category, n.severity)
    })
  }

  /**
   * The codes of a document's beads by the paragraphs they hold: an edited alignment keeps them on
   * the beads it leaves as they were (placeholders are numbered per bead, so a merged bead has none).
   */
  function codesByParagraphs(documentId: number): Map<string, InlineCode[]> {
    const beads = new Map<number, { source: number[]; target: number[]; codes: string }>()
    for (const b of stmts.beads.all(documentId))
      if (b.codes !== null) beads.set(b.id, { source: [], target: [], codes: b.codes })
    for (const l of stmts.links.all(documentId)) beads.get(l.bead_id)?.[l.side].push(l.position)
    return new Map([...beads.values()].map((b) => [paragraphsKey(b), JSON.parse(b.codes) as InlineCode[]]))
  }

  /** Stores a document, its paragraphs and beads in one transaction: an import is all or nothing. */
  const insert = writeTransaction(db, (doc: NewDocument): number => {
    assertBeadsCover(doc.beads, doc.source.length, doc.target.length)
    const { lastInsertRowid } = stmts.insert.run({
      ...doc,
      sourceLang: storedTag(doc.sourceLang),
      targetLang: storedTag(doc.targetLang),
      now: now()
    })
    const documentId = Number(lastInsertRowid)
    const ids: Record<Side, number[]> = { source: [], target: [] }
    for (const side of ['source', 'target'] as const) {
      doc[side].forEach((text, position) => {
        const original = side === 'target' ? (doc.targetOriginal?.[position] ?? text) : text
        ids[side].push(Number(stmts.insertParagraph.run(documentId, side, position, text, original).lastInsertRowid))
      })
    }
    insertBeads(documentId, doc.beads, ids)
    return documentId
  })

  /**
   * The last views built, per document, with the text revision and update time they were built at:
   * one request reads a document's view several times (its check job, then its answer), and the
   * view of 5,000 paragraphs is the costliest thing the server builds. Kept for a few documents.
   */
  const views = new Map<number, { stamp: string; view: DocumentView }>()
  const VIEWS_KEPT = 3

  /**
   * The whole document. Built again when its text, alignment or update time changed; the statuses
   * and notes are read fresh every time (a status or a note may be written without touching the
   * document, as a restored review or a rejection's reason is), so a kept view never shows old ones.
   */
  function view(id: number): DocumentView {
    const stamp = stmts.stamp.get(id)
    const key = stamp ? `${stamp.revision}|${stamp.updated}` : ''
    const known = views.get(id)
    if (!known || known.stamp !== key) {
      const built = buildView(id)
      views.delete(id)
      views.set(id, { stamp: key, view: built })
      for (const old of views.keys()) if (views.size > VIEWS_KEPT) views.delete(old)
      return built
    }
    const statuses = stmts.statuses.all(id)
    const notes = new Map<number, BeadNote[]>()
    for (const { bead_id, ...note } of stmts.notes.all(id)) getOrMake(notes, bead_id, () => []).push(note)
    const { document, project } = header(id)
    const beads = known.view.beads.map((b, k) => ({
      ...b,
      status: statuses[k]?.status ?? b.status,
      notes: notes.get(b.id) ?? []
    }))
    return { ...known.view, document, project, beads }
  }

  function buildView(id: number): DocumentView {
    const { document, project } = header(id)
    const paragraphs = stmts.paragraphs.all(id)
    const source = paragraphs.filter((p) => p.side === 'source')
    const target = paragraphs.filter((p) => p.side === 'target')
    const beads = withParagraphs(
      document,
      stmts.beads.all(id),
      stmts.links.all(id),
      stmts.notes.all(id),
      source,
      target
    )
    return { project, document, source, target, beads }
  }

  /**
   * What the checks read of a document (`DocumentView` without statuses, notes and originals), its
   * beads' sentences and codes as stored (JSON): a re-check after an edit parses only the beads
   * whose text changed. Read in one snapshot; sentences not aligned yet are aligned and stored
   * after it, as `view` does.
   */
  function checkInput(id: number): CheckInput {
    return withSentences(
      snapshot((): ReadInput => {
        const document = get(id)
        const revision = stmts.textRevision.get(id)?.r ?? -1
        const texts: Record<Side, string[]> = { source: [], target: [] }
        for (const p of stmts.paragraphTexts.all(id)) texts[p.side].push(p.text)
        const beads = inputBeads(stmts.beadTexts.all(id), stmts.links.all(id))
        return { document, revision, source: texts.source, target: texts.target, beads }
      })
    )
  }

  /**
   * What changed since a reader read the document at `since`: the beads whose text, paragraphs'
   * texts, sentences or codes changed (`014-change-stamps`), with their paragraphs' texts only.
   * Null when the reader must read it whole: rows were added, moved or removed since.
   */
  function checkChanges(id: number, since: ReadAt): CheckInput | null {
    const input = snapshot((): ReadInput | null => {
      const now = sameShape(id, since)
      if (!now) return null
      const rows = stmts.changedBeads.all(id, since.revision, id, since.revision)
      const texts: Record<Side, string[]> = { source: [], target: [] }
      const ids = JSON.stringify(rows.map((r) => r.id))
      const links = stmts.textsOf.all(ids)
      for (const l of links) texts[l.side][l.position] = l.text
      const beads = inputBeads(rows, links)
      return { document: counted(id, now), revision: now.revision, source: texts.source, target: texts.target, beads }
    })
    return input && withSentences(input)
  }

  /** The document's revision and counts now, when its rows are still those a reader read at `since` (texts aside). */
  function sameShape(id: number, since: ReadAt): ReadAt | null {
    const now = stmts.shape.get(id)
    if (!now) return null
    if (now.created !== since.created || now.reshaped > since.revision || now.revision < since.revision) return null
    if (now.beads !== since.beads || now.source !== since.source || now.target !== since.target) return null
    const { reshaped: _, ...at } = now
    return at
  }

  /**
   * The source paragraphs whose text changed since a reader read them at `since`, and what to keep
   * now; all of them (`whole`) without `since` or when rows were added, moved or removed since.
   */
  function sourceChanges(
    id: number,
    since?: ReadAt
  ): { readAt: ReadAt; whole: boolean; paragraphs: Array<{ position: number; text: string }> } {
    return snapshot(() => {
      const now = since && sameShape(id, since)
      if (since && now) return { readAt: now, whole: false, paragraphs: stmts.changedSources.all(id, since.revision) }
      // Every stamp is 0 or more: changed since -1 is every paragraph.
      return { readAt: readAt(id), whole: true, paragraphs: stmts.changedSources.all(id, -1) }
    })
  }

  function readAt(id: number): ReadAt {
    const now = stmts.shape.get(id)
    if (!now) throw new AppError('notFound', `Document ${id} does not exist.`, { what: 'document', id })
    const { reshaped: _, ...at } = now
    return at
  }

  /** `read` in one read transaction: rows and revision from one state of the database, whoever writes meanwhile. */
  function snapshot<T>(read: () => T): T {
    return db.inTransaction ? read() : db.transaction(read).deferred()
  }

  /** Beads as the checks read them, their paragraphs' positions from `links`; unaligned sentences as ''. */
  function inputBeads(
    rows: Array<Pick<BeadRow, 'id' | 'position' | 'sentences' | 'codes'>>,
    links: Array<{ bead_id: number; side: Side; position: number }>
  ): ReadInput['beads'] {
    const beads = rows.map((r) => ({
      id: r.id,
      position: r.position,
      source: [] as number[],
      target: [] as number[],
      sentences: r.sentences ?? '',
      codes: r.codes
    }))
    const byId = new Map(beads.map((b) => [b.id, b]))
    for (const l of links) byId.get(l.bead_id)?.[l.side].push(l.position)
    return beads
  }

  /** The input with the sentences of its beads not aligned yet made now, and stored (in one transaction). */
  function withSentences(input: ReadInput): CheckInput {
    const missing = input.beads.filter((b) => b.sentences === '')
    const aligned = alignAndStore(input.document, missing, (side, p) => input[side][p] ?? '')
    const made = new Map(missing.map((b, k) => [b.id, JSON.stringify(aligned[k])]))
    const beads = input.beads.map(({ id, ...bead }) => ({ ...bead, sentences: made.get(id) ?? bead.sentences }))
    return { ...input, beads }
  }

  /**
   * The beads at `positions` and their paragraphs only (paragraphs keep their positions, so
   * `source`/`target` are sparse lists): what a service that changes one row reads.
   */
  function rows(id: number, positions: readonly number[]): Pick<DocumentView, 'beads' | 'source' | 'target'> {
    const document = get(id)
    const found = stmts.beadsAt.all(id, JSON.stringify(positions))
    const ids = JSON.stringify(found.map((b) => b.id))
    const source: Paragraph[] = []
    const target: Paragraph[] = []
    for (const p of stmts.paragraphsOf.all(ids)) (p.side === 'source' ? source : target)[p.position] = p
    const beads = withParagraphs(document, found, stmts.linksOf.all(ids), stmts.notesOf.all(ids), source, target)
    return { beads, source: source.filter(Boolean), target: target.filter(Boolean) }
  }

  /** Beads from their rows, with their paragraphs' positions, notes, and sentences (aligned and stored when missing). */
  function withParagraphs(
    document: DocumentSummary,
    rows: BeadRow[],
    links: Array<{ bead_id: number; side: Side; position: number }>,
    notes: Array<BeadNote & { bead_id: number }>,
    source: Paragraph[],
    target: Paragraph[]
  ): Bead[] {
    const beads: Bead[] = rows.map(({ sentences, codes, changed_in_version, not_taken, ...b }) => ({
      ...b,
      changedInVersion: changed_in_version === 1,
      ...(not_taken === null ? {} : { notTaken: JSON.parse(not_taken) as NotTakenCorrection[] }),
      source: [],
      target: [],
      notes: [],
      sentences: sentences === null ? NOT_ALIGNED : (JSON.parse(sentences) as BeadSentences),
      ...(codes === null ? {} : { codes: JSON.parse(codes) as InlineCode[] })
    }))
    const byId = new Map(beads.map((b) => [b.id, b]))
    for (const l of links) byId.get(l.bead_id)?.[l.side].push(l.position)
    for (const { bead_id, ...note } of notes) byId.get(bead_id)?.notes.push(note)
    const missing = beads.filter((_, k) => rows[k]!.sentences === null)
    const text = (side: Side, p: number): string => (side === 'source' ? source : target)[p]?.text ?? ''
    alignAndStore(document, missing, text).forEach((sentences, k) => (missing[k]!.sentences = sentences))
    return beads
  }

  /**
   * The sentence alignments of beads stored without one (an older database, or a paragraph edited
   * since): made now, and stored in one transaction (a commit each was a few ms apiece); none for
   * no beads. `text` reads one paragraph, so a read with many such beads does not copy the
   * document's texts for each.
   */
  function alignAndStore(
    document: DocumentSummary,
    beads: ReadonlyArray<{ id: number; source: number[]; target: number[] }>,
    text: (side: Side, position: number) => string
  ): BeadSentences[] {
    if (beads.length === 0) return []
    const aligned = (bead: (typeof beads)[number]): BeadSentences =>
      alignBeadSentences(
        bead.source.map((p) => text('source', p)),
        bead.target.map((p) => text('target', p)),
        conventionLangs(document)
      )
    // A reader's connection (document-reader.ts) makes them as the writer would, and leaves storing to it.
    if (db.readonly) return beads.map(aligned)
    return writeTransaction(db, () =>
      beads.map((bead) => {
        const sentences = aligned(bead)
        stmts.setSentences.run(JSON.stringify(sentences), bead.id)
        return sentences
      })
    )()
  }

  return {
    listByProject: (projectId: number): DocumentSummary[] => stmts.byProject.all(projectId).map(toSummary),
    get,
    info,
    projectOf,
    view,
    checkInput,
    checkChanges,
    sourceChanges,
    rows,
    /** The document and its project, without its paragraphs and beads. */
    header,
    /**
     * What tells the rows of `view` (texts, alignment, statuses, notes) apart from those of another
     * moment: equal stamps, equal rows. Rows built on another connection are checked against it.
     */
    rowsStamp: (documentId: number): string => stmts.rowsStamp.get(documentId)?.stamp ?? '',
    /** A number that changes whenever the document's text or alignment does. */
    textRevision: (documentId: number): number => stmts.textRevision.get(documentId)?.r ?? -1,
    /**
     * Whether a reader's `readAt` still describes the document's texts: the same revision of the
     * same document (once its row is gone, SQLite gives its id to the next document).
     */
    textsUnchanged: (documentId: number, readAt: ReadAt): boolean => {
      const now = stmts.madeAtRevision.get(documentId)
      return now?.revision === readAt.revision && now.created === readAt.created
    },
    /** A target paragraph, or null when there is none at that position. */
    targetParagraph: (documentId: number, position: number): Paragraph | null =>
      stmts.paragraph.get(documentId, 'target', position) ?? null,
    /** Every bead's status by position, and the positions the last version changed (no texts read). */
    segmentMarks(documentId: number): { statuses: SegmentStatus[]; changed: number[] } {
      const statuses: SegmentStatus[] = []
      const changed: number[] = []
      for (const m of stmts.marks.all(documentId)) {
        if (m.changed === 1) changed.push(statuses.length)
        statuses.push(m.status)
      }
      return { statuses, changed }
    },
    /** How many beads of the document have each status. */
    statusCounts(documentId: number): Record<SegmentStatus, number> {
      const counts: Record<SegmentStatus, number> = { untouched: 0, reviewed: 0, approved: 0, rejected: 0 }
      for (const r of stmts.statusCounts.all(documentId)) counts[r.status] = r.n
      return counts
    },
    insert: (doc: NewDocument): DocumentSummary => get(insert(doc)),
    remove(id: number): void {
      if (stmts.remove.run(id).changes === 0) get(id)
    },
    rename(id: number, name: string): DocumentSummary {
      if (stmts.rename.run(name, now(), id).changes === 0) get(id)
      return get(id)
    },
    /** Replaces the alignment of a document (paragraphs stay); checked to cover every paragraph once. */
    replaceBeads: writeTransaction(db, (documentId: number, beads: NewDocument['beads']) => {
      const ids: Record<Side, number[]> = { source: [], target: [] }
      for (const p of stmts.paragraphIds.all(documentId)) ids[p.side][p.position] = p.id
      assertBeadsCover(beads, ids.source.length, ids.target.length)
      const codes = codesByParagraphs(documentId)
      stmts.removeBeads.run(documentId)
      insertBeads(
        documentId,
        beads.map((b) => ({ ...b, codes: b.codes ?? codes.get(paragraphsKey(b)) })),
        ids
      )
      stmts.touchText.run(now(), documentId)
    }),
    /** Replaces a target paragraph's current text (its original stays). */
    setTargetText(documentId: number, position: number, text: string): void {
      if (stmts.setTargetText.run(text, documentId, position).changes === 0)
        throw new AppError('notFound', `Target paragraph ${position} does not exist.`, {
          what: 'paragraph',
          id: position
        })
      stmts.forgetSentences.run(documentId, position)
      stmts.touchText.run(now(), documentId)
    },
    setBeadStatus(documentId: number, position: number, status: SegmentStatus): void {
      if (stmts.setBeadStatus.run(status, documentId, position).changes === 0)
        throw new AppError('notFound', `Segment ${position + 1} does not exist.`, { what: 'segment', id: position })
      stmts.touch.run(now(), documentId)
    },
    setStatus(documentId: number, status: DocumentStatus): void {
      stmts.setStatus.run(status, now(), documentId)
    },
    /**
     * Changes whenever the text or alignment of a document of the project changes, or a document
     * comes or goes; not when a status does. Part of the findings cache key.
     */
    revision: (projectId: number): string => stmts.revision.get(projectId)?.r ?? '',
    idsInProject: (projectId: number): number[] => stmts.ids.all(projectId).map((r) => r.id),
    /**
     * The documents of a project, each with a revision that changes whenever what the checks read
     * of it does: its text, alignment, name or languages (not a status).
     */
    textRevisions: (projectId: number): Array<{ id: number; revision: string }> => stmts.textRevisions.all(projectId)
  }
}

export type DocumentStore = ReturnType<typeof createDocumentStore>
