import { beforeAll, describe, expect, it } from 'vitest'
import { entitiesCheck } from '../../../../../src/core/checks/rules/entities'
import type { GlossaryEntry } from '../../../../../src/core/domain/glossary'
import { loadSpeller } from '../../../../../src/backend/services/spell'
import { loadLexicon } from '../../../../../src/backend/services/lexicon'
import type { SpellService } from '../../../../../src/core/text/speller'
import type { BilingualLexicon } from '../../../../../src/core/text/bilingual-lexicon'
import { fails, passes } from '../helpers'

// Whether a surname is a common word too, and what a common word translates to, are the real
// dictionaries' and lexicon's answers.
let spell: SpellService
let lexicon: BilingualLexicon | undefined
beforeAll(async () => {
  spell = await loadSpeller()
  lexicon = loadLexicon()
}, 60_000)

describe('entities: must flag', () => {
  it('a body replaced by another (one mismatch, both spans)', () => {
    const [f, ...rest] = fails(entitiesCheck, {
      source: 'El proyecto es cofinanciado por el BID y el Banco Mundial.',
      target: 'The project is co-financed by the IDB and the IMF.'
    })
    expect(rest).toEqual([])
    expect(f?.messageKey).toBe('mismatch')
    expect(f?.side).toBe('both')
    expect(f?.sourceSpan?.text).toBe('Banco Mundial')
    expect(f?.targetSpan?.text).toBe('IMF')
    expect(f?.severity).toBe('major')
  })
  it('a body named twice in the source where the translation names a different second one', () => {
    const [f] = fails(entitiesCheck, {
      source:
        'La obra cuenta con fondos de la Organización Panamericana de la Salud (OPS) y de la Organización Panamericana de la Salud (OPS).',
      target:
        'The work is funded by the Pan American Health Organization (PAHO) and the United Nations Children’s Fund (UNICEF).'
    })
    expect(f?.messageKey).toBe('mismatch')
    expect(f?.targetSpan?.text).toBe('United Nations Children’s Fund (UNICEF)')
    expect(f?.sourceSpan?.text).toBe('Organización Panamericana de la Salud (OPS)')
  })
  it('English sources too', () => {
    const [f] = fails(
      entitiesCheck,
      { source: 'The IDB and the World Bank signed the loan.', target: 'El BID y el FMI firmaron el préstamo.' },
      { sourceLang: 'en', targetLang: 'es' }
    )
    expect(f?.targetSpan?.text).toBe('FMI')
  })
  it('a known body missing from the translation', () => {
    const [f] = fails(entitiesCheck, {
      source: 'Según la OMS, la cobertura de vacunación superó el 80 %.',
      target: 'According to health experts, vaccination coverage exceeded 80%.'
    })
    expect(f?.messageKey).toBe('missing')
    expect(f?.side).toBe('source')
    expect(f?.sourceSpan?.text).toBe('OMS')
    expect(f?.category).toBe('accuracy/omission')
  })
  it('a known body added by the translation', () => {
    const [f] = fails(entitiesCheck, {
      source: 'La campaña llegó a 20 regiones del país.',
      target: 'The campaign, backed by the European Union (EU), reached 20 regions of the country.'
    })
    expect(f?.messageKey).toBe('added')
    expect(f?.targetSpan?.text).toBe('European Union (EU)')
  })
  it('a known body whose full name the translation replaces with another capitalized name', () => {
    const [f] = fails(entitiesCheck, {
      source: 'Irán debe cumplir con el Consejo de Seguridad de la ONU.',
      target: 'Iran must comply with the International Atomic Energy Agency.'
    })
    expect(f?.targetSpan?.text).toBe('International Atomic Energy Agency')
  })
  it('a glossary acronym pair, like the built-in ones', () => {
    const glossary: GlossaryEntry[] = [{ source: 'MIDIS', target: 'MIDIS', allowed: [], forbidden: [] }]
    fails(
      entitiesCheck,
      { source: 'El MIDIS y la OEA firmaron el acuerdo.', target: 'The OAS and the OAS signed the agreement.' },
      { glossary }
    )
  })
  it('a person’s name spelled differently in the translation', () => {
    const [f] = fails(entitiesCheck, {
      source: 'La ministra Rocío Quispe inauguró el hospital.',
      target: 'Minister Rocío Quispee opened the hospital.'
    })
    expect(f?.messageKey).toBe('nameSpelling')
    expect(f?.targetSpan?.text).toBe('Quispee')
    expect(f?.suggestion).toBe('Quispe')
  })
  it('a name the project keeps elsewhere, dropped here', () => {
    const context = [
      { source: 'Declaró Rocío Quispe, titular del sector.', target: 'Said Rocío Quispe, head of the sector.' }
    ]
    const [f] = fails(
      entitiesCheck,
      { source: 'Lo anunció la ministra Rocío Quispe en Tumbes.', target: 'The minister announced it in Tumbes.' },
      { context }
    )
    expect(f?.messageKey).toBe('nameMissing')
    expect(f?.sourceSpan?.text).toBe('Rocío Quispe')
  })
  it('a name dropped beside an acronym that does not abbreviate it', () => {
    const context = [
      { source: 'Lo publicó el Financial Times ayer.', target: 'The Financial Times published it yesterday.' }
    ]
    const [f] = fails(
      entitiesCheck,
      {
        source: 'Según el Financial Times, el BID aprobó el plan.',
        target: 'According to the IDB, the plan was approved.'
      },
      { context }
    )
    expect(f?.messageKey).toBe('nameMissing')
  })
  it('an umlaut name misspelled beyond writing the umlaut out', () => {
    const [f] = fails(entitiesCheck, {
      source: 'Lo dijo Günther Merl, presidente del Helaba.',
      target: 'Gunthar Merl, chairman of Helaba, said so.'
    })
    expect(f?.messageKey).toBe('nameSpelling')
  })
  it('an acronym that does not abbreviate its expansion, where the source defines its own', () => {
    const [f] = fails(entitiesCheck, {
      source: 'El Seguro Integral de Salud (SIS) amplió la cobertura.',
      target: 'The Comprehensive Health Insurance (HCS) extended coverage.'
    })
    expect(f?.messageKey).toBe('acronymMismatch')
    expect(f?.targetSpan?.text).toBe('HCS')
  })
  it('a surname that is a common word too, misspelled right after the same given name', () => {
    for (const [source, target, was, now] of [
      ['La jueza Rosa Molina leyó la sentencia.', 'Judge Rosa Golina read the ruling.', 'Molina', 'Golina'],
      ['El alcalde Víctor Paredes inauguró el puente.', 'Mayor Víctor Paretes opened the bridge.', 'Paredes', 'Paretes']
    ] as const) {
      const [f, ...rest] = fails(entitiesCheck, { source, target }, { spell, lexicon })
      expect(rest).toEqual([])
      expect([f?.messageKey, f?.sourceSpan?.text, f?.targetSpan?.text]).toEqual(['nameSpelling', was, now])
    }
  })
  it('an acronym the source introduces after a name, left out of the translation', () => {
    for (const [source, target, acronym] of [
      [
        'La Dirección Regional de Transportes (DRT) cerró la vía por lluvias.',
        'The Regional Transport Directorate closed the road because of the rain.',
        'DRT'
      ],
      [
        'Los técnicos del Servicio Nacional de Sanidad Agraria (SENASA) vacunaron el ganado.',
        'Technicians from the National Agrarian Health Service vaccinated the cattle.',
        'SENASA'
      ]
    ] as const) {
      const found = fails(entitiesCheck, { source, target })
      expect(found).toHaveLength(1)
      expect(found[0]?.messageKey).toBe('acronymDropped')
      expect(found[0]?.category).toBe('accuracy/omission')
      expect(found[0]?.sourceSpan?.text).toBe(acronym)
    }
  })
})

describe('entities: must not flag', () => {
  const cases: [string, string, string][] = [
    [
      'Spanish and English acronyms of one body',
      'El BID y la OEA apoyan el plan.',
      'The IDB and the OAS support the plan.'
    ],
    [
      'full name and acronym of one body',
      'La Organización Mundial de la Salud alertó sobre el dengue.',
      'WHO warned about dengue.'
    ],
    [
      'name with its acronym in brackets on both sides',
      'Participó el Programa de las Naciones Unidas para el Desarrollo (PNUD).',
      'The United Nations Development Programme (UNDP) took part.'
    ],
    ['dotted and plain acronyms', 'Viajó a EE. UU. con la ONU.', 'He travelled to the US with the UN.'],
    ['an acronym kept as it is', 'La PCM aprobó el plan.', 'The PCM approved the plan.'],
    [
      'an unknown acronym translated by the translator',
      'El ensayo clínico aleatorizado (ECA) incluyó 200 pacientes.',
      'The randomized clinical trial (RCT) included 200 patients.'
    ],
    [
      'an acronym spelled out in the translation',
      'La PCM publicó la norma.',
      'The Presidency of the Council of Ministers published the rule.'
    ],
    [
      'a repeated mention dropped on purpose',
      'El BID financia la obra; el BID supervisa.',
      'The IDB funds the work; the bank supervises.'
    ],
    ['an acronym leading a compound', 'Atienden a personas con VIH.', 'They serve HIV-positive people.'],
    ['a currency sign, not a country', 'El costo fue de US$ 2 millones.', 'The cost was USD 2 million.'],
    ['Roman numerals', 'Se realizó el IV Foro y la VII Cumbre.', 'The Fourth Forum and the Seventh Summit were held.'],
    ['names compared without accents', 'Habló Aníbal Pérez Huamaní.', 'Anibal Perez Huamani spoke.'],
    [
      'a translated name that looks like a misspelling',
      'Se creó la Agenda Digital Nacional.',
      'The National Digital Agenda was created.'
    ],
    ['all-caps headings', 'RESUMEN: la obra avanzó.', 'SUMMARY: the work advanced.'],
    [
      'a possessive on one side only',
      'Habló en la iglesia Saint Stephen’s Church de la ciudad.',
      "He spoke at Saint Stephen's Church in the city."
    ],
    [
      'German umlauts written out',
      'Lo dijo Günther Merl, presidente del Helaba.',
      'Guenther Merl, chairman of Helaba, said so.'
    ],
    [
      'an introduced acronym the translation writes in its own case',
      'La Dirección Regional de Transportes (DRT) cerró la vía.',
      'The Regional Transport Directorate (Drt) closed the road.'
    ],
    [
      'an introduced acronym whose brackets the translation fills with the name',
      'Lo anunció Pedro Ruiz (CGT).',
      'Pedro Ruiz (General Labour Confederation) announced it.'
    ],
    [
      'an introduced acronym the translation uses without brackets',
      'La Dirección Regional de Transportes (DRT) cerró la vía.',
      'The DRT, the Regional Transport Directorate, closed the road.'
    ],
    [
      'the acronym of a common term, left out',
      'El ensayo clínico aleatorizado (ECA) incluyó 200 pacientes.',
      'The randomized clinical trial included 200 patients.'
    ],
    [
      'a body named in full by a word-for-word variant of its official name',
      'Irán debe cumplir con la Agencia Internacional de Energía Atómica.',
      'Iran must comply with the International Atomic Energy Agency.'
    ]
  ]
  for (const [why, source, target] of cases) it(why, () => passes(entitiesCheck, { source, target }))
  it('a name the translation abbreviates', () => {
    const context = [
      { source: 'Lo publicó el Financial Times ayer.', target: 'The Financial Times published it yesterday.' },
      { source: 'Lo citó el New York Times ayer.', target: 'The New York Times cited it yesterday.' }
    ]
    passes(
      entitiesCheck,
      { source: 'Según el Financial Times, subió.', target: 'According to the FT, it rose.' },
      { context }
    )
    passes(entitiesCheck, { source: 'Lo citó el New York Times hoy.', target: 'The NYT cited it today.' }, { context })
  })
  it('a designation the translations keep once but translate as a rule', () => {
    const context = [
      { source: 'The Arts Council met.', target: 'Se reunió el Arts Council.' },
      { source: 'The Arts Council voted.', target: 'Votó el Consejo de las Artes.' },
      { source: 'A report by the Arts Council came out.', target: 'Salió un informe del Consejo de las Artes.' }
    ]
    passes(
      entitiesCheck,
      { source: 'Funds from the Arts Council grew.', target: 'Crecieron los fondos del Consejo de las Artes.' },
      { context, sourceLang: 'en', targetLang: 'es' }
    )
  })
  it('a kept name written as one word or hyphenated', () => {
    const context = [
      { source: 'Viajó a Baden Baden en mayo.', target: 'He travelled to Baden Baden in May.' },
      { source: 'El hotel de Bangla Desh cerró.', target: 'The hotel in Bangla Desh closed.' }
    ]
    passes(entitiesCheck, { source: 'Volvió a Baden Baden.', target: 'He returned to Baden-Baden.' }, { context })
    passes(entitiesCheck, { source: 'Salió de Bangla Desh.', target: 'He left Bangladesh.' }, { context })
  })
})

describe('entities: common words inside names', () => {
  it('translated or made an adjective, not misspelled (must not flag)', () => {
    for (const [source, target] of [
      ['Desfiló Miss Japón Aiko Mori.', 'Miss Japan Aiko Mori walked.'],
      ['Un delegado de Costa Rica habló después.', 'A Costa Rican delegate spoke next.'],
      ['Estudia en la escuela Eaton Elemental.', 'She studies at Eaton Elementary.']
    ])
      passes(entitiesCheck, { source, target }, { spell, lexicon })
  })
})

describe('entities: names kept as a rule', () => {
  it('a name kept in most places and dropped here is still reported', () => {
    const context = [
      { source: 'Habló Marta Ccori ayer.', target: 'Marta Ccori spoke yesterday.' },
      { source: 'Marta Ccori firmó.', target: 'Marta Ccori signed.' },
      { source: 'Lo dijo Marta Ccori.', target: 'She said so.' }
    ]
    const [f] = fails(
      entitiesCheck,
      { source: 'Lo anunció la jueza Marta Ccori en Piura.', target: 'The judge announced it in Piura.' },
      { context }
    )
    expect(f?.messageKey).toBe('nameMissing')
  })
})
