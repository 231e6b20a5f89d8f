import { describe, expect, it } from 'vitest'
import { additionCheck } from '../../../../../src/core/checks/rules/addition'
import { fails, passes } from '../helpers'
import { parseBilingualLexicon } from '../../../../../src/core/text/bilingual-lexicon'

const es2en = { sourceLang: 'es', targetLang: 'en' } as const

describe('addition', () => {
  it('flags a passage of the translation that has no source', () => {
    const [f] = fails(
      additionCheck,
      {
        source: 'El Ministerio de Educación entregó 300 tabletas a escuelas rurales de Huancavelica.',
        target:
          'The Ministry of Education delivered 300 tablets to rural schools in Huancavelica, although teachers complained loudly about missing chargers and weak signal coverage.'
      },
      es2en
    )
    expect(f?.side).toBe('target')
    expect(f?.targetSpan?.text).toContain('teachers complained')
  })
  it('passes a faithful translation', () => {
    passes(
      additionCheck,
      {
        source: 'El Ministerio de Educación entregó 300 tabletas a escuelas rurales de Huancavelica.',
        target: 'The Ministry of Education delivered 300 tablets to rural schools in Huancavelica.'
      },
      es2en
    )
  })
})

describe('addition: a short phrase with no source, found through the bilingual lexicon', () => {
  const lexicon = parseBilingualLexicon(
    ['salud\thealth', 'vacunar\tvaccinate', 'niño\tchild children', 'abril\tapril', 'pueblo\tvillage town'].join('\n')
  )
  const source = 'El Ministerio de Salud vacunará a 20.000 niños en Piura durante abril.'

  it('flags the added phrase once, on the target', () => {
    const found = fails(
      additionCheck,
      {
        source,
        target: 'The Ministry of Health will vaccinate 20,000 children in Piura and nearby villages during April.'
      },
      { ...es2en, lexicon }
    )
    expect(found.map((f) => f.targetSpan?.text)).toEqual(['nearby villages'])
  })

  it('passes a faithful translation', () => {
    passes(
      additionCheck,
      { source, target: 'The Ministry of Health will vaccinate 20,000 children in Piura during April.' },
      { ...es2en, lexicon }
    )
  })

  it('passes when the source has words of its own left unexplained (a rewording, not an addition)', () => {
    passes(
      additionCheck,
      {
        source: 'El Ministerio de Salud vacunará a 20.000 niños de zonas alejadas en Piura durante abril.',
        target: 'The Ministry of Health will vaccinate 20,000 children in Piura and nearby villages during April.'
      },
      { ...es2en, lexicon }
    )
  })
})

describe('addition: words of different list items or clauses are not one phrase', () => {
  it('passes two unexplained words a comma separates ("taxi driver, along the street")', () => {
    const lexicon = parseBilingualLexicon(
      [
        'preguntar\task',
        'calle\tstreet',
        'saber\tknow',
        'visitar\tvisit',
        'alcalde\tmayor',
        'ayer\tyesterday',
        'taxista\ttaxi',
        'conductor\tdriver',
        'largo\tlong along'
      ].join('\n')
    )
    passes(
      additionCheck,
      {
        source: 'Ayer preguntó por la calle al taxista si sabía que el alcalde visitaría Cusco y Puno en 2025.',
        target:
          'Yesterday he asked a taxi driver, along the street, if he knew that the mayor would visit Cusco and Puno in 2025.'
      },
      { ...es2en, lexicon }
    )
  })
})

describe('addition: a qualifier added (a degree word and the word it qualifies)', () => {
  const lexicon = parseBilingualLexicon(
    ['centro\tcentre', 'atender\tserve attend', 'indefenso\tvulnerable defenceless', 'marzo\tmarch'].join('\n')
  )

  it('flags "most vulnerable" when the source has no such qualifier', () => {
    const found = fails(
      additionCheck,
      {
        source: 'Desde marzo, el centro atenderá a los pacientes del distrito de Ate.',
        target: 'From March, the centre will serve the most vulnerable patients of the Ate district.'
      },
      { ...es2en, lexicon }
    )
    expect(found.map((f) => f.targetSpan?.text)).toEqual(['most vulnerable'])
  })

  it('passes when the source has the qualifier too', () => {
    passes(
      additionCheck,
      {
        source: 'Desde marzo, el centro atenderá a los pacientes más vulnerables del distrito de Ate.',
        target: 'From March, the centre will serve the most vulnerable patients of the Ate district.'
      },
      { ...es2en, lexicon }
    )
  })
})

describe('addition: a qualifier added to a short sentence with few anchors', () => {
  const lexicon = parseBilingualLexicon(['museo\tmuseum', 'recibir\treceive', 'visitante\tvisitor'].join('\n'))
  const source = 'El museo recibió a cinco mil visitantes.'

  it('flags "almost" when the source has no such qualifier', () => {
    const found = fails(
      additionCheck,
      { source, target: 'The museum received almost five thousand visitors.' },
      { ...es2en, lexicon }
    )
    expect(found.map((f) => [f.messageKey, f.targetSpan?.text])).toEqual([['qualifierAdded', 'almost']])
  })

  it('passes when the source has it too ("casi")', () => {
    passes(
      additionCheck,
      {
        source: 'El museo recibió a casi cinco mil visitantes.',
        target: 'The museum received nearly five thousand visitors.'
      },
      { ...es2en, lexicon }
    )
  })
})

describe('addition: an item added at the end of a list', () => {
  const lexicon = parseBilingualLexicon(
    ['mochila\tbackpack', 'cuaderno\tnotebook', 'uniforme\tuniform', 'entregar\tdeliver', 'escolar\tschoolchild'].join(
      '\n'
    )
  )
  const source = 'La municipalidad de Puno entregó mochilas y cuadernos a 500 escolares.'

  it('flags the item the translation adds to a list of two', () => {
    const found = fails(
      additionCheck,
      { source, target: 'The municipality of Puno delivered backpacks, notebooks and uniforms to 500 schoolchildren.' },
      { ...es2en, lexicon }
    )
    expect(found.map((f) => f.targetSpan?.text)).toEqual(['and uniforms'])
  })

  it('flags an item the translation puts in the middle of a list', () => {
    const found = fails(
      additionCheck,
      {
        source: 'La municipalidad de Puno entregó mochilas y uniformes a 500 escolares.',
        target: 'The municipality of Puno delivered backpacks, notebooks and uniforms to 500 schoolchildren.'
      },
      { ...es2en, lexicon }
    )
    expect(found.map((f) => f.targetSpan?.text)).toEqual(['notebooks'])
  })

  it('passes a middle item rendered by a word the lexicon does not know', () => {
    passes(
      additionCheck,
      {
        source: 'La municipalidad de Puno entregó mochilas, útiles y uniformes a 500 escolares.',
        target: 'The municipality of Puno delivered backpacks, supplies and uniforms to 500 schoolchildren.'
      },
      { ...es2en, lexicon }
    )
  })

  it('passes a list of three rendered as three', () => {
    passes(
      additionCheck,
      {
        source: 'La municipalidad de Puno entregó mochilas, cuadernos y uniformes a 500 escolares.',
        target: 'The municipality of Puno delivered backpacks, notebooks and uniforms to 500 schoolchildren.'
      },
      { ...es2en, lexicon }
    )
  })

  it('passes a list whose last item renders words found elsewhere in the source', () => {
    passes(
      additionCheck,
      {
        source: 'La municipalidad de Puno entregó mochilas y cuadernos, además de uniformes, a 500 escolares.',
        target: 'The municipality of Puno delivered backpacks, notebooks and uniforms to 500 schoolchildren.'
      },
      { ...es2en, lexicon }
    )
  })
})

describe('addition: a phrase appended to the end of a sentence', () => {
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
  const source = 'En 2025, los 800 estudiantes de Cusco recibirán una beca de S/ 500.'

  it('flags the appended phrase when the rest of the sentence is rendered', () => {
    const found = fails(
      additionCheck,
      {
        source,
        target: 'In 2025, the 800 students of Cusco will receive a scholarship of S/ 500, paid every three months.'
      },
      { ...es2en, lexicon }
    )
    expect(found.map((f) => f.targetSpan?.text)).toEqual(['paid every three months'])
  })

  it('passes a final phrase that renders source words the lexicon does not know, left unexplained there too', () => {
    passes(
      additionCheck,
      {
        source: 'En 2025, los 800 estudiantes de Cusco recibirán una beca de S/ 500, abonada trimestralmente.',
        target: 'In 2025, the 800 students of Cusco will receive a scholarship of S/ 500, paid every three months.'
      },
      { ...es2en, lexicon }
    )
  })
})
