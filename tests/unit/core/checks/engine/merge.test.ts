import { describe, expect, it } from 'vitest'
import { mergeSameSpan } from '../../../../../src/core/checks/engine/merge'
import type { Finding, ParagraphSpan, Severity } from '../../../../../src/core/domain/findings'

const at = (paragraph: number, start: number, text: string): ParagraphSpan => ({
  paragraph,
  start,
  end: start + text.length,
  text
})

function finding(checkId: string, over: Partial<Finding> = {}): Finding {
  return {
    checkId,
    category: 'accuracy/mistranslation',
    severity: 'minor' as Severity,
    side: 'target',
    documentId: 'd',
    segment: 0,
    sourceParagraph: 0,
    targetParagraph: 0,
    sourceSpan: null,
    targetSpan: null,
    messageKey: `${checkId}-message`,
    params: {},
    message: `${checkId} says so`,
    suggestion: null,
    confidence: 1,
    ...over
  }
}

describe('one finding per problem', () => {
  it('merges findings on the same target words, the most severe leading, every reason listed', () => {
    const glossary = finding('glossary', {
      severity: 'major',
      targetSpan: at(2, 4, 'Ministry'),
      suggestion: 'Secretariat'
    })
    const consistency = finding('consistency', { targetSpan: at(2, 4, 'Ministry') })
    const [merged, ...rest] = mergeSameSpan([consistency, glossary])
    expect(rest).toEqual([])
    expect(merged?.checkId).toBe('glossary')
    expect(merged?.suggestion).toBe('Secretariat')
    expect(merged?.otherReasons?.map((r) => [r.checkId, r.message])).toEqual([['consistency', 'consistency says so']])
  })

  it('keeps findings on different words, or in different documents, apart and in their order', () => {
    const a = finding('numbers', { targetSpan: at(1, 0, '12') })
    const b = finding('glossary', { targetSpan: at(1, 10, 'Ministry') })
    const c = finding('numbers', { targetSpan: at(1, 0, '12'), documentId: 'other' })
    expect(mergeSameSpan([a, b, c])).toEqual([a, b, c])
  })

  it('folds a dropped name into the dropped passage around it', () => {
    const passage = finding('omission', {
      side: 'source',
      sourceSpan: at(3, 10, 'y el Instituto Vial Provincial (IVP)')
    })
    const name = finding('names', { side: 'source', severity: 'major', sourceSpan: at(3, 32, 'IVP') })
    const [merged, ...rest] = mergeSameSpan([passage, name])
    expect(rest).toEqual([])
    expect(merged?.sourceSpan?.text).toBe('y el Instituto Vial Provincial (IVP)')
    expect(merged?.severity).toBe('major')
    expect(merged?.otherReasons?.map((r) => r.checkId)).toEqual(['names'])
  })

  it('does not fold a mismatch into a passage: a wrong number inside an added clause is its own problem', () => {
    const added = finding('addition', { targetSpan: at(0, 0, 'paid every 15 days') })
    const number = finding('numbers', { side: 'both', sourceSpan: at(0, 0, '30'), targetSpan: at(0, 11, '15') })
    expect(mergeSameSpan([added, number])).toHaveLength(2)
  })

  it('is stable: merging merged findings again changes nothing', () => {
    const once = mergeSameSpan([
      finding('glossary', { targetSpan: at(0, 0, 'Ministry') }),
      finding('consistency', { targetSpan: at(0, 0, 'Ministry') })
    ])
    expect(mergeSameSpan(once)).toEqual(once)
  })
})
