import { describe, expect, it } from 'vitest'
import { qualifierGaps } from '../../../../../src/core/checks/analyses/qualifier-gaps'
import { omissionCheck } from '../../../../../src/core/checks/rules/omission'
import { additionCheck } from '../../../../../src/core/checks/rules/addition'
import type { Lang } from '../../../../../src/core/domain/language'
import { tokenize } from '../../../../../src/core/text/tokenize'
import { loadLexicon } from '../../../../../src/backend/services/lexicon'
import { fails, passes } from '../helpers'

const side = (text: string, lang: Lang) => ({ text, tokens: tokenize(text), lang })
const gaps = (es: string, en: string) => qualifierGaps(side(es, 'es'), side(en, 'en'))
const texts = (r: { text: string }[]): string[] => r.map((x) => x.text)

describe('qualifier gaps: a qualifier one side does not render', () => {
  it('finds a restriction dropped from the translation', () => {
    const g = gaps(
      'Las becas se otorgarán exclusivamente a estudiantes de zonas rurales.',
      'The grants will be awarded to students from rural areas.'
    )
    expect(texts(g.omitted)).toEqual(['exclusivamente'])
    expect(g.added).toEqual([])
  })
  it('finds a cost qualifier dropped, and one added', () => {
    expect(
      texts(
        gaps('La vacunación es gratuita en los centros de salud.', 'Vaccination is offered at health centers.').omitted
      )
    ).toEqual(['gratuita'])
    expect(
      texts(
        gaps('Los talleres se dictarán en cada distrito.', 'The free workshops will be held in each district.').added
      )
    ).toEqual(['free'])
  })
  it('finds "more than" before a number dropped, without the number in its span', () => {
    const g = gaps('Se repararon más de 40 puentes en la sierra.', 'Forty bridges were repaired in the highlands.')
    expect(texts(g.omitted)).toEqual(['más de'])
  })
  it('finds an added payment frequency and an added channel', () => {
    expect(
      texts(gaps('El bono se abona por transferencia.', 'The bonus is paid monthly by bank transfer.').added)
    ).toEqual(['monthly'])
    expect(
      texts(
        gaps(
          'Las consultas se atienden en línea de lunes a viernes.',
          'Questions are answered online or by phone from Monday to Friday.'
        ).added
      )
    ).toEqual(['by phone'])
  })
  it('finds an email channel added or dropped, and reads "correo" / "email" as rendering it', () => {
    expect(
      texts(
        gaps('Las solicitudes se reciben en la oficina 204.', 'Applications are received at office 204 and by email.')
          .added
      )
    ).toEqual(['by email'])
    expect(
      texts(gaps('Los informes se enviarán por correo electrónico.', 'The reports will be sent to the mayors.').omitted)
    ).toEqual(['por correo electrónico'])
    expect(gaps('Los informes se enviarán por correo electrónico.', 'The reports will be emailed.')).toEqual({
      omitted: [],
      added: []
    })
  })
  it('reads a qualifier the other side renders by a looser word as rendered', () => {
    expect(gaps('El acceso es únicamente para socios.', 'Access is only for members.')).toEqual({
      omitted: [],
      added: []
    })
    expect(gaps('Los pagos son anuales.', 'Payments are made once a year.')).toEqual({ omitted: [], added: [] })
    expect(gaps('El curso es gratuito.', 'The course is free of charge.')).toEqual({ omitted: [], added: [] })
    expect(gaps('Llegaron más de 300 voluntarios.', 'Over 300 volunteers arrived.')).toEqual({ omitted: [], added: [] })
  })
  it('reads a number with a plus sign as "more than" or "at least", and a bare number as neither', () => {
    const none = { omitted: [], added: [] }
    expect(gaps('El informe tiene más de 200 páginas.', 'The 200+-page report was published.')).toEqual(none)
    expect(gaps('Se esperan al menos 50 expositores.', 'Expect 50+ exhibitors.')).toEqual(none)
    expect(gaps('Participan 1.500+ voluntarios.', 'More than 1,500 volunteers take part.')).toEqual(none)
    expect(texts(gaps('El informe tiene más de 200 páginas.', 'The 200-page report was published.').omitted)).toEqual([
      'más de'
    ])
    expect(texts(gaps('Se esperan 3 + 2 expositores.', 'At least 5 exhibitors are expected.').added)).toEqual([
      'At least'
    ])
  })
  it('leaves comparisons and phrases that only look like qualifiers alone', () => {
    // "more than" after a figure compares; "más de" without a number is not a bound.
    expect(gaps('Las ventas subieron un 4 % frente a 2023.', 'Sales rose 4% more than in 2023.').added).toEqual([])
    expect(gaps('Es más de lo que esperábamos.', 'It is beyond what we expected.').omitted).toEqual([])
    // "en línea con" is "in line with", not "online".
    expect(gaps('La medida está en línea con la ley.', 'The measure is consistent with the law.').omitted).toEqual([])
    // A qualifier inside a capitalized name goes with the name.
    expect(
      gaps('El programa Comedor Gratuito abrió ayer.', 'The Community Kitchen program opened yesterday.').omitted
    ).toEqual([])
  })
  it('works from English into Spanish too', () => {
    const g = qualifierGaps(
      side('Registration is mandatory for all exhibitors.', 'en'),
      side('La inscripción es para todos los expositores.', 'es')
    )
    expect(texts(g.omitted)).toEqual(['mandatory'])
  })
})

describe('qualifier gaps: reported by omission and addition, one finding each', () => {
  // The checks report a qualifier only where the texts anchor (numbers, names, cognates) and the
  // other side is a close translation, which the lexicon tells.
  const es2en = { sourceLang: 'es', targetLang: 'en', lexicon: loadLexicon() } as const
  it('omission reports the dropped qualifier on the source', () => {
    const found = fails(
      omissionCheck,
      {
        source:
          'El subsidio de 300 soles se entregará únicamente a familias de Huancané con niños menores de cinco años.',
        target: 'The 300-sol subsidy will be given to families in Huancané with children under five.'
      },
      es2en
    )
    expect(found.map((f) => [f.side, f.sourceSpan?.text, f.messageKey])).toEqual([
      ['source', 'únicamente', 'qualifierOmitted']
    ])
  })
  it('addition reports the added qualifier on the target', () => {
    const found = fails(
      additionCheck,
      {
        source: 'Los pacientes de Pachacámac pueden recibir atención médica en el hospital desde el 2 de junio.',
        target: 'Patients from Pachacámac can receive medical care in person at the hospital from June 2.'
      },
      es2en
    )
    expect(found.map((f) => [f.side, f.targetSpan?.text, f.messageKey])).toEqual([
      ['target', 'in person', 'qualifierAdded']
    ])
  })
  it('a free rendering that leaves many words unaccounted for raises nothing', () => {
    passes(
      omissionCheck,
      {
        source:
          'El subsidio de 300 soles se entregará únicamente a familias de Huancané con niños menores de cinco años.',
        target:
          'In Huancané, households raising toddlers get 300 soles, officials said on Tuesday in a crowded briefing.'
      },
      es2en
    )
  })
  it('a faithful rendering raises nothing', () => {
    passes(
      omissionCheck,
      {
        source: 'La atención en Huancané es presencial y gratuita, al menos 3 días por semana, en 12 centros.',
        target: 'Service in Huancané is free and in person, at least 3 days a week, in 12 centers.'
      },
      es2en
    )
    passes(
      additionCheck,
      {
        source: 'La atención en Huancané es presencial y gratuita, al menos 3 días por semana, en 12 centros.',
        target: 'Service in Huancané is free and in person, at least 3 days a week, in 12 centers.'
      },
      es2en
    )
  })
})
