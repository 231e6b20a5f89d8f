import { describe, expect, it } from 'vitest'
import { sourcePercentagesCheck as check } from '../../../../../src/core/checks/rules/source-percentages'
import { fails, passes } from '../helpers'

describe('source-percentages: impossible shares in the source are flagged', () => {
  it('a share of a group above 100 %', () => {
    const [f, ...rest] = fails(check, {
      source: 'Según la encuesta, el 742 % de los hogares rurales cocina con leña.',
      target: 'According to the survey, 74.2% of rural households cook with firewood.'
    })
    expect(rest).toEqual([])
    expect(f?.side).toBe('source')
    expect(f?.category).toBe('source/error')
    expect(f?.sourceSpan?.text).toBe('742 %')
  })
  it('a part and the remaining share that do not add up to 100 %', () => {
    const [f] = fails(check, {
      source: 'Ya se vacunó al 88 % del padrón y el 21 % restante se vacunará en abril.',
      target: '88% of the roll has been vaccinated and the remaining 12% will be vaccinated in April.'
    })
    expect(f?.sourceSpan?.text).toBe('21 %')
  })
})

describe('source-percentages: possible percentages pass', () => {
  const fine: string[] = [
    'Las exportaciones aumentaron 150 % respecto del año anterior.',
    'La deuda equivale al 120 % del PIB.',
    'Ya se vacunó al 88 % del padrón y el 12 % restante se vacunará en abril.',
    'El 60 % de los alumnos aprobó; el 15 % de ellos con honores y el 30 % restante repetirá.'
  ]
  it.each(fine)('%s', (source) => passes(check, { source, target: 'Translation.' }))
})
