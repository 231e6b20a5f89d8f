import { describe, expect, it } from 'vitest'
import { quoteStyleCheck } from '../../../../../src/core/checks/rules/typography-quote-style'
import { contextFor, documentFromPairs } from '../../../../../src/core/checks/engine/context'
import { runChecks } from '../../../../../src/core/checks/engine/runner'
import { fails, passes } from '../helpers'

const SRC = '«Seguiremos», dijo.'

describe('typography-quote-style', () => {
  it('flags punctuation inside the closing quote when the document puts it outside', () => {
    const [f] = fails(
      quoteStyleCheck,
      { source: SRC, target: '“We will continue,” he said.' },
      {
        context: [
          { source: SRC, target: '“We will build”, she said.' },
          { source: SRC, target: '“We will invest”, he added.' }
        ]
      }
    )
    expect(f?.messageKey).toBe('inside')
    expect(f?.targetSpan?.text).toBe(',”')
    expect(f?.suggestion).toBe('”,')
  })
  it('flags straight quotes in a document written with curly quotes', () => {
    const [f] = fails(
      quoteStyleCheck,
      { source: SRC, target: 'He called it "historic".' },
      { context: [{ source: SRC, target: '“We will build”, she said, “and invest”.' }] }
    )
    expect(f?.messageKey).toBe('straight')
    expect(f?.suggestion).toBe('“')
  })
  it('passes a consistent document', () => {
    passes(
      quoteStyleCheck,
      { source: SRC, target: '“We will continue”, he said.' },
      { context: [{ source: SRC, target: '“We will build”, she said.' }] }
    )
  })
  it('does not take « » with nested “ ” for a mix', () => {
    passes(quoteStyleCheck, { source: '«Es el “plan maestro”», dijo.', target: '“It is the master plan”, he said.' })
  })
  it('sees the other documents of the project edited in place', () => {
    const checked = documentFromPairs('a', [{ source: SRC, target: 'He called it "historic".' }])
    const other = documentFromPairs('b', [
      { source: SRC, target: '“We will build”, she said.' },
      { source: SRC, target: '“We will invest”, he added.' }
    ])
    const project = [checked, other]
    const run = () => runChecks([quoteStyleCheck], contextFor(checked, [], project)).findings.map((f) => f.messageKey)
    expect(run()).toEqual(['straight', 'straight'])
    for (const seg of other.segments) (seg as { target: string }).target = seg.target.replace(/[“”]/g, '"')
    expect(run()).toEqual([])
  })
})
