import { describe, expect, it } from 'vitest'
import { contextFromInput } from '../../../../src/backend/services/findings'
import type { CheckInput } from '../../../../src/backend/store/documents'
import { segmentKey } from '../../../../src/core/checks/engine/partial'
import { PARAGRAPH_JOINER } from '../../../../src/core/domain/document'

const SENTENCES = JSON.stringify({ source: [], target: [], links: [] })

function input(target: string[]): CheckInput {
  return {
    document: {
      id: 7,
      projectId: 1,
      name: 'Sede',
      sourceLang: 'es',
      targetLang: 'en',
      origin: 'paste',
      status: 'in_review',
      sourceParagraphCount: 3,
      targetParagraphCount: target.length,
      beadCount: 3,
      createdAt: '2026-12-07T10:00:00.000Z',
      updatedAt: '2026-12-07T10:00:00.000Z'
    },
    revision: 1,
    source: ['Abrió la sede.', 'Cerró la feria.', 'Llegó el ministro.'],
    target,
    beads: [0, 1, 2].map((k) => ({ position: k, source: [k], target: [k], sentences: SENTENCES, codes: null }))
  }
}

describe('the checks’ view of a stored document', () => {
  it('after an edit, keeps the unchanged segments (objects and keys) and builds the edited one anew', () => {
    const before = contextFromInput(input(['The office opened.', 'The fair closed.', 'The minister came.']), 'r1')
    const after = contextFromInput(
      input(['The office opened.', 'The fair is over.', 'The minister came.']),
      'r2',
      before
    )
    const [kept0, edited, kept2] = after.context.segments
    expect(kept0).toBe(before.context.segments[0])
    expect(kept2).toBe(before.context.segments[2])
    expect(edited).not.toBe(before.context.segments[1])
    expect(edited?.target).toBe('The fair is over.')
    expect(after.keys).toEqual(after.context.segments.map(segmentKey))
    expect(after.keys[1]).not.toBe(before.keys[1])
  })

  it('builds anew the segments an alignment edit changed, and keeps the others', () => {
    const before = contextFromInput(input(['A.', 'B.', 'C.']), 'r1')
    const moved = input(['A.', 'B.', 'C.'])
    moved.beads[1] = { ...moved.beads[1]!, target: [1, 2] }
    moved.beads[2] = { ...moved.beads[2]!, target: [] }
    const after = contextFromInput(moved, 'r2', before)
    expect(after.context.segments[0]).toBe(before.context.segments[0])
    expect(after.context.segments[1]?.target).toBe(['B.', 'C.'].join(PARAGRAPH_JOINER))
    expect(after.context.segments[2]).not.toBe(before.context.segments[2])
    expect(after.context.segments[2]?.target).toBe('')
  })
})
