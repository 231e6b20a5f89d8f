/**
 * A new version of the source or the target of a document: its paragraphs compared with the
 * previous ones (core/versions/carry-over), the review of unchanged segments carried over, changed
 * and new segments to review again, corrections the translator did not take reported, and an
 * approval withdrawn. CAT-file documents keep their file's segmentation and are refused.
 */
import { AppError } from '../../core/api/result'
import {
  PARAGRAPH_JOINER,
  type DocumentVersionInfo,
  type NewVersionResult,
  type SegmentChange,
  type VersionTexts
} from '../../core/domain/document'
import { conventionLangs, primaryLanguage } from '../../core/domain/language'
import type { BilingualDocument } from '../../core/formats/model'
import { writeBilingual } from '../formats'
import type { Aligner } from './import'
import type { Finding } from '../../core/domain/findings'
import type { Reviewer } from '../../core/domain/review'
import { assignKeys } from '../../core/review/keys'
import type { Side } from '../../core/domain/language'
import { carryOver, compareVersions, correctionTaken } from '../../core/versions/carry-over'
import type { DocumentStore } from '../store/documents'
import type { OriginalStore } from '../store/originals'
import type { ReviewStore } from '../store/review'
import type { NewParagraph, VersionStore } from '../store/versions'
import { change, type AuditNote, type Change } from './mutation'

interface Deps {
  documents: DocumentStore
  originals: OriginalStore
  review: ReviewStore
  versions: VersionStore
  reviewer: () => Reviewer
  /** The document's findings as last checked, with their keys (brought up to date before the call). */
  findings: (documentId: number) => ReadonlyArray<Finding & { key: string }>
  /** Aligns an earlier version's paragraphs for an export in a bilingual format. */
  align?: Aligner
}

/** How a version is exported: the plain-text pair (which imports back as one file), or a bilingual format. */
export type VersionExportFormat = 'txt-pair' | 'tmx' | 'xliff-2.0'

/** The line between the two texts of the plain-text pair, as the combined-file import reads it. */
const separatorFor = (targetLang: string): string =>
  primaryLanguage(targetLang) === 'es' ? 'Traducción al español' : 'English translation'

export interface NewVersionInput {
  documentId: number
  side: Side
  paragraphs: string[]
  fileName: string | null
}

/** Why an approval was withdrawn, as the sign-off record and the audit log say it. */
export const NEW_VERSION_NOTE = 'new version'

export function createVersionService({ documents, originals, review, versions, reviewer, findings, align }: Deps) {
  /** Both sides as version `number` had them: a side's texts are kept by the next version of that side. */
  function textsOf(documentId: number, number: number): VersionTexts {
    const history = versions.history(documentId)
    if (!Number.isInteger(number) || number < 1 || number > history.length + 1)
      throw new AppError('notFound', `Version ${number} does not exist.`)
    const side = (s: Side): string[] =>
      history.slice(number - 1).find((v) => v.side === s)?.texts ??
      versions.paragraphs(documentId, s).map((p) => p.text)
    return { number, source: side('source'), target: side('target') }
  }

  /**
   * Ignores and fixes of unchanged segments follow them to their new position. A finding's key
   * holds its segment, so the keys are made again, as the next check will make them; the decisions
   * on changed segments go (their findings are new).
   */
  function carryDecisions(documentId: number, moved: ReadonlyMap<number, number>): void {
    const states = review.findingStates(documentId)
    if (states.size === 0) return
    const bySegment = new Map<number, Array<Finding & { key: string }>>()
    for (const f of findings(documentId))
      if (moved.has(f.segment)) bySegment.set(f.segment, [...(bySegment.get(f.segment) ?? []), f])
    const kept: Array<[string, NonNullable<ReturnType<typeof states.get>>]> = []
    for (const [from, to] of moved) {
      const old = bySegment.get(from) ?? []
      assignKeys(old.map((f) => ({ ...f, segment: to }))).forEach((f, i) => {
        const decision = states.get(old[i]!.key)
        if (decision) kept.push([f.key, decision])
      })
    }
    for (const key of states.keys()) review.clearFindingState(documentId, key)
    for (const [key, d] of kept) review.setFindingState(documentId, key, d.state, d.reviewer, d.reason)
  }

  return {
    /** The document's versions, oldest first: the first import, then each new version of a side. */
    history(documentId: number): DocumentVersionInfo[] {
      const doc = documents.get(documentId)
      return [
        { number: 1, side: null, importedAt: doc.createdAt, importedBy: null, fileName: null },
        ...versions.history(documentId).map((v, i) => ({
          number: i + 2,
          side: v.side,
          importedAt: v.importedAt,
          importedBy: v.importedBy,
          fileName: v.fileName
        }))
      ]
    },

    texts: ({ documentId, version }: { documentId: number; version: number }): VersionTexts =>
      textsOf(documentId, version),

    /**
     * What a segment read before the last version changed it (the text that was reviewed, or
     * approved), beside what it reads now; null when the last version left it as it was.
     */
    segmentChange({ documentId, segment }: { documentId: number; segment: number }): SegmentChange | null {
      const history = versions.history(documentId)
      const last = history.at(-1)
      const bead = versions.beads(documentId)[segment]
      if (!bead) throw new AppError('notFound', `Segment ${segment + 1} does not exist.`)
      if (!last) return null
      const current = versions.paragraphs(documentId, last.side)
      const mine = new Set(bead[last.side])
      const links = compareVersions(
        last.originalTexts,
        current.map((p) => p.originalText)
      ).filter((l) => l.new.some((p) => mine.has(p)))
      if (links.every((l) => l.kind === 'unchanged')) return null
      return {
        from: history.length,
        to: history.length + 1,
        side: last.side,
        before: links.flatMap((l) => l.old.map((p) => last.texts[p] ?? '')).join(PARAGRAPH_JOINER),
        after: bead[last.side].map((p) => current[p]?.text ?? '').join(PARAGRAPH_JOINER)
      }
    },

    /** A version as a file: the plain-text pair, or (aligned again) a TMX or XLIFF 2.0. */
    async exportVersion({
      documentId,
      version,
      format
    }: {
      documentId: number
      version: number
      format: VersionExportFormat
    }): Promise<{ fileName: string; mimeType: string; bytes: Uint8Array }> {
      const doc = documents.get(documentId)
      const texts = textsOf(documentId, version)
      const name = `${doc.name}.v${version}`
      if (format === 'txt-pair') {
        const text = [...texts.source, separatorFor(doc.targetLang), ...texts.target].join('\n\n') + '\n'
        return { fileName: `${name}.txt`, mimeType: 'text/plain;charset=utf-8', bytes: new TextEncoder().encode(text) }
      }
      if (!align) throw new AppError('internal', 'No aligner for a version export.')
      const beads = align(texts.source, texts.target, conventionLangs(doc))
      const join = (all: string[], ps: readonly number[]): string => ps.map((p) => all[p] ?? '').join(PARAGRAPH_JOINER)
      const bilingual: BilingualDocument = {
        name,
        sourceLang: doc.sourceLang,
        targetLang: doc.targetLang,
        units: beads.map((b, k) => ({
          id: String(k + 1),
          source: join(texts.source, b.source),
          target: join(texts.target, b.target),
          state: 'translated',
          notes: []
        }))
      }
      const tmx = format === 'tmx'
      return {
        fileName: `${name}${tmx ? '.tmx' : '.xlf'}`,
        mimeType: tmx ? 'application/x-tmx+xml' : 'application/xliff+xml',
        bytes: await writeBilingual(format, bilingual)
      }
    },

    importNewVersion({ documentId, side, paragraphs, fileName }: NewVersionInput): Change<NewVersionResult> {
      const doc = documents.get(documentId)
      if (originals.has(documentId) || doc.origin === 'xliff' || doc.origin === 'tmx')
        throw new AppError(
          'version.fileSegments',
          `${doc.name} came from a CAT file, whose segments are the file's: import the new version as a new document.`,
          { document: doc.name }
        )
      const previous = versions.paragraphs(documentId, side)
      const beads = versions.beads(documentId)
      // A target is compared with what the translator delivered, not with the reviewer's corrections.
      const links = compareVersions(
        previous.map((p) => p.originalText),
        paragraphs
      )
      const carried = carryOver(beads, side, links)

      const positions = new Map<number, number>()
      carried.beads.forEach((b, position) => {
        if (b.from !== null) positions.set(b.from, position)
      })
      const gone = new Set(carried.removed)
      const oldBeadOf = new Map(beads.flatMap((b, k) => b[side].map((p) => [p, k] as const)))
      /** The segment a previous paragraph's bead became, or null when that bead is gone. */
      const segmentOf = (p: number): number | null => {
        const k = oldBeadOf.get(p)
        return k === undefined || gone.has(k) ? null : (positions.get(k) ?? null)
      }
      // A query on a segment that is gone stays with the segment that now follows it.
      for (const k of [...carried.removed].reverse())
        positions.set(k, positions.get(k + 1) ?? Math.max(0, carried.beads.length - 1))

      const next: NewParagraph[] = paragraphs.map((text) => ({ keep: null, text, originalText: text }))
      const notTaken: NewVersionResult['notTaken'] = []
      const everything = paragraphs.join(' ')
      let taken = 0
      for (const link of links) {
        const first = link.old[0]
        const firstNew = link.new[0]
        if (first !== undefined && firstNew !== undefined) {
          const row = previous[first]!
          // An unchanged paragraph keeps its row as it is, the reviewer's correction included.
          next[firstNew] =
            link.kind === 'unchanged'
              ? { keep: row.id, text: row.text, originalText: paragraphs[firstNew]! }
              : { ...next[firstNew]!, keep: row.id }
        }
        if (side !== 'target') continue
        // A removed paragraph's correction may re-appear in the text that replaced it, wherever it is.
        const newText = link.kind === 'removed' ? everything : link.new.map((p) => paragraphs[p]).join(' ')
        for (const p of link.old) {
          const row = previous[p]!
          if (row.text === row.originalText) continue
          if (link.kind !== 'unchanged' && correctionTaken(row.originalText, row.text, newText)) taken++
          else notTaken.push({ before: row.originalText, after: row.text, segment: segmentOf(p) })
        }
      }

      const stored = carried.beads.map((b, position) => {
        const own = notTaken.filter((c) => c.segment === position).map(({ before, after }) => ({ before, after }))
        const previousBead = b.from === null ? undefined : beads[b.from]
        return {
          keep: previousBead?.id ?? null,
          source: b.source,
          target: b.target,
          status: b.changed || !previousBead ? ('untouched' as const) : previousBead.status,
          changed: b.changed,
          notTaken: own
        }
      })
      carryDecisions(
        documentId,
        new Map(
          carried.beads.flatMap((b, position) => (b.changed || b.from === null ? [] : [[b.from, position] as const]))
        )
      )
      const who = reviewer()
      versions.write({
        documentId,
        side,
        paragraphs: next,
        beads: stored,
        positions,
        fileName,
        importedBy: who.name
      })

      // The same text again changes nothing that was signed off.
      const reopened = doc.status === 'approved' && links.some((l) => l.kind !== 'unchanged')
      const audit: AuditNote[] = []
      if (reopened) {
        documents.setStatus(documentId, 'in_review')
        review.addSignoff({
          documentId,
          action: 'reopen',
          name: who.name,
          role: who.role,
          note: NEW_VERSION_NOTE,
          override: null
        })
        audit.push({
          documentId,
          projectId: doc.projectId,
          action: 'reopen',
          details: { role: who.role, note: NEW_VERSION_NOTE, reason: 'newVersion', side }
        })
      }
      const changed = stored.filter((b) => b.changed).length
      const result: NewVersionResult = {
        document: documents.get(documentId),
        side,
        changed,
        removed: carried.removed.length,
        taken,
        notTaken,
        reopened
      }
      return change(
        result,
        {
          documentId,
          projectId: doc.projectId,
          details: {
            side,
            file: fileName,
            changed,
            removed: result.removed,
            taken,
            notTaken: notTaken.length
          }
        },
        ...audit
      )
    }
  }
}
