import { describe, expect, it } from 'vitest'
import { extractNumbers } from '../../../../../src/core/text/numbers/extract'
import type { NumberMention } from '../../../../../src/core/text/numbers/mention'
import type { DecimalStyle } from '../../../../../src/core/text/numbers/numerals'
import type { Lang } from '../../../../../src/core/domain/language'

/** The mentions as [text, first key, hard] triples, stand-ins left out. */
function read(
  text: string,
  lang: Lang,
  style: DecimalStyle = lang === 'en' ? 'point' : 'unknown'
): [string, string, boolean][] {
  return extractNumbers(text, lang, style)
    .filter((m: NumberMention) => !m.standIn)
    .map((m) => [m.text, m.keys[0] as string, m.hard])
}

const keysOf = (text: string, lang: Lang, style: DecimalStyle = 'unknown'): string[][] =>
  extractNumbers(text, lang, style)
    .filter((m) => !m.standIn)
    .map((m) => m.keys)

describe('extractNumbers: digits with scale words', () => {
  it('multiplies Spanish scale words', () => {
    expect(read('Más de 4 mil vecinos y 165 millones de soles; 1,5 millones de dosis; 3 mil millones.', 'es')).toEqual([
      ['4 mil', 'n:4000', true],
      ['165 millones de soles', 'n:165000000', true],
      ['1,5 millones', 'n:1500000', true],
      ['3 mil millones', 'n:3000000000', true]
    ])
  })
  it('multiplies English scale words, and "billion" is a thousand million', () => {
    expect(read('A 2.5 billion budget for 4 thousand schools.', 'en')).toEqual([
      ['2.5 billion', 'n:2500000000', true],
      ['4 thousand', 'n:4000', true]
    ])
  })
  it('reads "billón" as a million million', () => {
    expect(read('Un gasto de 2 billones de pesos.', 'es')[0]?.[1]).toBe('n:2000000000000')
  })
})

describe('extractNumbers: number words', () => {
  it('reads Spanish compounds', () => {
    expect(
      read('Treinta y seis alcaldes, ciento veinte escuelas y dos mil quinientos kits.', 'es').map((r) => r[1])
    ).toEqual(['n:36', 'n:120', 'n:2500'])
  })
  it('reads English compounds with hyphens and "and"', () => {
    expect(read('Thirty-six mayors, two hundred and five schools.', 'en').map((r) => r[1])).toEqual(['n:36', 'n:205'])
  })
  it('makes "un millón" and "a million" hard numbers, small number words soft', () => {
    expect(read('Un millón de dosis para tres regiones.', 'es')).toEqual([
      ['Un millón', 'n:1000000', true],
      ['tres', 'n:3', false]
    ])
    expect(read('A million doses for three regions.', 'en')).toEqual([
      ['A million', 'n:1000000', true],
      ['three', 'n:3', false]
    ])
  })
  it('does not read "miles" or "millions of" without a number as a value', () => {
    expect(read('Miles de familias y millones de usuarios.', 'es')).toEqual([])
    expect(read('Thousands of families and millions of users.', 'en')).toEqual([])
  })
  it('reads ordinal words', () => {
    expect(read('La séptima edición y el primer foro.', 'es').map((r) => r[1])).toEqual(['n:7', 'n:1'])
    expect(read('The twenty-first century and the Seventh Summit.', 'en').map((r) => r[1])).toEqual(['n:21', 'n:7'])
  })
  it('keeps "once" as eleven in Spanish only', () => {
    expect(read('Once distritos.', 'es').map((r) => r[1])).toEqual(['n:11'])
    expect(read('Once again the district voted.', 'en')).toEqual([])
  })
})

describe('extractNumbers: percentages, currencies, ordinals, times', () => {
  it('takes the percent sign or words into the mention', () => {
    expect(read('Creció 15 % y luego 20 por ciento.', 'es').map((r) => r[0])).toEqual(['15 %', '20 por ciento'])
    expect(read('It grew 15% and then 20 per cent.', 'en').map((r) => r[0])).toEqual(['15%', '20 per cent'])
  })
  it('records the currency before or after the amount', () => {
    const ms = extractNumbers('S/ 20 mil, US$ 3 millones y 40 euros.', 'es', 'unknown')
    expect(ms.map((m) => m.currency)).toEqual(['PEN', 'USD', 'EUR'])
  })
  it('reads digit ordinals in both languages', () => {
    expect(read('El 2do lugar y el 1.º de mayo.', 'es').map((r) => r[0])).toContain('2do')
    expect(read('The 3rd place.', 'en')).toEqual([['3rd', 'n:3', true]])
  })
  it('reads 24-hour and 12-hour clock times as the same time', () => {
    const es = keysOf('A las 15:00 horas.', 'es')[0] ?? []
    const en = keysOf('At 3 p.m.', 'en')[0] ?? []
    expect(es.filter((k) => en.includes(k))).toContain('t:15:00')
  })
  it('reads a dotted time after "las", in any case and at the end of a sentence', () => {
    expect(read('Abre a las 22.30 y cierra desde las 9.15.', 'es').map((r) => r[1])).toEqual(['t:22:30', 't:9:15'])
    expect(read('A LAS 22.30.', 'es').map((r) => r[1])).toEqual(['t:22:30'])
    expect(read('Subió 9.15 puntos.', 'es').map((r) => r[1])).not.toContain('t:9:15')
  })
  it('reads a year and a decade', () => {
    expect(read('En 2023 y en la década de 1980.', 'es').map((r) => r[0])).toEqual(['2023', '1980'])
    expect(keysOf('In the 1980s.', 'en')[0]).toEqual(['n:1980', 'n:80'])
  })
})

describe('extractNumbers: what is not a plain number', () => {
  it('makes digits inside names and codes soft', () => {
    expect(read('Casos de COVID-19 y linfocitos CD4.', 'es')).toEqual([
      ['19', 'n:19', false],
      ['4', 'n:4', false]
    ])
  })
  it('makes a paragraph-initial list number soft', () => {
    expect(read('1. Se aprobó el plan.', 'es')).toEqual([['1', 'n:1', false]])
  })
  it('skips digits inside web addresses', () => {
    expect(read('Más información en https://www.gob.pe/12345 hoy.', 'es')).toEqual([])
  })
})

describe('extractNumbers: Roman numerals', () => {
  it('reads a numeral before a capitalized noun or after a context noun', () => {
    expect(read('La VII Cumbre, la fase III y el siglo XXI.', 'es').map((r) => r[1])).toEqual(['n:7', 'n:3', 'n:21'])
    expect(read('A Phase II trial during World War II.', 'en').map((r) => r[1])).toEqual(['n:2', 'n:2'])
  })
  it('reads a Spanish "I" before a capitalized noun as first, softly', () => {
    expect(read('Se realizó el I Congreso Regional.', 'es')).toEqual([['I', 'n:1', false]])
  })
  it('never reads the English pronoun, words that look Roman, or "IV" for intravenous', () => {
    expect(read('I think the MIX of CIVIL works is fine, and IV fluids help.', 'en')).toEqual([])
  })
  it('reads both ends of a range once one is in context', () => {
    expect(read('Pacientes en estadio clínico II-III.', 'es').map((r) => r[1])).toEqual(['n:2', 'n:3'])
  })
  it('ignores numerals inside an all-capitals headline', () => {
    expect(read('LA VII CUMBRE REGIONAL', 'es')).toEqual([])
  })
})

describe('extractNumbers: months', () => {
  it('reads a month next to a day or a year, not the English verb "may"', () => {
    expect(extractNumbers('Del 10 al 11 de noviembre.', 'es', 'unknown').some((m) => m.keys.includes('m:11'))).toBe(
      true
    )
    expect(extractNumbers('Officials may meet 3 mayors.', 'en', 'point').some((m) => m.kind === 'month')).toBe(false)
  })
})
