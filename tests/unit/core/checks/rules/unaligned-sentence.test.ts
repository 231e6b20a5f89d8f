import { describe, expect, it } from 'vitest'
import { unalignedSentenceCheck } from '../../../../../src/core/checks/rules/unaligned-sentence'
import { fails, passes } from '../helpers'

const SOURCE =
  'El Gobierno Regional de Cusco inauguró ayer un nuevo hospital en Sicuani. ' +
  'La obra demandó una inversión de 85 millones de soles y atenderá a más de 120 000 personas. ' +
  'El gobernador anunció que en marzo comenzará la construcción de otros dos centros de salud en la provincia.'

describe('unaligned-sentence', () => {
  it('flags a sentence of the source dropped in the middle of a translated paragraph', () => {
    const [f, ...rest] = fails(unalignedSentenceCheck, {
      source: SOURCE,
      target:
        'The Regional Government of Cusco opened a new hospital in Sicuani yesterday. ' +
        'The governor announced that construction of two more health centers in the province will begin in March.'
    })
    expect(rest).toEqual([])
    expect(f?.messageKey).toBe('omitted')
    expect(f?.severity).toBe('major')
    expect(f?.sourceSpan?.text).toBe(
      'La obra demandó una inversión de 85 millones de soles y atenderá a más de 120 000 personas.'
    )
  })

  it('flags a sentence the aligner is less sure of, between two sentences matched with certainty', () => {
    const [f, ...rest] = fails(unalignedSentenceCheck, {
      source:
        '«El puente beneficiará a 300 familias. Por eso ampliaremos la red de ciclovías en todo el distrito. Es un compromiso del municipio», afirmó el alcalde.',
      target: '“The bridge will benefit 300 families. It is a commitment of the municipality,” said the mayor.'
    })
    expect(rest).toEqual([])
    expect(f?.sourceSpan?.text).toBe('Por eso ampliaremos la red de ciclovías en todo el distrito.')
  })

  it('accepts a sentence rendered at length that takes in its neighbour (nothing dropped on its own)', () => {
    passes(unalignedSentenceCheck, {
      source:
        '«El puente beneficiará a 300 familias. Por eso ampliaremos la red de ciclovías en todo el distrito. Es un compromiso del municipio», afirmó el alcalde.',
      target:
        '“The bridge will benefit 300 families who until now crossed the river on a cable car that neighbours had repaired many times over the last decade with their own money. It is a commitment of the municipality,” said the mayor.'
    })
  })

  it('flags a sentence added to the translation, at minor severity', () => {
    const [f] = fails(unalignedSentenceCheck, {
      source:
        'El ministro visitó la zona afectada por las lluvias. Anunció la entrega de 2000 kits de ayuda humanitaria.',
      target:
        'The minister visited the area affected by the rains. He announced the delivery of 2,000 humanitarian aid kits. ' +
        'The ceremony was broadcast live on national television and radio stations across the country.'
    })
    expect(f?.messageKey).toBe('added')
    expect(f?.severity).toBe('minor')
    expect(f?.category).toBe('accuracy/addition')
  })

  it('accepts two sentences merged into one, and one split into two', () => {
    passes(unalignedSentenceCheck, {
      source: 'El puente tiene 300 metros. Fue construido en 18 meses. Unirá los distritos de Piura y Castilla.',
      target: 'The 300-metre bridge was built in 18 months. It will link the districts of Piura and Castilla.'
    })
    passes(unalignedSentenceCheck, {
      source:
        'La ministra de Educación anunció que 3500 escuelas rurales recibirán internet satelital antes de julio, con una inversión de 40 millones de soles.',
      target:
        'The Minister of Education announced that 3,500 rural schools will receive satellite internet before July. The investment amounts to 40 million soles.'
    })
  })

  it('stays silent on a faithful translation and on very short lone sentences', () => {
    passes(unalignedSentenceCheck, {
      source: SOURCE,
      target:
        'The Regional Government of Cusco opened a new hospital in Sicuani yesterday. ' +
        'The project required an investment of 85 million soles and will serve more than 120,000 people. ' +
        'The governor announced that construction of two more health centers in the province will begin in March.'
    })
    passes(unalignedSentenceCheck, {
      source: 'Lima, 3 de mayo. El ministro visitó la zona afectada por las lluvias y anunció ayuda.',
      target: 'The minister visited the area affected by the rains and announced aid.'
    })
  })

  it('leaves whole missing paragraphs to the paragraph check', () => {
    passes(unalignedSentenceCheck, { source: SOURCE, target: '' })
  })
})
