import { describe, expect, it } from 'vitest'
import { finalPunctuationCheck } from '../../../src/shared/checks/checks/typography-final-punctuation'
import { fails, passes } from './helpers'

describe('typography-final-punctuation', () => {
  it('flags a translation without the final full stop of its source, at the insertion point', () => {
    const [f] = fails(finalPunctuationCheck, {
      source: 'El puente se inauguró hoy.',
      target: 'The bridge opened today'
    })
    expect(f?.targetSpan).toMatchObject({ start: 23, end: 23, text: '' })
    expect(f?.suggestion).toBe('.')
  })
  it('inserts before closing quotes', () => {
    const [f] = fails(finalPunctuationCheck, { source: '«Seguiremos trabajando».', target: '“We will keep working”' })
    expect(f?.targetSpan?.start).toBe('“We will keep working'.length)
  })
  it('flags prose that ends without a full stop on both sides', () => {
    const long =
      'La Secretaría de Transformación Digital lidera el despliegue de tecnologías en todas las regiones del país para consolidar la ciudadanía digital, tal como lo establece el Plan Nacional 2021-2026'
    const target =
      'The Digital Transformation Secretariat leads the deployment of technologies in all regions of the country to consolidate digital citizenship, as established by the National Plan 2021-2026'
    const [f] = fails(finalPunctuationCheck, { source: long, target })
    expect(f?.messageKey).toBe('missingBoth')
    expect(f?.targetSpan?.text).toBe('Plan')
  })
  const fine: [string, string][] = [
    ['Nota de prensa', 'Press release'],
    ['El puente se inauguró hoy.', 'The bridge opened today.'],
    ['¿Qué sigue?', 'What comes next?'],
    ['Dijo: «Seguiremos».', 'He said: “We will go on.”'],
    ['Los objetivos son:', 'The objectives are:']
  ]
  it.each(fine)('passes %s | %s', (source, target) => passes(finalPunctuationCheck, { source, target }))
})
