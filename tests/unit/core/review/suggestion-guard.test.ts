import { describe, expect, it } from 'vitest'
import { withoutUndoingCorrections } from '../../../../src/core/review/suggestion-guard'
import type { Finding } from '../../../../src/core/domain/findings'

function suggesting(target: string, suggestion: string): Finding {
  return {
    checkId: 'consistency',
    category: 'terminology/inconsistent-use',
    severity: 'minor',
    side: 'target',
    documentId: '1',
    segment: 0,
    sourceParagraph: 0,
    targetParagraph: 0,
    sourceSpan: null,
    targetSpan: { paragraph: 0, start: 4, end: 4 + target.length, text: target },
    messageKey: 'inconsistent',
    params: {},
    message: '…',
    suggestion,
    confidence: 1
  }
}

const correction = {
  beforeText: 'The Regional Office of Health opened the clinic.',
  afterText: 'The Regional Directorate of Health opened the clinic.'
}

describe('suggestions never take a correction back', () => {
  it('drops a suggestion that puts back what a correction took out, keeping the finding', () => {
    const [f] = withoutUndoingCorrections([suggesting('Directorate', 'Office')], [correction])
    expect(f?.suggestion).toBeNull()
    expect(f?.checkId).toBe('consistency')
  })
  it('keeps suggestions that go the way of the correction, or elsewhere', () => {
    const same = suggesting('Office', 'Directorate')
    const other = suggesting('clinic', 'health centre')
    expect(withoutUndoingCorrections([same, other], [correction])).toEqual([same, other])
  })
  it('changes nothing without corrections', () => {
    const f = suggesting('Directorate', 'Office')
    expect(withoutUndoingCorrections([f], [])).toEqual([f])
  })
})
