import { describe, expect, it } from 'vitest'
import { sentenceCaseCheck } from '../../../../../src/core/checks/rules/typography-sentence-case'
import { fails, passes } from '../helpers'

const SRC = 'Se reunieron. Luego firmaron.'

describe('typography-sentence-case', () => {
  it('flags a lowercase word after a full stop and suggests the capital', () => {
    const [f] = fails(sentenceCaseCheck, { source: SRC, target: 'They met. then they signed.' })
    expect(f?.targetSpan?.text).toBe('. then')
    expect(f?.suggestion).toBe('. Then')
  })
  it('flags the source as a source error', () => {
    const [f] = fails(sentenceCaseCheck, {
      source: 'Se reunieron. luego firmaron.',
      target: 'They met. Then they signed.'
    })
    expect(f?.side).toBe('source')
  })
  const fine: [string, string][] = [
    [SRC, 'Funds, e.g. grants, were used.'],
    [SRC, 'Roads, bridges, etc. were repaired.'],
    ['Se usaron aprox. dos millones.', 'About two million were used.'],
    [SRC, 'Infections by C. trachomatis were studied.'],
    [SRC, 'See www.gob.pe. more soon'.replace('. more', '/more')],
    [SRC, 'They met... then they signed.'],
    [SRC, 'The new phone. iPhone sales rose.'],
    [SRC, 'It rose 2.5 percent.']
  ]
  it.each(fine)('passes %s | %s', (source, target) => passes(sentenceCaseCheck, { source, target }))
})
