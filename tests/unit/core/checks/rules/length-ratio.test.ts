import { describe, expect, it } from 'vitest'
import { lengthRatioCheck } from '../../../../../src/core/checks/rules/length-ratio'
import { fails, passes } from '../helpers'

const SRC =
  'El Ministerio de Salud inició hoy la campaña nacional de vacunación contra la influenza en todas las regiones del país, con prioridad para adultos mayores y niños menores de cinco años.'
const TGT =
  'The Ministry of Health today launched the national influenza vaccination campaign in all regions of the country, with priority for older adults and children under five.'

/** Ten ordinary pairs so the document has its own median and spread. */
const context = Array.from({ length: 10 }, () => ({ source: SRC, target: TGT }))

describe('length-ratio', () => {
  it('passes a translation of ordinary length', () => {
    passes(lengthRatioCheck, { source: SRC, target: TGT }, { context })
  })
  it('flags a translation that stops halfway', () => {
    const [f] = fails(
      lengthRatioCheck,
      { source: SRC, target: 'The Ministry of Health today launched the campaign.' },
      { context }
    )
    expect(f?.messageKey).toBe('shorter')
    expect(f?.category).toBe('accuracy/omission')
  })
  it('flags a translation much longer than its source', () => {
    const [f] = fails(
      lengthRatioCheck,
      { source: 'Conclusiones de la reunión regional.', target: `${TGT} ${TGT}` },
      { context }
    )
    expect(f?.messageKey).toBe('longer')
  })
  it('uses the language pair prior for a lone segment', () => {
    fails(lengthRatioCheck, { source: SRC, target: 'The Ministry launched the campaign.' })
    passes(lengthRatioCheck, { source: SRC, target: TGT })
  })
  it('ignores short segments, where ratios are noise', () => {
    passes(lengthRatioCheck, { source: 'Lima, 3 de mayo de 2024', target: 'Lima, May 3' })
  })
})
