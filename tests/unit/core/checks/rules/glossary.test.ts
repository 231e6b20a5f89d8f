import { describe, expect, it } from 'vitest'
import { glossaryCheck } from '../../../../../src/core/checks/rules/glossary'
import type { GlossaryEntry } from '../../../../../src/core/domain/glossary'
import { fails, passes } from '../helpers'

const entry = (source: string, target: string, forbidden: string[] = [], allowed: string[] = []): GlossaryEntry => ({
  source,
  target,
  allowed,
  forbidden
})

const glossary: GlossaryEntry[] = [
  entry('Superintendencia Nacional de Migraciones', 'National Superintendency of Migration', [
    'National Migration Office'
  ]),
  entry('ventanilla única', 'single window', ['only window'], ['one-stop shop']),
  entry('comedor popular', 'community kitchen', ['popular dining room']),
  entry('Secretaría Técnica', 'Technical Secretariat'),
  entry('PAN', 'NAP'),
  entry('Organización Mundial de la Salud', 'World Health Organization'),
  entry('bono', 'subsidy', ['bond']),
  entry('Instituto Nacional de Defensa Civil (Indeci)', 'National Civil Defense Institute (Indeci)', [
    'National Institute of Civil Defence'
  ])
]
const opts = { glossary }

describe('glossary: must flag', () => {
  it('a forbidden variant, with both spans and the preferred term as suggestion', () => {
    const [f, ...rest] = fails(
      glossaryCheck,
      {
        source: 'La Superintendencia Nacional de Migraciones amplió su horario de atención.',
        target: 'The National Migration Office extended its opening hours.'
      },
      opts
    )
    expect(rest).toEqual([])
    expect(f?.messageKey).toBe('forbidden')
    expect(f?.severity).toBe('major')
    expect(f?.sourceSpan?.text).toBe('Superintendencia Nacional de Migraciones')
    expect(f?.targetSpan?.text).toBe('National Migration Office')
    expect(f?.suggestion).toBe('National Superintendency of Migration')
  })
  it('a forbidden variant with a word inserted and the source inflected', () => {
    const [f] = fails(
      glossaryCheck,
      {
        source: 'Se abrieron ventanillas únicas virtuales en cada región.',
        target: 'Only virtual windows were opened in each region.'
      },
      opts
    )
    expect(f?.targetSpan?.text).toBe('Only virtual windows')
    expect(f?.sourceSpan?.text).toBe('ventanillas únicas')
  })
  it('a term of the plural and feminine source with no accepted rendering', () => {
    const [f] = fails(
      glossaryCheck,
      {
        source: 'Los comedores populares recibieron alimentos no perecibles.',
        target: 'The soup halls received non-perishable food.'
      },
      opts
    )
    expect(f?.messageKey).toMatch(/^missing/)
    expect(f?.sourceSpan?.text).toBe('comedores populares')
    expect(f?.suggestion).toBe('community kitchen')
  })
  it('a single-word term and its forbidden rendering', () => {
    const [f] = fails(
      glossaryCheck,
      { source: 'El bono se pagará en marzo.', target: 'The bond will be paid in March.' },
      opts
    )
    expect(f?.targetSpan?.text).toBe('bond')
    expect(f?.suggestion).toBe('subsidy')
  })
  it('a forbidden variant of a term the termbase writes with its acronym', () => {
    const [f, ...rest] = fails(
      glossaryCheck,
      {
        source: 'El Instituto Nacional de Defensa Civil (Indeci) distribuyó carpas en Piura.',
        target: 'The National Institute of Civil Defence (Indeci) distributed tents in Piura.'
      },
      opts
    )
    expect(rest).toEqual([])
    expect(f?.messageKey).toBe('forbidden')
    expect(f?.sourceSpan?.text).toBe('Instituto Nacional de Defensa Civil')
    expect(f?.targetSpan?.text).toBe('National Institute of Civil Defence')
  })
  it('keeps the capitalization of the offending text in the suggestion', () => {
    const [f] = fails(
      glossaryCheck,
      {
        source: 'Visite la Ventanilla Única de Comercio Exterior.',
        target: 'Visit the Only Window for Foreign Trade.'
      },
      opts
    )
    expect(f?.suggestion).toBe('Single Window')
  })
  it('the reverse direction: an English source term, the Spanish preferred rendering missing', () => {
    const [f] = fails(
      glossaryCheck,
      { source: 'The single window will open in May.', target: 'La oficina central abrirá en mayo.' },
      { glossary, sourceLang: 'en', targetLang: 'es' }
    )
    expect(f?.suggestion).toBe('ventanilla única')
  })
})

describe('glossary: must not flag', () => {
  const cases: [string, string, string][] = [
    [
      'the preferred rendering, inflected',
      'Se instalaron dos ventanillas únicas.',
      'Two single windows were installed.'
    ],
    [
      'an allowed variant',
      'La ventanilla única atiende de lunes a viernes.',
      'The one-stop shop is open Monday to Friday.'
    ],
    [
      'case differences in ordinary terms',
      'La Secretaría Técnica convocó a la sesión.',
      'The technical secretariat called the meeting.'
    ],
    [
      'the unaccented person (secretaria) for the office term (Secretaría)',
      'La secretaria técnica del consejo presentó el informe.',
      'The council’s technical secretary presented the report.'
    ],
    [
      'a lowercase word spelled like an all-caps acronym term',
      'El pan llegó a los comedores.',
      'The bread reached the kitchens.'
    ],
    [
      'a body named by its acronym instead of its full name',
      'La Organización Mundial de la Salud declaró la alerta.',
      'WHO declared the alert.'
    ],
    [
      'a term the termbase writes with its acronym, given without it on both sides',
      'El Instituto Nacional de Defensa Civil, según su último reporte, distribuyó carpas.',
      'The National Civil Defense Institute, according to its latest report, distributed tents.'
    ],
    ['a paragraph without any glossary term', 'El alcalde inauguró el puente.', 'The mayor opened the bridge.']
  ]
  for (const [why, source, target] of cases) it(why, () => passes(glossaryCheck, { source, target }, opts))
  it('anything when there is no glossary', () => {
    passes(glossaryCheck, { source: 'El bono se pagará en marzo.', target: 'The bond will be paid in March.' })
  })
})

describe('glossary: options', () => {
  it('is accent-sensitive by default and accent-insensitive on request', () => {
    const pair = {
      source: 'La Secretaria Tecnica convocó a la sesión.',
      target: 'The Technical Office called the meeting.'
    }
    passes(glossaryCheck, pair, opts)
    fails(glossaryCheck, pair, {
      glossary: [{ ...entry('Secretaría Técnica', 'Technical Secretariat'), accentInsensitive: true }]
    })
  })
  it('matches all-caps terms by case', () => {
    fails(glossaryCheck, { source: 'El PAN se aprobó ayer.', target: 'The plan was approved yesterday.' }, opts)
  })
})
