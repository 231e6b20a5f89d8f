import { describe, expect, it } from 'vitest'
import { numberFormatCheck } from '../../../../../src/core/checks/rules/number-format'
import { fails, passes } from '../helpers'

const es2en = { sourceLang: 'es', targetLang: 'en' } as const
const en2es = { sourceLang: 'en', targetLang: 'es' } as const

describe('number-format: English targets', () => {
  it('flags a Spanish decimal comma kept in English', () => {
    const [f] = fails(numberFormatCheck, { source: 'La tasa fue de 21,8 %.', target: 'The rate was 21,8%.' }, es2en)
    expect(f?.targetSpan?.text).toBe('21,8')
    expect(f?.suggestion).toBe('21.8')
  })
  it('flags dot-grouped thousands kept in English', () => {
    const [f] = fails(
      numberFormatCheck,
      { source: 'Se registraron 1.234.567 votos.', target: 'A total of 1.234.567 votes were cast.' },
      es2en
    )
    expect(f?.suggestion).toBe('1,234,567')
  })
  it('flags a number copied verbatim when another number of the pair shows the source convention', () => {
    const f = fails(
      numberFormatCheck,
      { source: 'Se censaron 1.441.611 hogares.', target: 'A total of 1.441.611 households were counted.' },
      es2en
    )
    expect(f.map((x) => x.suggestion)).toEqual(['1,441,611'])
  })
  it('does not guess at an ambiguous number: "50.000" may be either', () => {
    passes(
      numberFormatCheck,
      { source: 'Llegaron 50.000 personas a las 6.30.', target: 'Some 50,000 people arrived at 6.30.' },
      es2en
    )
  })
  it('flags space-grouped thousands and a spaced percent sign', () => {
    fails(numberFormatCheck, { source: 'Llegaron 20 000 turistas.', target: 'Some 20 000 tourists arrived.' }, es2en)
    fails(numberFormatCheck, { source: 'Subió 15 %.', target: 'It rose 15 %.' }, es2en)
  })
  const fine: [string, string][] = [
    ['Llegaron 20 000 turistas y subió 3,5 %.', 'Some 20,000 tourists arrived and it rose 3.5%.'],
    ['Se contrataron 3000 docentes.', 'A total of 3000 teachers were hired.'],
    ['Beneficia a 9,000 familias con tecnologías 4.0.', 'It benefits 9,000 families with 4.0 technologies.'],
    ['Costó 1 millón de soles.', 'It cost 1 million soles.']
  ]
  it.each(fine)('passes %s | %s', (source, target) => passes(numberFormatCheck, { source, target }, es2en))
})

describe('number-format: Spanish targets', () => {
  it('flags a middle dot, which Spanish never uses for decimals', () => {
    const [f] = fails(numberFormatCheck, { source: 'The ratio was 1·81.', target: 'La razón fue 1 · 81.' }, en2es)
    expect(f?.messageKey).toBe('middleDot')
  })
  it('flags a decimal mark that differs from the rest of the translation', () => {
    const f = fails(
      numberFormatCheck,
      { source: 'Rates of 2.5%, 3.5% and 4.25%.', target: 'Tasas del 2,5 %, 3,5 % y 4.25 %.' },
      en2es
    )
    expect(f.map((x) => x.targetSpan?.text)).toEqual(['4.25'])
  })
  it('accepts either decimal mark when used consistently (Spain and Mexico differ)', () => {
    passes(numberFormatCheck, { source: 'Rates of 2.5% and 3.5%.', target: 'Tasas del 2.5 % y 3.5 %.' }, en2es)
    passes(numberFormatCheck, { source: 'Rates of 2.5% and 3.5%.', target: 'Tasas del 2,5 % y 3,5 %.' }, en2es)
  })
  it('flags the minority percent spacing within a translation', () => {
    const [f] = fails(
      numberFormatCheck,
      { source: 'It rose 5% in May.', target: 'Subió un 5% en mayo.' },
      {
        ...en2es,
        context: [
          { source: 'It fell 2% and then 3%.', target: 'Bajó un 2 % y luego un 3 %.' },
          { source: 'Only 4% voted.', target: 'Solo votó el 4 %.' }
        ]
      }
    )
    expect(f?.messageKey).toBe('percentSpace')
  })
})
