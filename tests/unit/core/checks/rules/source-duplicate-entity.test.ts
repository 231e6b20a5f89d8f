import { describe, expect, it } from 'vitest'
import { sourceDuplicateEntityCheck } from '../../../../../src/core/checks/rules/source-duplicate-entity'
import { fails, passes } from '../helpers'

const check = sourceDuplicateEntityCheck

describe('source-duplicate-entity: must flag', () => {
  it('the same acronym twice in one coordination, as a source-side error', () => {
    const [f] = fails(check, {
      source: 'La obra fue cofinanciada por el BID y el BID.',
      target: 'The work was co-financed by the IDB and the CAF.'
    })
    expect(f?.side).toBe('source')
    expect(f?.category).toBe('source/error')
    expect(f?.sourceSpan?.text).toBe('BID y el BID')
    expect(f?.targetSpan).toBeNull()
  })
  it('a full name with its acronym repeated, even with a wrong article', () => {
    const [f] = fails(check, {
      source: 'Apoyan el Banco de la Nación (BN) y la Banco de la Nación (BN).',
      target: 'Support comes from the Banco de la Nación (BN) and the Agrobanco.'
    })
    expect(f?.sourceSpan?.text).toBe('Banco de la Nación (BN) y la Banco de la Nación (BN)')
  })
  it('a repeat further down a list', () => {
    fails(check, {
      source: 'Participaron la OPS, el UNICEF y la OPS.',
      target: 'PAHO, UNICEF and WFP took part.'
    })
  })
  it('English sources too', () => {
    fails(
      check,
      {
        source: 'The plan is funded by the World Bank and the World Bank.',
        target: 'El plan lo financian el Banco Mundial y la CAF.'
      },
      { sourceLang: 'en', targetLang: 'es' }
    )
  })
  it('a country listed twice in a list of countries', () => {
    const [f] = fails(check, {
      source: 'La red de oficinas atiende en Bolivia, Ecuador, Colombia, Ecuador y Paraguay.',
      target: 'The office network serves Bolivia, Ecuador, Colombia, Chile and Paraguay.'
    })
    expect(f?.side).toBe('source')
    expect(f?.sourceSpan?.text).toBe('Ecuador, Colombia, Ecuador')
  })
})

describe('source-duplicate-entity: must not flag', () => {
  const cases: [string, string][] = [
    ['two different bodies', 'La obra fue cofinanciada por el BID y la CAF.'],
    ['the same body in two sentences', 'El BID aprobó el préstamo. El BID también enviará técnicos.'],
    ['the same body in different roles of one sentence', 'El BID informó que el préstamo del BID se firmará en mayo.'],
    ['Spanish and English names of one body side by side', 'Lo anunció el Banco Mundial (World Bank).'],
    ['two people with one surname', 'Asistieron María Quispe y Juan Quispe.'],
    ['a district and a province of one name', 'La sede está en Miraflores, Lima, Lima.'],
    ['a place in two sentences of one list', 'Visitó Tacna, Puno y Cusco. Cusco recibirá más fondos.']
  ]
  for (const [why, source] of cases) it(why, () => passes(check, { source, target: 'Translation.' }))
})
