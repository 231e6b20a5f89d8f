import type { DocumentReview } from '../domain/review'
import type { BilingualDocument, BilingualUnit, UnitNote, UnitState } from '../formats/model'
import type { SegmentStatus } from '../domain/document'

const STATE: Record<SegmentStatus, UnitState> = { untouched: 'translated', reviewed: 'reviewed', approved: 'final' }

/**
 * A reviewed document as format-neutral units, one per alignment bead: source, corrected target,
 * the original when it changed, the segment status, and notes for open findings, reviewers'
 * comments and queries to the author. An approved document exports every unit as final.
 */
export function toBilingual(
  review: DocumentReview,
  findingText: (f: DocumentReview['findings'][number]) => string = (f) => f.message
): BilingualDocument {
  const approved = review.document.status === 'approved'
  const beadOfTarget = new Map<number, number>()
  for (const b of review.beads) for (const p of b.target) beadOfTarget.set(p, b.position)

  const units: BilingualUnit[] = review.beads.map((bead) => {
    const join = (side: 'source' | 'target', pick: 'text' | 'originalText'): string =>
      bead[side].map((p) => review[side][p]?.[pick] ?? '').join('\n\n')
    const target = join('target', 'text')
    const original = join('target', 'originalText')
    const corrections = review.corrections.filter((c) => beadOfTarget.get(c.paragraph) === bead.position)
    const last = corrections.at(-1)
    const notes: UnitNote[] = [
      ...review.findings
        .filter((f) => f.segment === bead.position && f.state === 'open')
        .map((f): UnitNote => ({ from: 'finding', text: findingText(f), category: f.category, severity: f.severity })),
      ...corrections
        .filter((c) => c.comment)
        .map((c): UnitNote => ({
          from: 'comment',
          text: c.comment as string,
          author: c.reviewer,
          ...(c.category ? { category: c.category } : {}),
          ...(c.severity ? { severity: c.severity } : {})
        })),
      ...review.queries
        .filter((q) => q.beadPosition === bead.position)
        .map((q): UnitNote => ({ from: 'query', text: q.question, author: q.author }))
    ]
    return {
      id: String(bead.position + 1),
      source: join('source', 'text'),
      target,
      ...(original !== target ? { originalTarget: original } : {}),
      state: approved ? 'final' : STATE[bead.status],
      notes,
      createdAt: review.document.createdAt,
      ...(last ? { changedAt: last.createdAt, reviewer: last.reviewer } : {})
    }
  })
  return {
    name: review.document.name,
    sourceLang: review.document.sourceLang,
    targetLang: review.document.targetLang,
    units
  }
}
