import { beforeAll, describe, expect, it } from 'vitest'
import { loadSpeller } from '../../../../../src/backend/services/spell'
import { namesCheck } from '../../../../../src/core/checks/rules/names'
import type { PairInput } from '../../../../../src/core/checks/engine/context'
import type { SpellService } from '../../../../../src/core/text/speller'
import { loadLexicon } from '../../../../../src/backend/services/lexicon'
import { fails, findingsFor, passes } from '../helpers'

// The check tells names from words with the real dictionaries: a fake one would decide for it.
let spell: SpellService
beforeAll(async () => {
  spell = (await loadSpeller()) as SpellService
}, 60_000)

/** Another paragraph of the same release that names `name` on both sides. */
const alsoNamed = (name: string): PairInput => ({
  source: `La delegación visitó ${name} la semana pasada.`,
  target: `The delegation visited ${name} last week.`
})

describe('names: must flag', () => {
  it('a place replaced by another (one finding, both spans)', () => {
    const [f, ...rest] = fails(
      namesCheck,
      {
        source: 'El hospital de Chachapoyas atenderá a 12 distritos.',
        target: 'The Moquegua hospital will serve 12 districts.'
      },
      { spell }
    )
    expect(rest).toEqual([])
    expect(f?.messageKey).toBe('swapped')
    expect([f?.sourceSpan?.text, f?.targetSpan?.text]).toEqual(['Chachapoyas', 'Moquegua'])
    expect(f?.severity).toBe('major')
  })
  it('one word of a person’s full name changed', () => {
    const [f] = fails(
      namesCheck,
      {
        source: 'La alcaldesa Marta Beatriz Ccori Huamán inauguró la obra.',
        target: 'Mayor Marta Isabel Ccori Huamán opened the facility.'
      },
      { spell }
    )
    expect([f?.sourceSpan?.text, f?.targetSpan?.text]).toEqual(['Beatriz', 'Isabel'])
  })
  it('a surname a dictionary knows replaced by one no dictionary knows', () => {
    const found = fails(
      namesCheck,
      {
        source: 'El gerente, Carlos Alberto Ramos Alvarado, presentó el balance anual.',
        target: 'The manager, Carlos Alberto Ramos Quillahuamán, presented the annual report.'
      },
      { spell }
    )
    expect(found.map((f) => [f.messageKey, f.sourceSpan?.text, f.targetSpan?.text])).toEqual([
      ['swapped', 'Alvarado', 'Quillahuamán']
    ])
  })
  it('a place the release names elsewhere, put in the place of a city of the source', () => {
    const [f] = fails(
      namesCheck,
      {
        source: 'La feria se realizará en Arequipa durante tres días.',
        target: 'The fair will take place in Sullana over three days.'
      },
      { spell, context: [alsoNamed('Sullana')] }
    )
    expect([f?.sourceSpan?.text, f?.targetSpan?.text]).toEqual(['Arequipa', 'Sullana'])
  })
  it('an acronym in brackets dropped, as an omission', () => {
    const [f] = fails(
      namesCheck,
      {
        source: 'El Instituto Nacional de Defensa Civil (Indeci) activó sus brigadas.',
        target: 'The National Civil Defense Institute activated its brigades.'
      },
      { spell }
    )
    expect(f?.messageKey).toBe('missing')
    expect(f?.category).toBe('accuracy/omission')
    expect(f?.sourceSpan?.text).toBe('Indeci')
  })
  it('a name the release copies elsewhere, added here', () => {
    const [f] = fails(
      namesCheck,
      {
        source: 'Los productores recibirán semillas certificadas.',
        target: 'Producers in Ayabaca will receive certified seed.'
      },
      { spell, context: [alsoNamed('Ayabaca')] }
    )
    expect(f?.messageKey).toBe('added')
    expect(f?.category).toBe('accuracy/addition')
    expect(f?.targetSpan?.text).toBe('Ayabaca')
  })
})

describe('names: proper nouns the dictionaries list or that look like compounds', () => {
  const lexicon = loadLexicon()
  it('a city the dictionaries know put in the place of another (must flag)', () => {
    const [f, ...rest] = fails(
      namesCheck,
      {
        source: 'La feria regional se realizará en Arequipa el próximo lunes.',
        target: 'The regional fair will be held in Trujillo next Monday.'
      },
      { spell, lexicon }
    )
    expect(rest).toEqual([])
    expect([f?.messageKey, f?.sourceSpan?.text, f?.targetSpan?.text]).toEqual(['swapped', 'Arequipa', 'Trujillo'])
  })
  it('the last item of a list of places swapped (must flag)', () => {
    const [f] = fails(
      namesCheck,
      {
        source: 'Los talleres se dictarán en Cusco, Puno y Ayacucho durante marzo.',
        target: 'The workshops will be held in Cusco, Puno and Huancayo during March.'
      },
      { spell, lexicon }
    )
    expect([f?.sourceSpan?.text, f?.targetSpan?.text]).toEqual(['Ayacucho', 'Huancayo'])
  })
  it('a place whose name is a Spanish common word too, put in the place of another (must flag)', () => {
    const [f] = fails(
      namesCheck,
      {
        source: 'La alcaldesa inauguró el centro de salud de Victoria, en la provincia de Huaura, con 40 camas.',
        target: 'The mayor opened the health center in Esperanza, in the province of Huaura, with 40 beds.'
      },
      { spell, lexicon }
    )
    expect([f?.messageKey, f?.sourceSpan?.text, f?.targetSpan?.text]).toEqual(['swapped', 'Victoria', 'Esperanza'])
  })
  it('a name that is a common word too, rendered as that word (must not flag)', () => {
    passes(
      namesCheck,
      {
        source: 'El albergue La Esperanza, en Huaura, recibió a 40 familias.',
        target: 'The Hope shelter in Huaura took in 40 families.'
      },
      { spell, lexicon }
    )
  })
  it('countries and their demonyms, which the lexicon translates (must not flag)', () => {
    passes(
      namesCheck,
      {
        source: 'La delegación de Alemania firmó el acuerdo con Suecia en marzo.',
        target: 'The German delegation signed the agreement with Sweden in March.'
      },
      { spell, lexicon }
    )
  })
  it('a transliteration that keeps the consonants (must not flag)', () => {
    passes(
      namesCheck,
      { source: 'El ministro criticó al Hizbulá ayer.', target: 'The minister criticized Hezbollah yesterday.' },
      { spell, lexicon }
    )
  })
  it('one word of a longer name rendered by another (must not flag)', () => {
    passes(
      namesCheck,
      {
        source: 'Eligieron el óleo de Leonardo por su estilo sereno.',
        target: 'Da Vinci’s painting was chosen for its calm style.'
      },
      { spell, lexicon }
    )
  })
  it('a continent put in the place of another, though the lexicon translates both (must flag)', () => {
    const [f, ...rest] = fails(
      namesCheck,
      {
        source: 'Los estudiantes que viven en Oceanía podrán postular en línea.',
        target: 'Students living in Africa will be able to apply online.'
      },
      { spell, lexicon }
    )
    expect(rest).toEqual([])
    expect([f?.messageKey, f?.sourceSpan?.text, f?.targetSpan?.text]).toEqual(['swapped', 'Oceanía', 'Africa'])
  })
  it('a place whose name is a rare Spanish word put in the place of another (must flag)', () => {
    const [f] = fails(
      namesCheck,
      {
        source: 'Se construirán ocho reservorios en la provincia de Huarmey.',
        target: 'Eight reservoirs will be built in the province of Espinar.'
      },
      { spell, lexicon }
    )
    expect([f?.sourceSpan?.text, f?.targetSpan?.text]).toEqual(['Huarmey', 'Espinar'])
  })
  it('a capitalized common word the lexicon lacks, rendered freely (must not flag)', () => {
    passes(
      namesCheck,
      {
        source: 'La Subprefectura de Huarmey atenderá los reclamos.',
        target: 'The Huarmey district office will handle complaints.'
      },
      { spell, lexicon }
    )
  })
  it('two holidays where one is a compound common word: which renders which is unclear (must not flag)', () => {
    passes(
      namesCheck,
      {
        source: 'Los hoteles ofrecen tarifas especiales para la Nochebuena y la Nochevieja en la sierra.',
        target: 'Hotels offer special rates for Christmas and New Year’s Eve in the highlands.'
      },
      { spell, lexicon }
    )
  })
  it('a named document rendered as another kind of document: one finding, both heads (must flag)', () => {
    const found = fails(
      namesCheck,
      {
        source: 'El Programa Regional de Huertos Escolares llegará a 80 colegios.',
        target: 'The Regional School Gardens Policy will reach 80 schools.'
      },
      { spell, lexicon }
    )
    expect(found.map((f) => [f.messageKey, f.sourceSpan?.text, f.targetSpan?.text])).toEqual([
      ['kindSwapped', 'Programa', 'Policy']
    ])
  })
  it('the same rendering of a name in several segments (must not flag)', () => {
    const pair = {
      source: 'Miles de visitantes llegaron al festival Tinkuyllay de este año.',
      target: 'Thousands of visitors came to this year’s Wayrapampa festival.'
    }
    passes(namesCheck, pair, { spell, lexicon, context: [pair] })
  })
})

describe('names: whole names of several words', () => {
  const lexicon = loadLexicon()
  const swap = (source: string, target: string): [string | undefined, string | undefined][] =>
    fails(namesCheck, { source, target }, { spell, lexicon }).map((f) => [f.sourceSpan?.text, f.targetSpan?.text])
  it("a person's whole name replaced by another's (must flag, one finding)", () => {
    expect(
      swap(
        'El gerente regional, Teodoro Balcázar Ñaupari, presentó el informe anual.',
        'The regional manager, Francisco Montoya Lozada, presented the annual report.'
      )
    ).toEqual([['Teodoro Balcázar Ñaupari', 'Francisco Montoya Lozada']])
  })
  it('a city of two words replaced by a city of one (must flag)', () => {
    expect(
      swap(
        'La comitiva partirá hacia Buenos Aires el martes por la mañana.',
        'The delegation will leave for Montevideo on Tuesday morning.'
      )
    ).toEqual([['Buenos Aires', 'Montevideo']])
  })
  it('a country after a title replaced by another (must flag)', () => {
    expect(
      swap(
        'La ministra recibió al embajador de Suecia en la cancillería.',
        'The minister received the Ambassador of Norway at the foreign ministry.'
      )
    ).toEqual([['Suecia', 'Norway']])
  })
  it('a place rendered by a name that has its root (must not flag), one that only begins alike (must flag)', () => {
    passes(
      namesCheck,
      {
        source: 'Los aficionados de Mönchengladbach celebraron en la plaza.',
        target: 'The Gladbach fans celebrated in the square.'
      },
      { spell, lexicon }
    )
    expect(
      swap(
        'La brigada llegó a Villarrica con medicinas para la población.',
        'The brigade reached Villavicencio with medicines for the population.'
      )
    ).toEqual([['Villarrica', 'Villavicencio']])
  })
  it('a given name changed before the same surname, even one that is a common word (must flag)', () => {
    expect(
      swap('La alcaldesa Rosario Castañeda inauguró el puente.', 'Mayor Gabriela Castañeda opened the bridge.')
    ).toEqual([['Rosario', 'Gabriela']])
  })
  it("a monarch's given name in the other language, or a title before the surname (must not flag)", () => {
    passes(
      namesCheck,
      { source: 'La muestra recuerda al rey Guillermo Orange.', target: 'The exhibition recalls King William Orange.' },
      { spell, lexicon }
    )
    passes(
      namesCheck,
      { source: 'Lo anunció el Presidente Salas en Lima.', target: 'Chancellor Salas announced it in Lima.' },
      { spell, lexicon }
    )
  })
  it('a country named by a designation on the other side (must not flag)', () => {
    passes(
      namesCheck,
      {
        source: 'Además de Eslovaquia, otros doce países adoptaron la vacuna.',
        target: 'Besides the Slovak Republic, twelve other countries adopted the vaccine.'
      },
      { spell, lexicon }
    )
  })
  it('a place inside a longer name rendered by another name (must not flag)', () => {
    passes(
      namesCheck,
      {
        source: 'Los vecinos de la Sierra de Gredos organizaron la marcha.',
        target: 'The people of Ávila organised the march.'
      },
      { spell, lexicon }
    )
  })
})

describe('names: lists of names', () => {
  it('a place dropped from a list whose other items the translation keeps (must flag)', () => {
    const found = fails(
      namesCheck,
      {
        source: 'Las brigadas llegaron a Yauli, Huayucachi, Pucará y Chongos Bajo el lunes.',
        target: 'The brigades reached Yauli, Huayucachi and Pucará on Monday.'
      },
      { spell }
    )
    expect(found.map((f) => [f.messageKey, f.category, f.sourceSpan?.text])).toEqual([
      ['missing', 'accuracy/omission', 'Chongos Bajo']
    ])
  })
  it('a place added to a list, in either direction (must flag)', () => {
    const [f] = fails(
      namesCheck,
      {
        source: 'The grants reach Pichanaqui, Perené and Satipo this year.',
        target: 'Las becas llegan a Pichanaqui, Perené, Satipo y Mazamari este año.'
      },
      { spell, sourceLang: 'en', targetLang: 'es' }
    )
    expect([f?.messageKey, f?.category, f?.targetSpan?.text]).toEqual(['added', 'accuracy/addition', 'Mazamari'])
  })
  it('a list whose item is written another way, the count kept: no omission or addition', () => {
    const found = findingsFor(
      namesCheck,
      {
        source: 'Hubo cortes en Járkov, Zaporiyia y Jersón.',
        target: 'There were outages in Kharkiv, Zaporizhzhia and Kherson.'
      },
      { spell }
    )
    expect(found.filter((f) => f.messageKey === 'missing' || f.messageKey === 'added')).toEqual([])
  })
  it('a list the translation shortens by summarizing, with another item gone too (must not flag)', () => {
    passes(
      namesCheck,
      {
        source: 'Participaron Huayucachi, Pucará, Chongos Bajo y Yauli.',
        target: 'Huayucachi and other districts took part.'
      },
      { spell }
    )
  })
})

describe('names: must not flag', () => {
  it('names copied as they are, with accents or a possessive', () => {
    passes(
      namesCheck,
      {
        source: 'El gobernador de Huánuco, Julio Quispe Mamani, visitó Tingo María.',
        target: 'Huanuco’s governor, Julio Quispe Mamani, visited Tingo Maria.'
      },
      { spell }
    )
  })
  it('exonyms and translated generic parts of a name', () => {
    passes(
      namesCheck,
      {
        source: 'La ministra viajó a Londres y a Ginebra con la Región Cusco.',
        target: 'The minister travelled to London and Geneva with the Cusco Region.'
      },
      { spell }
    )
  })
  it('a name spelled two ways (a transliteration is not a different person)', () => {
    passes(namesCheck, { source: 'Se reunió con Volodímir Zelenski.', target: 'He met Volodymyr Zelensky.' }, { spell })
  })
  it('capitalized common words and derivations the dictionary lacks', () => {
    passes(
      namesCheck,
      {
        source: 'El Programa de Empleabilidad Juvenil atiende el subsector agrario.',
        target: 'The Youth Employability Programme serves the agricultural Subsector.'
      },
      { spell }
    )
  })
  it('a passing name a translation drops, when the project never shows it copied', () => {
    passes(
      namesCheck,
      {
        source: 'Vecinos de Pomabamba y otras localidades participaron.',
        target: 'Residents of several towns took part.'
      },
      { spell }
    )
  })
  it('nothing without dictionaries', () => {
    expect(findingsFor(namesCheck, { source: 'Visitó Chachapoyas.', target: 'She visited Tumbes.' }, {})).toEqual([])
  })
})
