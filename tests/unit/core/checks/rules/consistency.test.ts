import { describe, expect, it } from 'vitest'
import { consistencyCheck } from '../../../../../src/core/checks/rules/consistency'
import { contextFor, documentFromPairs, type PairInput } from '../../../../../src/core/checks/engine/context'
import { runChecks } from '../../../../../src/core/checks/engine/runner'
import { fails, findingsFor, passes } from '../helpers'

const MIGRATION: PairInput[] = [
  {
    source: 'La Superintendencia Nacional de Migraciones emitió 3000 pasaportes en Tacna.',
    target: 'The National Superintendency of Migration issued 3,000 passports in Tacna.'
  },
  {
    source: 'Según la Superintendencia Nacional de Migraciones, el flujo aumentó en verano.',
    target: 'According to the National Superintendency of Migration, the flow rose in summer.'
  },
  { source: 'El alcalde inauguró el nuevo puente peatonal.', target: 'The mayor opened the new footbridge.' },
  {
    source: 'La feria agraria reunió a cien productores.',
    target: 'The agrarian fair brought together a hundred producers.'
  }
]

describe('consistency: must flag', () => {
  it('the minority rendering of a name used elsewhere in the document, with the usual one as suggestion', () => {
    const [f, ...rest] = fails(
      consistencyCheck,
      {
        source: 'La Superintendencia Nacional de Migraciones atenderá también los domingos.',
        target: 'The National Office of Migration will also open on Sundays.'
      },
      { context: MIGRATION }
    )
    expect(rest).toEqual([])
    expect(f?.messageKey).toBe('inconsistent')
    expect(f?.severity).toBe('major')
    expect(f?.sourceSpan?.text).toBe('Superintendencia Nacional de Migraciones')
    expect(f?.targetSpan?.text).toBe('National Office of Migration')
    expect(f?.suggestion).toBe('National Superintendency of Migration')
    expect(f?.params).toMatchObject({ count: 2 })
  })

  it('across documents of the project', () => {
    const earlier = documentFromPairs('earlier', MIGRATION)
    const later = documentFromPairs('later', [
      {
        source: 'La Superintendencia Nacional de Migraciones abrió una sede en Puno.',
        target: 'The Migration Agency of Peru opened an office in Puno.'
      },
      {
        source: 'El jefe de la Superintendencia Nacional de Migraciones visitó la frontera.',
        target: 'The head of the National Migration Authority visited the border.'
      }
    ])
    const project = [earlier, later]
    const { findings } = runChecks([consistencyCheck], contextFor(later, [], project))
    // "The Migration Agency of Peru" shares too little with the usual rendering to be placed
    // reliably; the other one is reported. The earlier document stays clean.
    expect(findings.map((f) => [f.documentId, f.segment, f.targetSpan?.text])).toEqual([
      ['later', 1, 'National Migration Authority']
    ])
    expect(runChecks([consistencyCheck], contextFor(earlier, [], project)).findings).toEqual([])
  })

  it('a lowercase occurrence of a name rendered with a different word', () => {
    const context: PairInput[] = [
      { source: 'El Consejo de Salud Rural sesionó ayer.', target: 'The Rural Health Council met yesterday.' },
      { source: 'Lo anunció el consejo de salud rural.', target: 'The rural health council announced it.' },
      { source: 'Se reunieron con el Consejo de Salud Rural.', target: 'They met the Rural Health Council.' }
    ]
    const [f] = fails(
      consistencyCheck,
      {
        source: 'Asistió el presidente del consejo de salud rural.',
        target: 'The chair of the rural health board attended.'
      },
      { context }
    )
    expect(f?.targetSpan?.text).toBe('rural health board')
    expect(f?.severity).toBe('minor')
  })

  it('on a tie, the later rendering (the first one sets the convention)', () => {
    const context: PairInput[] = [
      {
        source: 'Se inauguró el III Foro Nacional de Ciudades Sostenibles.',
        target: 'The III National Forum of Sustainable Cities was opened.'
      }
    ]
    const [f] = fails(
      consistencyCheck,
      {
        source: 'Clausuró el III Foro Nacional de Ciudades Sostenibles.',
        target: 'He closed the Third National Forum on Sustainable Cities.'
      },
      { context }
    )
    expect(f?.targetSpan?.text).toBe('Third National Forum on Sustainable Cities')
    expect(findingsFor(consistencyCheck, context[0] as PairInput, { context: [] })).toEqual([])
  })

  it('the same capitalized source word written with and without a capital in the translation', () => {
    const [f] = fails(
      consistencyCheck,
      {
        source: 'Los bienes del Estado y las deudas del Estado se revisarán.',
        target: 'The assets of the State and the debts of the state will be reviewed.'
      },
      {}
    )
    expect(f?.messageKey).toBe('capitalization')
    expect(f?.targetSpan?.text).toBe('state')
    expect(f?.category).toBe('linguistic-conventions/spelling')
  })

  it('one numbered event named two ways in the source', () => {
    const context: PairInput[] = [
      {
        source: 'Lima acoge el XII Congreso Nacional de Gobiernos Locales.',
        target: 'Lima hosts the XII National Congress of Local Governments.'
      },
      {
        source: 'El XII Congreso Nacional de Gobiernos Locales reunió a 400 alcaldes.',
        target: 'The XII National Congress of Local Governments gathered 400 mayors.'
      }
    ]
    const [f] = fails(
      consistencyCheck,
      {
        source: 'Culminó el XII Congreso Nacional sobre Municipalidades Rurales.',
        target: 'The XII National Congress on Rural Municipalities ended.'
      },
      { context }
    )
    expect(f?.messageKey).toBe('sourceVariant')
    expect(f?.side).toBe('source')
    expect(f?.category).toBe('source/error')
  })

  it('two different source names given one translation, at low severity', () => {
    const institute = {
      source: 'El Instituto Nacional de Defensa Civil coordinó la ayuda.',
      target: 'The National Institute of Civil Defense coordinated the aid.'
    }
    const context: PairInput[] = [institute, institute, institute]
    const other = {
      source: 'El Instituto Nacional de Protección Civil evaluó los daños.',
      target: 'The National Institute of Civil Defense assessed the damage.'
    }
    const [f] = fails(consistencyCheck, other, { context: [...context, other] })
    expect(f?.messageKey).toBe('sharedRendering')
    expect(f?.severity).toBe('minor')
  })
})

describe('consistency: English source', () => {
  it('flags the minority Spanish rendering of an English name', () => {
    const context: PairInput[] = [
      {
        source: 'The National Water Authority declared an emergency in Piura.',
        target: 'La Autoridad Nacional del Agua declaró la emergencia en Piura.'
      },
      {
        source: 'According to the National Water Authority, the river rose two meters.',
        target: 'Según la Autoridad Nacional del Agua, el río subió dos metros.'
      }
    ]
    const [f] = fails(
      consistencyCheck,
      {
        source: 'The National Water Authority will monitor the dams.',
        target: 'La Agencia Nacional del Agua vigilará las represas.'
      },
      { context, sourceLang: 'en', targetLang: 'es' }
    )
    expect(f?.targetSpan?.text).toBe('Agencia Nacional del Agua')
    expect(f?.suggestion).toBe('Autoridad Nacional del Agua')
  })
})

describe('consistency: must not flag', () => {
  it('the same rendering with articles, plural and case varying', () => {
    passes(
      consistencyCheck,
      {
        source: 'Las oficinas de la Superintendencia Nacional de Migraciones abrirán temprano.',
        target: 'Offices of National Superintendency of Migration will open early.'
      },
      { context: MIGRATION }
    )
  })
  it('a rendering cut shorter or longer at its edges', () => {
    const context: PairInput[] = [
      { source: 'Llegó la Misión de Observación Electoral.', target: 'The Electoral Observation Mission arrived.' },
      {
        source: 'La Misión de Observación Electoral presentó su informe.',
        target: 'The Electoral Observation Mission Team presented its report.'
      }
    ]
    passes(
      consistencyCheck,
      { source: 'Partió la Misión de Observación Electoral.', target: 'The Electoral Observation Mission left.' },
      { context }
    )
  })
  it('the usual rendering with the complement that follows the term in the source worked into it', () => {
    const context: PairInput[] = [
      { source: 'Recibió el Premio Nacional en Lima.', target: 'She received the National Prize in Lima.' },
      { source: 'El Premio Nacional se entrega cada año.', target: 'The National Prize is awarded every year.' },
      { source: 'Recibió el Premio Nacional ayer.', target: 'She received the National Prize yesterday.' }
    ]
    passes(
      consistencyCheck,
      { source: 'Ganó el Premio Nacional de cultura en 2020.', target: 'She won the National Culture Prize in 2020.' },
      { context }
    )
    // Without a complement in the source, a word worked in is a different rendering.
    const [f] = fails(
      consistencyCheck,
      { source: 'Ganó el Premio Nacional en 2020.', target: 'She won the National Culture Prize in 2020.' },
      { context }
    )
    expect(f?.messageKey).toBe('inconsistent')
  })
  it('a name that occurs once', () => {
    passes(consistencyCheck, {
      source: 'La Autoridad Nacional del Agua declaró la emergencia hídrica.',
      target: 'The National Water Authority declared a water emergency.'
    })
  })
  it('the person (secretaria) and the office (Secretaría) rendered differently', () => {
    const context: PairInput[] = [
      {
        source: 'La Secretaría de Integridad Pública publicó la guía.',
        target: 'The Secretariat of Public Integrity published the guide.'
      },
      {
        source: 'Según la Secretaría de Integridad Pública, hubo avances.',
        target: 'According to the Secretariat of Public Integrity, there was progress.'
      }
    ]
    passes(
      consistencyCheck,
      {
        source: 'La secretaria de Integridad Pública, Rosa Huamán, firmó el convenio.',
        target: 'The Secretary of Public Integrity, Rosa Huamán, signed the agreement.'
      },
      { context }
    )
  })
  it('renderings that differ only where the source differs in case', () => {
    passes(
      consistencyCheck,
      {
        source: 'Se fortalecerá la Cooperación Técnica y la cooperación técnica regional.',
        target: 'Technical Cooperation and regional technical cooperation will be strengthened.'
      },
      {}
    )
  })
  it('the usual rendering right after a word of the name that ends the sentence before it', () => {
    // A lost full stop puts "Mandela" next to the name: it reads as usual all the same.
    const context: PairInput[] = [
      {
        source: 'El líder Nelson Rolihlahla Mandela habló ayer en Pretoria.',
        target: 'The leader Nelson Rolihlahla Mandela spoke yesterday in Pretoria.'
      },
      {
        source: 'La biografía de Nelson Rolihlahla Mandela se publicó.',
        target: 'The biography of Nelson Rolihlahla Mandela was published.'
      },
      {
        source: 'Visitó a Nelson Rolihlahla Mandela en la cárcel.',
        target: 'He visited Nelson Rolihlahla Mandela in prison.'
      }
    ]
    passes(
      consistencyCheck,
      {
        source: 'Homenaje a Mandela hoy. Su nombre completo es Nelson Rolihlahla Mandela y nació en 1918.',
        target: 'Tribute to Mandela Nelson Rolihlahla Mandela was born in 1918.'
      },
      { context }
    )
  })
})

describe('consistency: project cache', () => {
  it('sees a translation edited in place', () => {
    const pairs: PairInput[] = [
      ...MIGRATION,
      { source: (MIGRATION[0] as PairInput).source, target: (MIGRATION[0] as PairInput).target }
    ]
    const doc = documentFromPairs('d', pairs)
    const project = [doc]
    expect(runChecks([consistencyCheck], contextFor(doc, [], project)).findings).toEqual([])
    const last = doc.segments[doc.segments.length - 1] as { target: string }
    last.target = 'The National Office of Migration issued 3,000 passports in Tacna.'
    const [f] = runChecks([consistencyCheck], contextFor(doc, [], project)).findings
    expect(f?.targetSpan?.text).toBe('National Office of Migration')
  })
})

describe('consistency: per-run document arrays', () => {
  it('gives the same findings when each run rebuilds the project array', () => {
    const doc = documentFromPairs('d', [
      ...MIGRATION,
      {
        source: 'La Superintendencia Nacional de Migraciones atenderá también los domingos.',
        target: 'The National Office of Migration will also open on Sundays.'
      }
    ])
    const first = runChecks([consistencyCheck], contextFor(doc, [], [doc])).findings
    const second = runChecks([consistencyCheck], contextFor(doc, [], [doc])).findings
    expect(second).toEqual(first)
    expect(first).toHaveLength(1)
  })
})

describe('consistency: lowercase terms (a noun and a relational adjective)', () => {
  const WATER: PairInput[] = [
    {
      source: 'El servicio hídrico llegará a 40 caseríos de la provincia.',
      target: 'The water service will reach 40 hamlets in the province.'
    },
    {
      source: 'Los usuarios del servicio hídrico pagarán una tarifa social.',
      target: 'Users of the water service will pay a social rate.'
    },
    {
      source: 'La obra demandó una inversión de 12 millones.',
      target: 'The works required an investment of 12 million.'
    }
  ]

  it('flags the minority rendering when the document renders the term one way at least twice', () => {
    const [f, ...rest] = fails(
      consistencyCheck,
      {
        source: 'La municipalidad supervisará el servicio hídrico cada mes.',
        target: 'The municipality will monitor the hydro service every month.'
      },
      { context: WATER }
    )
    expect(rest).toEqual([])
    expect([f?.sourceSpan?.text, f?.targetSpan?.text, f?.severity]).toEqual([
      'servicio hídrico',
      'hydro service',
      'minor'
    ])
    expect(f?.suggestion).toBe('water service')
  })

  it('passes a term that occurs only twice (no convention to depart from)', () => {
    passes(
      consistencyCheck,
      {
        source: 'La municipalidad supervisará el servicio hídrico cada mes.',
        target: 'The municipality will monitor the hydro service every month.'
      },
      { context: WATER.slice(1) }
    )
  })

  it('passes a rendering that changes only a word’s ending', () => {
    passes(
      consistencyCheck,
      {
        source: 'El regulador supervisará al operador clásico cada mes.',
        target: 'The regulator will monitor the classical operator every month.'
      },
      {
        context: [
          {
            source: 'El operador clásico recibirá 40 nuevas antenas.',
            target: 'The classic operator will receive 40 new antennas.'
          },
          {
            source: 'Los clientes del operador clásico pagarán menos.',
            target: 'Customers of the classic operator will pay less.'
          }
        ]
      }
    )
  })

  it('passes occurrences spread over several documents (each text words the term its own way)', () => {
    const [a, b] = [documentFromPairs('a', WATER.slice(0, 1)), documentFromPairs('b', WATER.slice(1))]
    const c = documentFromPairs('c', [
      {
        source: 'La municipalidad supervisará el servicio hídrico cada mes.',
        target: 'The municipality will monitor the hydro service every month.'
      }
    ])
    const { findings } = runChecks([consistencyCheck], contextFor(c, [], [a, b, c]), {
      consistency: { enabled: true }
    })
    expect(findings).toEqual([])
  })
})
