import { describe, expect, it } from 'vitest'
import { finalPunctuationCheck } from '../../../../../src/core/checks/rules/typography-final-punctuation'
import { fails, passes } from '../helpers'

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
      'La Dirección de Recursos Hídricos coordina la limpieza de los canales de riego en las provincias del norte para asegurar el agua de la campaña agrícola, tal como lo dispone el Plan Regional 2024-2028'
    const target =
      'The Water Resources Directorate coordinates the cleaning of irrigation canals in the northern provinces to secure water for the farming season, as set out in the Regional Plan 2024-2028'
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
