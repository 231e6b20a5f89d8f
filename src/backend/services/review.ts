/**
 * Corrections and findings: editing a target paragraph (with its reason), accepting, ignoring and
 * un-ignoring findings, segment statuses, fix-all, and the document's review view. Mutations
 * return a `Change` (what to audit); the transaction and the audit rows are applied where the
 * handlers are registered (handlers.ts, with `mutations` from mutation.ts).
 */
import { AppError } from '../../core/api/result'
import type { DocumentView, SegmentStatus } from '../../core/domain/document'
import type { FindingView, IgnoreScope } from '../../core/domain/findings'
import type { DocumentReview, EditInput, FixAllChange, Reviewer, ReviewProgress } from '../../core/domain/review'
import { qualityScore, recountWords } from '../../core/review/score'
import { firstUnsupportedCharacter } from '../../core/formats/encoding'
import type { DocumentStore, ReadAt } from '../store/documents'
import type { OriginalStore } from '../store/originals'
import type { ReviewStore } from '../store/review'
import { findingRuleKey, type DocumentFindings, type FindingsService } from './findings'
import { findingByKey, unlockedDocument } from './guards'
import { change, type AuditNote, type Change } from './mutation'
import { pushTo } from '../../core/collections/multimap'
import type { ReviewHeaderView, RowPage } from '../../core/api/contract'
import { encodeStatuses } from '../../core/api/segment-index'
import { nextTurn, TURN_MS } from './turns'

/** The words of each source paragraph by position, counted at `readAt` (`DocumentStore.sourceChanges`). */
export interface SourceWords {
  readAt: ReadAt
  counts: number[]
}

/** The fields of a document's view that hold its rows. */
export type RowFields = 'source' | 'target' | 'beads'

interface Deps {
  documents: DocumentStore
  review: ReviewStore
  findings: FindingsService
  reviewer: () => Reviewer
  passThreshold: () => number
  originals: Pick<OriginalStore, 'info'>
}

/** A document's findings while its checks run: none yet (the screen says they are coming). */
const NOT_CHECKED: DocumentFindings = {
  findings: [],
  failures: [],
  checks: { ran: [], skipped: [] },
  sinceApproval: []
}

interface FindingRef {
  documentId: number
  key: string
}

/** Applies a suggestion to the span it was made for; null when the text moved on since. */
function applySuggestion(text: string, f: FindingView): string | null {
  const span = f.targetSpan
  if (!span || f.suggestion === null) return null
  if (text.slice(span.start, span.end) !== span.text) return null
  return text.slice(0, span.start) + f.suggestion + text.slice(span.end)
}

/** A correction holding a character no export could carry is refused, saying which (never dropped later). */
function refuseUnsupportedEdit(text: string): void {
  const found = firstUnsupportedCharacter([text])
  if (found)
    throw new AppError(
      'review.unsupportedCharacter',
      `The correction holds ${found.character}, a control character that exported files cannot carry. Remove it.`,
      { character: found.character }
    )
}

/** Source paragraphs counted between two looks at the clock (`countWordsInTurns`). */
const WORDS_A_STEP = 100

interface StatusInput {
  documentId: number
  status: SegmentStatus
  /** Why the segments are rejected; read only with status 'rejected'. */
  reason?: string | null
}

export function createReviewService({ documents, review, findings, reviewer, passThreshold, originals }: Deps) {
  /** One correction; no audit row when the text is unchanged. */
  function edit(input: EditInput): AuditNote[] {
    const doc = unlockedDocument(documents, input.documentId)
    const paragraph = documents.targetParagraph(input.documentId, input.paragraph)
    if (!paragraph) throw new AppError('notFound', `Target paragraph ${input.paragraph + 1} does not exist.`)
    if (paragraph.text === input.text) return []
    refuseUnsupportedEdit(input.text)
    const who = reviewer()
    const why = {
      category: input.category ?? null,
      severity: input.severity ?? null,
      comment: input.comment ?? null,
      findingKey: input.findingKey ?? null
    }
    documents.setTargetText(input.documentId, input.paragraph, input.text)
    review.addCorrection({
      documentId: input.documentId,
      paragraph: input.paragraph,
      beforeText: paragraph.text,
      afterText: input.text,
      reviewer: who.name,
      ...why
    })
    if (why.findingKey) review.setFindingState(input.documentId, why.findingKey, 'fixed', who.name, null)
    return [
      {
        documentId: input.documentId,
        projectId: doc.projectId,
        action: input.action,
        details: { paragraph: input.paragraph, before: paragraph.text, after: input.text, ...why }
      }
    ]
  }

  /** Records (or clears) the rejection reason of segments given a status; what the audit row says of it. */
  function rejection(
    documentId: number,
    segments: readonly number[],
    status: SegmentStatus,
    reason: string | null
  ): { reason?: string } {
    const text = status === 'rejected' ? reason?.trim() || null : null
    const author = reviewer().name
    for (const segment of segments) review.setRejection(documentId, segment, text === null ? null : { text, author })
    return text === null ? {} : { reason: text }
  }

  function progress(documentId: number, list: FindingView[]): ReviewProgress {
    const counts = documents.statusCounts(documentId)
    const present = new Set(list.map((f) => f.key))
    let fixed = 0
    for (const [key, s] of review.findingStates(documentId)) if (s.state === 'fixed' && !present.has(key)) fixed++
    return {
      segments: counts.untouched + counts.reviewed + counts.approved + counts.rejected,
      reviewed: counts.reviewed + counts.approved,
      approved: counts.approved,
      findingsOpen: list.filter((f) => f.state === 'open').length,
      findingsFixed: fixed,
      findingsIgnored: list.filter((f) => f.state === 'ignored').length
    }
  }

  function previewFixAll({ documentId, key }: FindingRef): FixAllChange[] {
    const base = findingByKey(findings, documentId, key)
    if (base.suggestion === null || !base.targetSpan)
      throw new AppError('review.noSuggestion', 'This finding has no suggested replacement.')
    const projectId = documents.projectOf(documentId)
    const changes: FixAllChange[] = []
    for (const id of documents.idsInProject(projectId)) {
      const doc = documents.get(id)
      if (doc.status === 'approved') continue
      const view = documents.view(id)
      // One change per paragraph: apply all same-case findings of a paragraph right to left.
      const byParagraph = new Map<number, FindingView[]>()
      for (const f of findings.forDocument(id).findings) {
        if (f.state !== 'open' || f.checkId !== base.checkId || f.suggestion !== base.suggestion) continue
        if (f.targetSpan?.text !== base.targetSpan.text || f.targetParagraph === null) continue
        pushTo(byParagraph, f.targetParagraph, f)
      }
      for (const [paragraph, list] of byParagraph) {
        let text = view.target[paragraph]?.text ?? ''
        const before = text
        for (const f of [...list].sort((a, b) => (b.targetSpan?.start ?? 0) - (a.targetSpan?.start ?? 0))) {
          text = applySuggestion(text, f) ?? text
        }
        if (text !== before)
          changes.push({
            documentId: id,
            documentName: doc.name,
            findingKey: list[0]!.key,
            segment: list[0]!.segment,
            paragraph,
            before,
            after: text
          })
      }
    }
    return changes
  }

  /**
   * Source words per document (the score reads them after every action), counted again when its
   * text changes: only in the source paragraphs changed since they were counted
   * (`DocumentStore.sourceChanges`), as a target edit changes none of them.
   */
  const words = new Map<number, { readAt: ReadAt; count: number; counts: number[] }>()
  /** Word counts made elsewhere (the document reader), kept when none are: `sourceWords` checks them as its own. */
  function knowWords(documentId: number, counted: SourceWords): void {
    if (words.has(documentId)) return
    const count = counted.counts.reduce((sum, n) => sum + n, 0)
    words.set(documentId, { readAt: counted.readAt, count, counts: [...counted.counts] })
  }
  /**
   * The source's words counted the first time in turns, letting other requests in between: at
   * 5,000 paragraphs the count holds the thread 0.3-0.4 s (the whole-document read had the document
   * reader count them; the header reads no rows).
   */
  async function countWordsInTurns(documentId: number): Promise<void> {
    if (words.has(documentId)) return
    const { readAt, paragraphs } = documents.sourceChanges(documentId)
    const counts: number[] = []
    let turnStart = performance.now()
    for (let k = 0; k < paragraphs.length; k += WORDS_A_STEP) {
      recountWords(paragraphs.slice(k, k + WORDS_A_STEP), counts)
      if (performance.now() - turnStart < TURN_MS) continue
      await nextTurn()
      turnStart = performance.now()
    }
    knowWords(documentId, { readAt, counts })
  }
  function sourceWords(documentId: number): number {
    const known = words.get(documentId)
    if (known && documents.textsUnchanged(documentId, known.readAt)) return known.count
    const read = documents.sourceChanges(documentId, known?.readAt)
    const counts = read.whole || !known ? [] : [...known.counts]
    const count = (read.whole || !known ? 0 : known.count) + recountWords(read.paragraphs, counts)
    words.set(documentId, { readAt: read.readAt, count, counts })
    return count
  }

  /**
   * The document as the review screen shows it; with `segments`, only those rows (their beads,
   * paragraphs and findings) and everything else whole: what the screen reads after changing a row.
   */
  function view(documentId: number, segments?: readonly number[]): DocumentReview {
    return build(documentId, stored(documentId, segments), segments, findings.forDocument(documentId))
  }

  /** The document's rows: those at `segments`, or all of them. */
  function stored(documentId: number, segments: readonly number[] | undefined): DocumentView {
    return segments
      ? { ...documents.rows(documentId, segments), ...documents.header(documentId) }
      : documents.view(documentId)
  }

  const findingsShown = (documentId: number): DocumentFindings | null =>
    findings.ready(documentId) ? findings.forDocument(documentId) : null

  /**
   * The document as the screen shows it first: its rows at once, and its findings only when they
   * describe its current text (else none, marked 'checking': the screen asks again when they are).
   */
  function shown(documentId: number, segments?: readonly number[]): DocumentReview {
    return build(documentId, stored(documentId, segments), segments, findingsShown(documentId))
  }

  /**
   * `shown` of the whole document without its rows (`source`, `target`, `beads`: read elsewhere, see
   * reading/), and the stamp of the rows it goes with (`DocumentStore.rowsStamp`), read with it.
   */
  function shownWithoutRows(documentId: number): { stamp: string; answer: Omit<DocumentReview, RowFields> } {
    const noRows = { ...documents.header(documentId), source: [], target: [], beads: [] }
    const {
      source: _s,
      target: _t,
      beads: _b,
      ...answer
    } = build(documentId, noRows, undefined, findingsShown(documentId))
    return { stamp: documents.rowsStamp(documentId), answer }
  }

  /**
   * What the review screen reads on opening besides its rows: `shown` without rows or corrections,
   * with one letter a segment for the filters, bulk status and sign-off counts (`SegmentIndex`).
   */
  function header(documentId: number): ReviewHeaderView {
    const noRows = { ...documents.header(documentId), source: [], target: [], beads: [] }
    const marks = documents.segmentMarks(documentId)
    const {
      source: _s,
      target: _t,
      beads: _b,
      corrections: _c,
      ...rest
    } = build(documentId, noRows, undefined, findingsShown(documentId))
    return { ...rest, segments: { statuses: encodeStatuses(marks.statuses), changed: marks.changed } }
  }

  /** Rows `start` to `start + count - 1` as `view` has them (fewer at the end, none past it). */
  function page(documentId: number, start: number, count: number): RowPage {
    const { document } = documents.header(documentId)
    const end = Math.min(start + count, document.beadCount)
    const positions = Array.from({ length: Math.max(0, end - start) }, (_, k) => start + k)
    const rows = positions.length > 0 ? documents.rows(documentId, positions) : { beads: [], source: [], target: [] }
    return { ...rows, start, segmentCount: document.beadCount }
  }

  function build(
    documentId: number,
    stored: DocumentView,
    segments: readonly number[] | undefined,
    found: DocumentFindings | null
  ): DocumentReview {
    const checked = found ?? NOT_CHECKED
    const { failures, checks, sinceApproval } = checked
    const wanted = segments ? new Set(segments) : null
    const list = checked.findings
    const corrections = review.corrections(documentId)
    const wordCount = sourceWords(documentId)
    const errors = corrections.flatMap((c) => (c.severity ? [c.severity] : []))
    const signoffs = review.signoffs(documentId)
    // Approved over open findings: the approver settled them, so the score stands as final.
    const overridden = stored.document.status === 'approved' && signoffs.at(-1)?.override != null
    return {
      ...stored,
      original: originals.info(documentId),
      findingsState: found ? 'ready' : 'checking',
      findings: wanted ? list.filter((f) => wanted.has(f.segment)) : list,
      checkFailures: failures,
      checks,
      newSinceApproval: sinceApproval.length,
      corrections,
      queries: review.queries(documentId),
      signoffs,
      score: qualityScore(wordCount, errors, {
        threshold: passThreshold(),
        open: list.flatMap((f) => (f.state === 'open' ? [f.severity] : [])),
        overridden
      }),
      progress: progress(documentId, list)
    }
  }

  return {
    view,
    shown,
    header,
    page,
    shownWithoutRows,
    knowWords,
    countWordsInTurns,
    rows: (documentId: number, segments: readonly number[]): DocumentReview => shown(documentId, segments),
    /** Drops the word counts kept for deleted documents. */
    forget(documentIds: readonly number[]): void {
      for (const id of documentIds) words.delete(id)
    },

    /**
     * Progress and score only, for the project's document list: no rows read, and the findings
     * only when they are ready ('checking' otherwise).
     */
    overview(documentId: number): Pick<DocumentReview, 'findingsState' | 'progress' | 'score'> {
      const ready = findings.ready(documentId)
      const {
        findingsState,
        progress: p,
        score
      } = build(documentId, stored(documentId, []), [], ready ? findings.forDocument(documentId) : null)
      return { findingsState, progress: p, score }
    },

    previewFixAll,

    edit: (input: EditInput): Change<null> => change(null, ...edit(input)),
    /** One correction's audit rows, for services that make several in one change. */
    editNotes: edit,

    /** Applies a finding's suggestion: a correction carrying the finding's category and severity. */
    accept({ documentId, key }: FindingRef): Change<null> {
      unlockedDocument(documents, documentId)
      const f = findingByKey(findings, documentId, key)
      if (f.targetParagraph === null)
        throw new AppError('review.noSuggestion', 'This finding has no suggested replacement.')
      const current = documents.targetParagraph(documentId, f.targetParagraph)?.text ?? ''
      const text = applySuggestion(current, f)
      if (text === null) throw new AppError('review.noSuggestion', 'This finding has no suggested replacement.')
      const notes = edit({
        documentId,
        paragraph: f.targetParagraph,
        text,
        category: f.category,
        severity: f.severity,
        findingKey: f.key,
        comment: null
      })
      return change(null, ...notes)
    },

    ignore({
      documentId,
      key,
      reason,
      scope
    }: FindingRef & { reason: string | null; scope: IgnoreScope }): Change<null> {
      const doc = unlockedDocument(documents, documentId)
      const f = findingByKey(findings, documentId, key)
      const who = reviewer()
      review.setFindingState(documentId, key, 'ignored', who.name, reason)
      if (scope === 'project') {
        review.addIgnoreRule({
          projectId: doc.projectId,
          checkId: f.checkId,
          sourceText: f.sourceSpan?.text ?? '',
          targetText: f.targetSpan?.text ?? '',
          reason,
          reviewer: who.name
        })
      }
      return change(null, {
        documentId,
        projectId: doc.projectId,
        details: {
          findingKey: key,
          checkId: f.checkId,
          reason,
          scope,
          message: f.message,
          messageKey: f.messageKey,
          params: f.params
        }
      })
    },

    unignore({ documentId, key }: FindingRef): Change<null> {
      const doc = unlockedDocument(documents, documentId)
      const f = findingByKey(findings, documentId, key)
      review.clearFindingState(documentId, key)
      review.removeIgnoreRule(doc.projectId, f.checkId, f.sourceSpan?.text ?? '', f.targetSpan?.text ?? '')
      return change(null, {
        documentId,
        projectId: doc.projectId,
        details: { findingKey: key, rule: findingRuleKey(f) }
      })
    },

    /**
     * Sets a segment's status. Rejecting it keeps the reviewer's reason (when given) as a note on the
     * segment; leaving 'rejected' removes that note (the audit log keeps it).
     */
    setSegmentStatus({ documentId, segment, status, reason = null }: StatusInput & { segment: number }): Change<null> {
      const doc = unlockedDocument(documents, documentId)
      documents.setBeadStatus(documentId, segment, status)
      const why = rejection(documentId, [segment], status, reason)
      return change(null, { documentId, projectId: doc.projectId, details: { segment, status, ...why } })
    },

    /** Sets the status of several segments; only those whose status changes are recorded. */
    setSegmentsStatus({
      documentId,
      segments,
      status,
      reason = null
    }: StatusInput & { segments: number[] }): Change<number> {
      const doc = unlockedDocument(documents, documentId)
      const current = new Map(documents.view(documentId).beads.map((b) => [b.position, b.status]))
      const changed = [...new Set(segments)]
        .filter((s) => current.has(s) && current.get(s) !== status)
        .sort((a, b) => a - b)
      for (const segment of changed) documents.setBeadStatus(documentId, segment, status)
      if (changed.length === 0) return change(0)
      const why = rejection(documentId, changed, status, reason)
      return change(changed.length, {
        documentId,
        projectId: doc.projectId,
        details: { segments: changed, status, ...why }
      })
    },

    /** The chosen fix-all changes, one correction (and one audit row) per paragraph changed. */
    applyFixAll({
      documentId,
      key,
      changes: selected
    }: FindingRef & { changes: Array<{ documentId: number; paragraph: number }> }): Change<number> {
      const base = findingByKey(findings, documentId, key)
      const wanted = new Set(selected.map((s) => `${s.documentId}:${s.paragraph}`))
      const changes = previewFixAll({ documentId, key }).filter((c) => wanted.has(`${c.documentId}:${c.paragraph}`))
      const notes = changes.flatMap((c) =>
        edit({
          documentId: c.documentId,
          paragraph: c.paragraph,
          text: c.after,
          category: base.category,
          severity: base.severity,
          findingKey: c.findingKey,
          comment: null
        })
      )
      return change(changes.length, ...notes)
    }
  }
}

export type ReviewService = ReturnType<typeof createReviewService>
