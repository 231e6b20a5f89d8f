import { describe, expect, it } from 'vitest'
import { omissionCheck } from '../../../../../src/core/checks/rules/omission'
import { fails, passes } from '../helpers'
import { parseBilingualLexicon } from '../../../../../src/core/text/bilingual-lexicon'

const es2en = { sourceLang: 'es', targetLang: 'en' } as const
const en2es = { sourceLang: 'en', targetLang: 'es' } as const

describe('omission: a dropped passage is reported on the source', () => {
  it('flags a final clause left untranslated', () => {
    const [f] = fails(
      omissionCheck,
      {
        source:
          'La Municipalidad de Arequipa inauguró el hospital regional de emergencias, construido con una inversión de 45 millones, y anunció nuevas brigadas itinerantes para comunidades altoandinas durante temporadas de heladas.',
        target:
          'The Municipality of Arequipa inaugurated the regional emergency hospital, built with an investment of 45 million.'
      },
      es2en
    )
    expect(f?.side).toBe('source')
    expect(f?.sourceSpan?.text).toContain('brigadas itinerantes')
  })
  it('flags a dropped middle clause from English into Spanish', () => {
    fails(
      omissionCheck,
      {
        source:
          'The regional government approved the digital strategy, which foresees mandatory cybersecurity audits for every municipal office and quarterly transparency reports, and published the technical guidelines online.',
        target: 'El gobierno regional aprobó la estrategia digital y publicó los lineamientos técnicos en línea.'
      },
      en2es
    )
  })
})

describe('omission: complete translations pass', () => {
  const same: [string, string][] = [
    [
      'La Municipalidad de Arequipa inauguró el hospital regional de emergencias, construido con una inversión de 45 millones.',
      'The Municipality of Arequipa inaugurated the regional emergency hospital, built with an investment of 45 million.'
    ],
    [
      // Reordered: the clause moves to the front, nothing is lost.
      'Los alcaldes firmaron el acuerdo después de tres días de intensas negociaciones con los dirigentes vecinales.',
      'After three days of intense negotiations with neighbourhood leaders, the mayors signed the agreement.'
    ],
    [
      'El ministro recorrió las obras de agua potable y saneamiento que beneficiarán a miles de familias campesinas.',
      'The minister toured the drinking water and sanitation works that will benefit thousands of farming families.'
    ]
  ]
  it.each(same)('%s', (source, target) => passes(omissionCheck, { source, target }, es2en))
})

describe('omission: a short phrase with no counterpart, found through the bilingual lexicon', () => {
  const lexicon = parseBilingualLexicon(
    [
      'ofrecer\toffer',
      'atención\tcare attention',
      'gratuito\tfree',
      'salud\thealth',
      'centro\tcentre',
      'mayo\tmay'
    ].join('\n')
  )
  const source =
    'La Municipalidad de Trujillo ofrecerá atención médica gratuita y permanente en 12 centros de salud desde el 5 de mayo.'

  it('flags the dropped qualifiers as one phrase on the source', () => {
    const found = fails(
      omissionCheck,
      { source, target: 'The Municipality of Trujillo will offer medical care in 12 health centres from 5 May.' },
      { ...es2en, lexicon }
    )
    expect(found.map((f) => f.sourceSpan?.text)).toEqual(['gratuita y permanente'])
  })

  it('passes when the phrase is reworded rather than dropped', () => {
    passes(
      omissionCheck,
      {
        source,
        target:
          'The Municipality of Trujillo will offer free, round-the-clock medical care in 12 health centres from 5 May.'
      },
      { ...es2en, lexicon }
    )
  })

  it('passes without the lexicon, which alone tells an absent rendering from an unknown one', () => {
    passes(
      omissionCheck,
      { source, target: 'The Municipality of Trujillo will offer medical care in 12 health centres from 5 May.' },
      es2en
    )
  })
})

describe('omission: a qualifier dropped (a degree word and the word it qualifies)', () => {
  const lexicon = parseBilingualLexicon(
    [
      'vecino\tresident neighbour',
      'poder\tcan may',
      'recoger\tcollect pick',
      'semilla\tseed',
      'próximo\tnear next',
      'lunes\tmonday',
      'junio\tjune',
      'agencia\tagency'
    ].join('\n')
  )
  const source =
    'Los vecinos de Arequipa recogerán sus semillas en la agencia agraria más próxima desde el lunes 3 de junio.'

  it('flags "más próxima" when the translation renders every other word', () => {
    const found = fails(
      omissionCheck,
      { source, target: 'Arequipa residents will collect their seeds at the agrarian agency from Monday 3 June.' },
      { ...es2en, lexicon }
    )
    expect(found.map((f) => f.sourceSpan?.text)).toEqual(['más próxima'])
  })

  it('passes when the qualifier is rendered ("nearest")', () => {
    passes(
      omissionCheck,
      {
        source,
        target: 'Arequipa residents will collect their seeds at the nearest agrarian agency from Monday 3 June.'
      },
      { ...es2en, lexicon }
    )
  })

  it('passes when the qualifier is rendered by a word the lexicon lacks, facing it', () => {
    passes(
      omissionCheck,
      {
        source,
        target: 'Arequipa residents will collect their seeds at the closest agrarian agency from Monday 3 June.'
      },
      { ...es2en, lexicon }
    )
  })

  it('passes when the translation leaves many of its own words unexplained (a free rendering)', () => {
    passes(
      omissionCheck,
      {
        source,
        target:
          'From Monday 3 June, households in Arequipa may drop by the agrarian agency and pick up whatever seed stock is left.'
      },
      { ...es2en, lexicon }
    )
  })
})

describe('omission: a qualifier dropped from a short sentence with few anchors', () => {
  // Too few numbers, names and cognates to place a passage: the word accounting alone decides.
  const lexicon = parseBilingualLexicon(['vacuna\tvaccine', 'hospital\thospital', 'estar\tbe'].join('\n'))
  const source = 'La vacuna contra la influenza será gratuita en los hospitales.'

  it('flags "gratuita" when the translation renders every other word', () => {
    const found = fails(
      omissionCheck,
      { source, target: 'The influenza vaccine will be available in hospitals.' },
      { ...es2en, lexicon }
    )
    expect(found.map((f) => [f.messageKey, f.sourceSpan?.text])).toEqual([['qualifierOmitted', 'gratuita']])
  })

  it('passes when the translation renders it ("free")', () => {
    passes(omissionCheck, { source, target: 'The influenza vaccine will be free in hospitals.' }, { ...es2en, lexicon })
  })

  it('passes a free rendering that leaves most of its words unexplained', () => {
    passes(
      omissionCheck,
      { source, target: 'Flu shots come at no extra burden to families who visit clinics.' },
      { ...es2en, lexicon }
    )
  })
})

describe('omission: an item dropped from the end of a list', () => {
  const lexicon = parseBilingualLexicon(
    ['mochila\tbackpack', 'cuaderno\tnotebook', 'uniforme\tuniform', 'entregar\tdeliver', 'escolar\tschoolchild'].join(
      '\n'
    )
  )
  const target = 'The municipality of Puno delivered backpacks and notebooks to 500 schoolchildren.'

  it('flags the last item of a list of three that the translation ends one item earlier', () => {
    const found = fails(
      omissionCheck,
      { source: 'La municipalidad de Puno entregó mochilas, cuadernos y uniformes a 500 escolares.', target },
      { ...es2en, lexicon }
    )
    expect(found.map((f) => f.sourceSpan?.text)).toEqual(['y uniformes'])
  })

  it('flags a middle item of the source that the translation leaves out', () => {
    const found = fails(
      omissionCheck,
      {
        source: 'La municipalidad de Puno entregó mochilas, cuadernos y uniformes a 500 escolares.',
        target: 'The municipality of Puno delivered backpacks and uniforms to 500 schoolchildren.'
      },
      { ...es2en, lexicon }
    )
    expect(found.map((f) => f.sourceSpan?.text)).toEqual(['cuadernos'])
  })

  it('passes a list of two rendered as two', () => {
    passes(
      omissionCheck,
      { source: 'La municipalidad de Puno entregó mochilas y cuadernos a 500 escolares.', target },
      { ...es2en, lexicon }
    )
  })

  it('passes a list of three whose last item the translation words differently, unknown to the lexicon', () => {
    passes(
      omissionCheck,
      {
        source: 'La municipalidad de Puno entregó mochilas, cuadernos y útiles a 500 escolares.',
        target: 'The municipality of Puno delivered backpacks, notebooks and supplies to 500 schoolchildren.'
      },
      { ...es2en, lexicon }
    )
  })
})

describe('omission: a phrase dropped from the end of a sentence', () => {
  const lexicon = parseBilingualLexicon(
    [
      'beca\tscholarship grant',
      'estudiante\tstudent',
      'recibir\treceive',
      'mes\tmonth',
      'pagar\tpay',
      'cada\tevery each',
      'tres\tthree'
    ].join('\n')
  )
  const target = 'In 2025, the 800 students of Cusco will receive a scholarship of S/ 500.'

  it('flags the final phrase of the source that the translation leaves out', () => {
    const found = fails(
      omissionCheck,
      {
        source: 'En 2025, los 800 estudiantes de Cusco recibirán una beca de S/ 500, pagada cada tres meses.',
        target
      },
      { ...es2en, lexicon }
    )
    expect(found.map((f) => f.sourceSpan?.text)).toEqual(['pagada cada tres meses'])
  })

  it('passes when the translation renders the phrase', () => {
    passes(
      omissionCheck,
      {
        source: 'En 2025, los 800 estudiantes de Cusco recibirán una beca de S/ 500, pagada cada tres meses.',
        target: 'In 2025, the 800 students of Cusco will receive a scholarship of S/ 500, paid every three months.'
      },
      { ...es2en, lexicon }
    )
  })
})
