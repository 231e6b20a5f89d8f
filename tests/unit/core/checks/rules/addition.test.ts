import { describe, expect, it } from 'vitest'
import { additionCheck } from '../../../../../src/core/checks/rules/addition'
import { fails, passes } from '../helpers'
import { parseBilingualLexicon } from '../../../../../src/core/text/bilingual-lexicon'

const es2en = { sourceLang: 'es', targetLang: 'en' } as const

describe('addition', () => {
  it('flags a passage of the translation that has no source', () => {
    const [f] = fails(
      additionCheck,
      {
        source: 'El Ministerio de Educación entregó 300 tabletas a escuelas rurales de Huancavelica.',
        target:
          'The Ministry of Education delivered 300 tablets to rural schools in Huancavelica, although teachers complained loudly about missing chargers and weak signal coverage.'
      },
      es2en
    )
    expect(f?.side).toBe('target')
    expect(f?.targetSpan?.text).toContain('teachers complained')
  })
  it('passes a faithful translation', () => {
    passes(
      additionCheck,
      {
        source: 'El Ministerio de Educación entregó 300 tabletas a escuelas rurales de Huancavelica.',
        target: 'The Ministry of Education delivered 300 tablets to rural schools in Huancavelica.'
      },
      es2en
    )
  })
})

describe('addition: a short phrase with no source, found through the bilingual lexicon', () => {
  const lexicon = parseBilingualLexicon(
    ['salud\thealth', 'vacunar\tvaccinate', 'niño\tchild children', 'abril\tapril', 'pueblo\tvillage town'].join('\n')
  )
  const source = 'El Ministerio de Salud vacunará a 20.000 niños en Piura durante abril.'

  it('flags the added phrase once, on the target', () => {
    const found = fails(
      additionCheck,
      {
        source,
        target: 'The Ministry of Health will vaccinate 20,000 children in Piura and nearby villages during April.'
      },
      { ...es2en, lexicon }
    )
    expect(found.map((f) => f.targetSpan?.text)).toEqual(['nearby villages'])
  })

  it('passes a faithful translation', () => {
    passes(
      additionCheck,
      { source, target: 'The Ministry of Health will vaccinate 20,000 children in Piura during April.' },
      { ...es2en, lexicon }
    )
  })

  it('passes when the source has words of its own left unexplained (a rewording, not an addition)', () => {
    passes(
      additionCheck,
      {
        source: 'El Ministerio de Salud vacunará a 20.000 niños de zonas alejadas en Piura durante abril.',
        target: 'The Ministry of Health will vaccinate 20,000 children in Piura and nearby villages during April.'
      },
      { ...es2en, lexicon }
    )
  })
})

describe('addition: a qualifier added (a degree word and the word it qualifies)', () => {
  const lexicon = parseBilingualLexicon(
    ['centro\tcentre', 'atender\tserve attend', 'indefenso\tvulnerable defenceless', 'marzo\tmarch'].join('\n')
  )

  it('flags "most vulnerable" when the source has no such qualifier', () => {
    const found = fails(
      additionCheck,
      {
        source: 'Desde marzo, el centro atenderá a los pacientes del distrito de Ate.',
        target: 'From March, the centre will serve the most vulnerable patients of the Ate district.'
      },
      { ...es2en, lexicon }
    )
    expect(found.map((f) => f.targetSpan?.text)).toEqual(['most vulnerable'])
  })

  it('passes when the source has the qualifier too', () => {
    passes(
      additionCheck,
      {
        source: 'Desde marzo, el centro atenderá a los pacientes más vulnerables del distrito de Ate.',
        target: 'From March, the centre will serve the most vulnerable patients of the Ate district.'
      },
      { ...es2en, lexicon }
    )
  })
})
