import { describe, expect, it } from 'vitest'
import { codesCheck } from '../../../../../src/core/checks/rules/codes'
import { fails, passes } from '../helpers'

const en2es = { sourceLang: 'en', targetLang: 'es' } as const

describe('codes: must flag', () => {
  it('a code whose letters changed, with both spans and the source code as suggestion', () => {
    const [f] = fails(codesCheck, {
      source: 'Pacientes con infección por COVID-19 ingresaron.',
      target: 'Patients with Cyber-19 infection were admitted.'
    })
    expect(f?.messageKey).toBe('changed')
    expect([f?.sourceSpan?.text, f?.targetSpan?.text, f?.suggestion]).toEqual(['COVID-19', 'Cyber-19', 'COVID-19'])
    expect(f?.severity).toBe('major')
  })
  it('a code whose digits changed', () => {
    const [f] = fails(codesCheck, {
      source: 'Usamos el cuestionario SF-36 en 2020.',
      target: 'We used the SF-12 questionnaire in 2020.'
    })
    expect(f?.messageKey).toBe('changed')
    const [g] = fails(
      codesCheck,
      { source: 'Patients with H1N1 were treated.', target: 'Se trató a pacientes con H1N2.' },
      en2es
    )
    expect(g?.targetSpan?.text).toBe('H1N2')
  })
  it('a code dropped from the translation, as a minor omission', () => {
    const [f] = fails(codesCheck, {
      source: 'Se midió la expresión de PD-L1 y CTLA-4.',
      target: 'The expression of PD-L1 was measured.'
    })
    expect(f?.messageKey).toBe('missing')
    expect(f?.sourceSpan?.text).toBe('CTLA-4')
    expect([f?.category, f?.severity]).toEqual(['accuracy/omission', 'minor'])
  })
})

describe('codes: must not flag', () => {
  const same: [string, string, string][] = [
    ['a code copied', 'Se vacunó contra la COVID-19.', 'People were vaccinated against COVID-19.'],
    ['case, hyphen or space changed', 'Casos de COVID-19 y H1N1.', 'Covid 19 and H1N1 cases.'],
    ['letters in the target language', 'Pacientes con VIH-1.', 'Patients with HIV-1.'],
    ['an acronym reordered beside its number', 'Fue del 14,2 % (IC95% 12,1-16,3).', 'It was 14.2% (95%CI 12.1-16.3).'],
    ['a word in the code translated', 'La encuesta Saludata Chile-2017.', 'The Saludata Chile-2017 survey.'],
    ['subscript digits', 'Emisiones de CO₂ del modelo A320.', 'CO2 emissions of the A320 model.'],
    ['ordinals, units and plain numbers', 'El 3er puesto y 10 km en 2020.', 'Third place and 10 km in 2020.'],
    ['a code the translation adds', 'Se vacunó contra el coronavirus.', 'People were vaccinated against COVID-19.'],
    [
      'an event named with its year',
      'Ganó en los Mundiales-2009 de natación.',
      'He won at the 2009 World Championships.'
    ],
    ['a common formula written out', 'Compensa el impuesto al CO2.', 'It offsets the carbon tax.']
  ]
  it.each(same)('%s', (_why, source, target) => passes(codesCheck, { source, target }))
})
