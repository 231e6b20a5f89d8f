import { describe, expect, it } from 'vitest'
import { midsentenceCapitalCheck } from '../../../../../src/core/checks/rules/typography-midsentence-capital'
import { fails, passes } from '../helpers'

describe('typography-midsentence-capital', () => {
  /** Elsewhere the translation writes "impact" in lowercase: it is a common noun here. */
  const context = [{ source: 'El impacto fue menor.', target: 'The impact was smaller.' }]
  const pair = {
    source: 'Buscan reducir el impacto de las lluvias en la región.',
    target: 'They seek to reduce the Impact of the rains in the region.'
  }

  it('flags a common noun capitalized where the source writes it in lowercase', () => {
    const [f] = fails(midsentenceCapitalCheck, pair, { context })
    expect(f?.targetSpan?.text).toBe('Impact')
    expect(f?.sourceSpan?.text).toBe('impacto')
    expect(f?.suggestion).toBe('impact')
  })
  it('stays silent when the translation never writes the word in lowercase', () => {
    passes(midsentenceCapitalCheck, pair)
  })
  it('leaves the tail of an institution name alone', () => {
    passes(
      midsentenceCapitalCheck,
      { source: 'Lo pagará el Ministerio de transporte.', target: 'The Ministry of Transport will pay.' },
      { context: [{ source: 'El transporte mejoró.', target: 'Transport improved, and transport costs fell.' }] }
    )
  })
  const fine: [string, string][] = [
    // Names, titles before names, months and demonyms are capitalized in English by convention.
    [
      'Lo anunció el presidente del Consejo de Ministros.',
      'It was announced by the President of the Council of Ministers.'
    ],
    ['La reunión será el 10 de noviembre.', 'The meeting will be on 10 November.'],
    ['Apoya a las familias peruanas.', 'It supports Peruvian families.'],
    ['Se creó la Oficina Técnica de Gestión Hídrica.', 'The Technical Office of Water Management was created.'],
    ['Dijo: «impacto cero».', 'He said: “Zero impact”.'],
    ['La cooperación internacional fue clave.', 'International cooperation was key.'],
    // No cognate in the source: no way to know, so no finding.
    ['Llegó el mandatario.', 'The Leader arrived.']
  ]
  it.each(fine)('passes %s | %s', (source, target) => passes(midsentenceCapitalCheck, { source, target }))
})
