import { AppError } from '../../core/api/result'
import type { SegmentStatus, BeadOrigin } from '../../core/domain/document'
import type { FindingView } from '../../core/domain/findings'
import type {
  AuditEntry,
  DocumentReview,
  EditInput,
  FixAllChange,
  ReviewProgress,
  ReviewerRole,
  SourceQuery
} from '../../core/domain/review'
import { countWords, qualityScore } from '../../core/review/score'
import type { AuditStore } from '../store/audit'
import type { DocumentStore } from '../store/documents'
import type { ReviewStore } from '../store/review'
import type { Db } from '../db/database'
import { applyAlignmentEdit, AlignmentEditError, realignAround, type BeadShape } from '../../core/align/edit'
import type { AlignmentEdit } from '../../core/domain/alignment'
import type { BeadSentences } from '../../core/domain/document'
import { findingRuleKey, type FindingsService } from './findings'
import type { Aligner } from './import'
import { pushTo } from '../../core/collections/multimap'

export interface Reviewer {
  name: string
  role: ReviewerRole
}

interface Deps {
  db: Db
  documents: DocumentStore
  review: ReviewStore
  audit: AuditStore
  findings: FindingsService
  reviewer: () => Reviewer
  passThreshold: () => number
  align: Aligner
}

/** Applies a suggestion to the span it was made for; null when the text moved on since. */
function applySuggestion(text: string, f: FindingView): string | null {
  const span = f.targetSpan
  if (!span || f.suggestion === null) return null
  if (text.slice(span.start, span.end) !== span.text) return null
  return text.slice(0, span.start) + f.suggestion + text.slice(span.end)
}

/**
 * The review workflow over the stores: corrections with their reasons, accepting and ignoring
 * findings, segment statuses, source queries, sign-off with editing locked, and the audit log.
 * Every change is written at once, in a transaction with its audit entry.
 */
export function createReviewService({ db, documents, review, audit, findings, reviewer, passThreshold, align }: Deps) {
  /**
   * Stores a new bead list; beads whose paragraphs did not change keep their status, notes, origin
   * and confidence, the others take what `fresh` says.
   */
  function storeBeads(
    documentId: number,
    next: Array<BeadShape & { origin: BeadOrigin; confidence: number | null; sentences?: BeadSentences | undefined }>
  ): void {
    const old = new Map(documents.view(documentId).beads.map((b) => [`${b.source.join(',')}|${b.target.join(',')}`, b]))
    documents.replaceBeads(
      documentId,
      next.map((b) => {
        const same = old.get(`${b.source.join(',')}|${b.target.join(',')}`)
        return same
          ? {
              source: b.source,
              target: b.target,
              origin: same.origin,
              confidence: same.confidence,
              status: same.status,
              notes: same.notes,
              sentences: same.sentences
            }
          : { source: b.source, target: b.target, origin: b.origin, confidence: b.confidence, sentences: b.sentences }
      })
    )
  }

  function unlocked(documentId: number) {
    const doc = documents.get(documentId)
    if (doc.status === 'approved')
      throw new AppError('review.locked', `${doc.name} is approved: reopen it to make changes.`, { document: doc.name })
    return doc
  }

  function findingByKey(documentId: number, key: string): FindingView {
    const f = findings.forDocument(documentId).findings.find((x) => x.key === key)
    if (!f) throw new AppError('review.stale', 'That finding is no longer raised: the text has changed.')
    return f
  }

  const edit = db.transaction((input: EditInput) => {
    const doc = unlocked(input.documentId)
    const view = documents.view(input.documentId)
    const paragraph = view.target[input.paragraph]
    if (!paragraph) throw new AppError('notFound', `Target paragraph ${input.paragraph + 1} does not exist.`)
    if (paragraph.text === input.text) return
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
    audit.record({
      documentId: input.documentId,
      projectId: doc.projectId,
      action: input.action ?? 'edit',
      actor: who.name,
      details: { paragraph: input.paragraph, before: paragraph.text, after: input.text, ...why }
    })
  })

  function progress(documentId: number, list: FindingView[]): ReviewProgress {
    const view = documents.view(documentId)
    const present = new Set(list.map((f) => f.key))
    let fixed = 0
    for (const [key, s] of review.findingStates(documentId)) if (s.state === 'fixed' && !present.has(key)) fixed++
    return {
      segments: view.beads.length,
      reviewed: view.beads.filter((b) => b.status !== 'untouched').length,
      approved: view.beads.filter((b) => b.status === 'approved').length,
      findingsOpen: list.filter((f) => f.state === 'open').length,
      findingsFixed: fixed,
      findingsIgnored: list.filter((f) => f.state === 'ignored').length
    }
  }

  function previewFixAll(documentId: number, key: string): FixAllChange[] {
    const base = findingByKey(documentId, key)
    if (base.suggestion === null || !base.targetSpan)
      throw new AppError('review.noSuggestion', 'This finding has no suggested replacement.')
    const { projectId } = documents.get(documentId)
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

  function view(documentId: number): DocumentReview {
    const stored = documents.view(documentId)
    const { findings: list, failures } = findings.forDocument(documentId)
    const corrections = review.corrections(documentId)
    const wordCount = stored.source.reduce((n, p) => n + countWords(p.text), 0)
    const errors = corrections.flatMap((c) => (c.severity ? [c.severity] : []))
    return {
      ...stored,
      findings: list,
      checkFailures: failures,
      corrections,
      queries: review.queries(documentId),
      signoffs: review.signoffs(documentId),
      score: qualityScore(wordCount, errors, passThreshold()),
      progress: progress(documentId, list)
    }
  }

  return {
    view,

    edit,

    /** Progress and score only, for the project's document list. */
    overview(documentId: number): Pick<DocumentReview, 'progress' | 'score'> {
      const { progress: p, score } = view(documentId)
      return { progress: p, score }
    },

    accept(documentId: number, key: string): void {
      unlocked(documentId)
      const f = findingByKey(documentId, key)
      if (f.targetParagraph === null)
        throw new AppError('review.noSuggestion', 'This finding has no suggested replacement.')
      const current = documents.view(documentId).target[f.targetParagraph]?.text ?? ''
      const text = applySuggestion(current, f)
      if (text === null) throw new AppError('review.noSuggestion', 'This finding has no suggested replacement.')
      edit({
        documentId,
        paragraph: f.targetParagraph,
        text,
        category: f.category,
        severity: f.severity,
        findingKey: f.key,
        comment: null
      })
    },

    ignore: db.transaction((documentId: number, key: string, reason: string | null, scope: 'document' | 'project') => {
      const doc = unlocked(documentId)
      const f = findingByKey(documentId, key)
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
      audit.record({
        documentId,
        projectId: doc.projectId,
        action: 'ignore',
        actor: who.name,
        details: { findingKey: key, checkId: f.checkId, reason, scope, message: f.message }
      })
    }),

    unignore: db.transaction((documentId: number, key: string) => {
      const doc = unlocked(documentId)
      const f = findingByKey(documentId, key)
      review.clearFindingState(documentId, key)
      review.removeIgnoreRule(doc.projectId, f.checkId, f.sourceSpan?.text ?? '', f.targetSpan?.text ?? '')
      audit.record({
        documentId,
        projectId: doc.projectId,
        action: 'unignore',
        actor: reviewer().name,
        details: { findingKey: key, rule: findingRuleKey(f) }
      })
    }),

    setSegmentStatus: db.transaction((documentId: number, segment: number, status: SegmentStatus) => {
      const doc = unlocked(documentId)
      documents.setBeadStatus(documentId, segment, status)
      audit.record({
        documentId,
        projectId: doc.projectId,
        action: 'status',
        actor: reviewer().name,
        details: { segment, status }
      })
    }),

    previewFixAll,

    applyFixAll: db.transaction(
      (documentId: number, key: string, selected: Array<{ documentId: number; paragraph: number }>) => {
        const base = findingByKey(documentId, key)
        const wanted = new Set(selected.map((s) => `${s.documentId}:${s.paragraph}`))
        const changes = previewFixAll(documentId, key).filter((c) => wanted.has(`${c.documentId}:${c.paragraph}`))
        for (const c of changes) {
          edit({
            documentId: c.documentId,
            paragraph: c.paragraph,
            text: c.after,
            category: base.category,
            severity: base.severity,
            findingKey: c.findingKey,
            comment: null
          })
        }
        return changes.length
      }
    ),

    addQuery: db.transaction(
      (documentId: number, segment: number, question: string, findingKey: string | null): SourceQuery => {
        const doc = documents.get(documentId)
        const view = documents.view(documentId)
        const bead = view.beads[segment]
        if (!bead) throw new AppError('notFound', `Segment ${segment + 1} does not exist.`)
        const f = findingKey ? findings.forDocument(documentId).findings.find((x) => x.key === findingKey) : undefined
        const sourceText = f?.sourceSpan?.text ?? bead.source.map((p) => view.source[p]?.text ?? '').join('\n\n')
        const who = reviewer()
        const q = review.addQuery({
          documentId,
          beadPosition: segment,
          findingKey,
          sourceText,
          question,
          author: who.name
        })
        audit.record({
          documentId,
          projectId: doc.projectId,
          action: 'query',
          actor: who.name,
          details: { queryId: q.id, segment, question }
        })
        return q
      }
    ),

    updateQuery: db.transaction((queryId: number, status: SourceQuery['status'], answer: string | null) => {
      const q = review.query(queryId)
      if (!q) throw new AppError('notFound', `Query ${queryId} does not exist.`)
      review.updateQuery(queryId, status, answer)
      audit.record({
        documentId: q.documentId,
        projectId: null,
        action: 'queryUpdate',
        actor: reviewer().name,
        details: { queryId, status, answer }
      })
    }),

    approve: db.transaction((documentId: number, note: string | null) => {
      const doc = unlocked(documentId)
      const who = reviewer()
      if (who.role !== 'communications')
        throw new AppError(
          'review.roleRequired',
          'Only communications staff can approve a release. Set your role in Settings.',
          { role: who.role }
        )
      documents.setStatus(documentId, 'approved')
      review.addSignoff({ documentId, action: 'approve', name: who.name, role: who.role, note })
      audit.record({
        documentId,
        projectId: doc.projectId,
        action: 'approve',
        actor: who.name,
        details: { role: who.role, note }
      })
    }),

    reopen: db.transaction((documentId: number, note: string | null) => {
      const doc = documents.get(documentId)
      if (doc.status !== 'approved') throw new AppError('review.notApproved', `${doc.name} is not approved.`)
      const who = reviewer()
      documents.setStatus(documentId, 'in_review')
      review.addSignoff({ documentId, action: 'reopen', name: who.name, role: who.role, note })
      audit.record({
        documentId,
        projectId: doc.projectId,
        action: 'reopen',
        actor: who.name,
        details: { role: who.role, note }
      })
    }),

    /** A reviewer's change to the paragraph alignment: stored as manual beads, kept when re-aligning. */
    editAlignment: db.transaction((documentId: number, change: AlignmentEdit) => {
      const doc = unlocked(documentId)
      const current = documents.view(documentId).beads
      let result: ReturnType<typeof applyAlignmentEdit>
      try {
        result = applyAlignmentEdit(current, change)
      } catch (err) {
        if (err instanceof AlignmentEditError)
          throw new AppError('alignment.invalidEdit', err.message, { edit: change.kind })
        throw err
      }
      const touched = new Set(result.touched)
      storeBeads(
        documentId,
        result.beads.map((b, i) => ({
          ...b,
          origin: touched.has(i) ? 'manual' : 'auto',
          confidence: touched.has(i) ? 1 : null
        }))
      )
      audit.record({
        documentId,
        projectId: doc.projectId,
        action: 'align',
        actor: reviewer().name,
        details: { ...change }
      })
    }),

    /** Runs the aligner again; beads the reviewer fixed by hand stay exactly as they are. */
    realign: db.transaction((documentId: number) => {
      const doc = unlocked(documentId)
      const view = documents.view(documentId)
      const langs = { sourceLang: doc.sourceLang, targetLang: doc.targetLang }
      const planned = realignAround(
        view.beads.map((b) => ({ source: b.source, target: b.target, locked: b.origin === 'manual' })),
        view.source.length,
        view.target.length,
        (s, t) =>
          align(
            s.map((p) => view.source[p]?.text ?? ''),
            t.map((p) => view.target[p]?.text ?? ''),
            langs
          )
      )
      storeBeads(
        documentId,
        planned.map((b) => ({
          source: b.source,
          target: b.target,
          origin: b.locked ? 'manual' : 'auto',
          confidence: b.confidence,
          sentences: b.sentences
        }))
      )
      audit.record({
        documentId,
        projectId: doc.projectId,
        action: 'realign',
        actor: reviewer().name,
        details: { rows: planned.length }
      })
    }),

    auditLog: (documentId: number): AuditEntry[] => {
      documents.get(documentId)
      return audit.forDocument(documentId)
    }
  }
}

export type ReviewService = ReturnType<typeof createReviewService>
