import { describe, expect, it } from 'vitest'
import { additionCheck } from '../../../../../src/core/checks/rules/addition'
import { fails, passes } from '../helpers'

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
