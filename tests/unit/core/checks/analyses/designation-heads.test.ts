import { describe, expect, it } from 'vitest'
import { designationSwaps } from '../../../../../src/core/checks/analyses/designation-heads'
import type { Lang } from '../../../../../src/core/domain/language'
import { tokenize } from '../../../../../src/core/text/tokenize'

const side = (text: string, lang: Lang) => ({ text, tokens: tokenize(text), lang })
const swaps = (es: string, en: string) =>
  designationSwaps(side(es, 'es'), side(en, 'en')).map((x) => [x.source.text, x.target.text])

describe('designation heads: a named document or event rendered as another kind', () => {
  it('a plan rendered as a strategy, the head last in English', () => {
    expect(
      swaps(
        'El Plan Regional de Movilidad Sostenible fija metas para 2035.',
        'The Regional Sustainable Mobility Strategy sets targets for 2035.'
      )
    ).toEqual([['Plan', 'Strategy']])
  })
  it('a summit rendered as a fair, and a law as a regulation', () => {
    expect(
      swaps('Lo anunció durante la Cumbre Amazónica de Energía.', 'It was announced at the Amazon Energy Fair.')
    ).toEqual([['Cumbre', 'Fair']])
    expect(
      swaps('La Ley de Archivos Públicos entra en vigor hoy.', 'The Public Archives Regulation comes into force today.')
    ).toEqual([['Ley', 'Regulation']])
  })
  it('passes names translated with their own kind, however reworded', () => {
    expect(
      swaps(
        'El Plan Regional de Movilidad Sostenible fija metas.',
        'The Sustainable Mobility Plan for the region sets targets.'
      )
    ).toEqual([])
    expect(swaps('La Ley de Archivos Públicos entra en vigor.', 'The Public Records Act comes into force.')).toEqual([])
    expect(swaps('Se realizará el III Foro de Ciudades.', 'The Third Cities Forum will take place.')).toEqual([])
  })
  it('passes a kind the source names in lowercase, and heads that are ordinary words', () => {
    // "el plan" in lowercase is the same document the translation names.
    expect(
      swaps(
        'El plan regional fija metas, según la Directiva Marco.',
        'The Regional Plan sets targets, under the Framework Directive.'
      )
    ).toEqual([])
    // A capitalized word that only starts the sentence is not a name.
    expect(swaps('Informe a su médico de cualquier síntoma.', 'Tell your doctor about any Survey symptoms.')).toEqual(
      []
    )
  })
  it('passes when two heads of other kinds could each be the rendering', () => {
    expect(
      swaps(
        'El Plan Nacional de Riego se presentó en Lima.',
        'The National Irrigation Strategy Fund was presented in Lima.'
      )
    ).toEqual([])
  })
})
