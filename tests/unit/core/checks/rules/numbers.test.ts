import { describe, expect, it } from 'vitest'
import { numbersCheck } from '../../../../../src/core/checks/rules/numbers'
import { fails, passes } from '../helpers'

const es2en = { sourceLang: 'es', targetLang: 'en' } as const
const en2es = { sourceLang: 'en', targetLang: 'es' } as const

describe('numbers: equivalent forms pass (es -> en)', () => {
  const same: [string, string][] = [
    ['Llegará a más de 4 mil hogares.', 'It will reach more than 4,000 households.'],
    ['Con una inversión de 1 millón de soles.', 'With an investment of 1 million soles.'],
    ['Se destinaron 165 millones de soles.', 'S/ 165 million were allocated.'],
    ['Se entregaron 2,5 millones de dosis.', 'A total of 2.5 million doses were delivered.'],
    ['Se inscribieron 12,500 productores.', 'Some 12,500 producers registered.'],
    [
      'Se inscribieron 12.500 productores y el 3,5 % de ellos recibió apoyo.',
      'Some 12,500 producers registered and 3.5% of them received support.'
    ],
    ['Se inscribieron 12 500 productores.', 'Some 12,500 producers registered.'],
    ['La VII Cumbre Andina se celebró en Cusco.', 'The Seventh Andean Summit was held in Cusco.'],
    ['Organizó el I Encuentro Nacional de Alcaldes.', 'It organized the First National Meeting of Mayors.'],
    ['La feria será del 10 al 11 de noviembre.', 'The fair will run from November 10 to 11.'],
    ['La feria será del 10 al 11 de noviembre.', 'The fair will run on 10-11 November.'],
    ['El plan 2021-2026 se aprobó el 5 de mayo.', 'The 2021-2026 plan was approved on May 5.'],
    ['Treinta y seis distritos recibieron ayuda.', 'Thirty-six districts received aid.'],
    ['Treinta y seis distritos recibieron ayuda.', '36 districts received aid.'],
    ['La pobreza bajó 15 por ciento.', 'Poverty fell 15%.'],
    ['La reunión empezará a las 15:00 horas.', 'The meeting will begin at 3 p.m.'],
    ['Se construyó 1 puente en la región.', 'A bridge was built in the region.'],
    ['Los 2 ministros firmaron el convenio.', 'Both ministers signed the agreement.'],
    ['Casos de COVID-19 en la región.', 'COVID cases in the region.'],
    ['Medio millón de personas votó.', 'Half a million people voted.'],
    ['Medio millón de personas votó.', '500,000 people voted.'],
    ['Unos quinientos millones de personas la padecen.', 'About half a billion people suffer from it.'],
    ['Un cuarto de millón de personas asistió.', 'A quarter of a million people attended.'],
    ['Asistieron 250.000 personas.', 'A quarter of a million people attended.'],
    ['Se invirtieron 750 millones.', 'Three quarters of a billion were invested.'],
    ['El medio ambiente mejoró en 2 regiones.', 'The environment improved in 2 regions.'],
    ['Jugó hasta los cincuenta y un años.', 'He played until he was fifty-one.'],
    ['Vivió un par de millones de años después.', 'It lived a couple of million years later.'],
    ['Pidieron millones por el rescate.', 'They demanded several million euros in ransom.'],
    [
      'La feria, del 8 al 10 de octubre, reunirá a doce países.',
      'Twelve countries will meet at the fair on October 8-10.'
    ]
  ]
  it.each(same)('%s | %s', (source, target) => passes(numbersCheck, { source, target }, es2en))
})

describe('numbers: equivalent forms pass (en -> es)', () => {
  const same: [string, string][] = [
    ['Around 9,000 stalls adopted digital wallets.', 'Unos 9000 puestos adoptaron billeteras digitales.'],
    ['The rate was 21.8% in 2022.', 'La tasa fue del 21,8 % en 2022.'],
    ['A Phase III trial enrolled 1,350 adults.', 'Un ensayo de fase III incluyó a 1350 adultos.'],
    ['It costs 2 billion dollars.', 'Cuesta 2 mil millones de dólares.']
  ]
  it.each(same)('%s | %s', (source, target) => passes(numbersCheck, { source, target }, en2es))
})

describe('numbers: changed values are flagged with both spans', () => {
  it('flags "4 mil" rendered as 40,000 and suggests 4,000', () => {
    const [f] = fails(numbersCheck, { source: 'Más de 4 mil vecinos.', target: 'More than 40,000 residents.' }, es2en)
    expect(f?.messageKey).toBe('changed')
    expect(f?.sourceSpan?.text).toBe('4 mil')
    expect(f?.targetSpan?.text).toBe('40,000')
    expect(f?.suggestion).toBe('4,000')
  })
  it('reads a share of a scale by its value ("a quarter of a million" is not four million)', () => {
    const [f] = fails(
      numbersCheck,
      { source: 'Lo firmaron cuatro millones de habitantes.', target: 'A quarter of a million people signed it.' },
      es2en
    )
    expect(f?.messageKey).toBe('changed')
    expect(f?.targetSpan?.text).toBe('A quarter of a million')
  })
  it('flags a changed year', () => {
    const [f] = fails(
      numbersCheck,
      { source: 'La ley se aprobó en 2020.', target: 'The law was passed in 2010.' },
      es2en
    )
    expect([f?.sourceSpan?.text, f?.targetSpan?.text]).toEqual(['2020', '2010'])
  })
  it('flags a changed Roman ordinal', () => {
    const f = fails(numbersCheck, { source: 'La VII Cumbre Andina.', target: 'The Sixth Andean Summit.' }, es2en)
    expect(f[0]?.messageKey).toBe('changed')
  })
  it('flags a Spanish "billón" rendered as "billion"', () => {
    fails(numbersCheck, { source: 'Una deuda de 2 billones de pesos.', target: 'A debt of 2 billion pesos.' }, es2en)
  })
  it('flags a decimal moved by a misread separator', () => {
    fails(numbersCheck, { source: 'Creció 1,5 % en marzo.', target: 'It grew 15% in March.' }, es2en)
  })
  it('flags a thousands separator read as a decimal point in a text whose decimals take a comma', () => {
    const [f] = fails(
      numbersCheck,
      { source: 'Se vacunó a 12.400 niños.', target: 'A total of 12.4 children were vaccinated.' },
      { ...es2en, context: [{ source: 'La cobertura llegó al 87,5 %.', target: 'Coverage reached 87.5%.' }] }
    )
    expect(f?.sourceSpan?.text).toBe('12.400')
    expect(f?.targetSpan?.text).toBe('12.4')
  })
  it('flags a spelled-out number changed into another', () => {
    const [f] = fails(
      numbersCheck,
      { source: 'Las brigadas recorrieron nueve provincias.', target: 'The brigades toured four provinces.' },
      es2en
    )
    expect(f?.sourceSpan?.text).toBe('nueve')
    expect(f?.targetSpan?.text).toBe('four')
  })
  it('flags an amount changed in a translated sentence', () => {
    fails(
      numbersCheck,
      { source: 'Se invirtieron 27,3 millones de soles.', target: 'An amount of 72.3 million soles was invested.' },
      es2en
    )
  })
})

describe('numbers: a source sentence copied into the translation is the untranslated check’s', () => {
  it('does not report its amounts one by one', () => {
    passes(
      numbersCheck,
      {
        source: 'La obra avanza. La inversión asciende a 27,3 millones de soles.',
        target: 'The work is progressing. La inversión asciende a 27,3 millones de soles.'
      },
      es2en
    )
  })
})

describe('numbers: missing and extra numbers', () => {
  it('flags a missing number on the source side', () => {
    const [f] = fails(
      numbersCheck,
      { source: 'Se atendió a 350 familias en 12 distritos.', target: 'Families were assisted in 12 districts.' },
      es2en
    )
    expect(f?.messageKey).toBe('missing')
    expect(f?.side).toBe('source')
    expect(f?.sourceSpan?.text).toBe('350')
  })
  it('groups three or more missing numbers into one finding', () => {
    const f = fails(
      numbersCheck,
      {
        source: 'El índice fue 1,2 en Lima, 3,4 en Piura, 5,6 en Tacna y 7,8 en Puno.',
        target: 'The index was highest in the south.'
      },
      es2en
    )
    expect(f).toHaveLength(1)
    expect(f[0]?.messageKey).toBe('missingMany')
    expect(f[0]?.params['count']).toBe(4)
  })
  it('flags an extra number in the translation as minor', () => {
    const [f] = fails(
      numbersCheck,
      { source: 'Se vacunó a los niños.', target: 'The 500 children were vaccinated.' },
      es2en
    )
    expect(f?.messageKey).toBe('extra')
    expect(f?.severity).toBe('minor')
  })
  it('does not report a value of the source that the translation repeats', () => {
    passes(
      numbersCheck,
      {
        source: 'Se capacitó a 12 enfermeras y a la misma cantidad de médicos.',
        target: '12 nurses and 12 doctors were trained.'
      },
      es2en
    )
  })
  it('still reports the source value that a repeat stands in for', () => {
    const [f] = fails(
      numbersCheck,
      { source: 'Se capacitó a 12 enfermeras y 15 médicos.', target: '12 nurses and 12 doctors were trained.' },
      es2en
    )
    expect(f?.sourceSpan?.text).toBe('15')
  })
  it('reports a missing year with low severity', () => {
    const [f] = fails(
      numbersCheck,
      { source: 'La meta se cumplió en 2022.', target: 'The goal was met this year.' },
      es2en
    )
    expect(f?.severity).toBe('minor')
  })
  it('does not report a number written as a word on one side only, when unmatched', () => {
    passes(numbersCheck, { source: 'Los dos países firmaron.', target: 'The countries signed.' }, es2en)
  })
  it('leaves a paragraph with an empty side to the unaligned check', () => {
    passes(numbersCheck, { source: 'Se invirtieron 3 millones.', target: '' }, es2en)
  })
})

describe('numbers: currencies and months', () => {
  it('flags a currency that changed with the same amount', () => {
    const [f] = fails(numbersCheck, { source: 'Costó S/ 20 millones.', target: 'It cost US$ 20 million.' }, es2en)
    expect(f?.messageKey).toBe('currency')
  })
  it('accepts "$" for US dollars', () => {
    passes(numbersCheck, { source: 'Costó US$ 20 millones.', target: 'It cost $20 million.' }, es2en)
  })
  it('flags a month that changed next to a date', () => {
    const [f] = fails(
      numbersCheck,
      { source: 'Se firmó el 31 de diciembre de 2021.', target: 'It was signed on September 31, 2021.' },
      es2en
    )
    expect(f?.messageKey).toBe('month')
  })
  it('flags a month that changed in a date range the translation moved within the sentence', () => {
    const [f] = fails(
      numbersCheck,
      {
        source: 'Del 12 al 14 de agosto se celebrará en Tacna el congreso regional de alcaldes.',
        target: 'The regional congress of mayors will be held in Tacna from October 12 to 14.'
      },
      es2en
    )
    expect(f?.messageKey).toBe('month')
    expect(f?.sourceSpan?.text).toBe('agosto')
    expect(f?.targetSpan?.text).toBe('October')
  })
})
