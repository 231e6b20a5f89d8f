import { describe, expect, it } from 'vitest'
import { expansionStart, isRomanNumeral } from '../../../../src/core/text/acronyms'
import { entityTable, extractMentions } from '../../../../src/core/text/mentions'
import { tokenize } from '../../../../src/core/text/tokenize'

function spelledBy(text: string, acronym: string, lang: 'es' | 'en'): string | null {
  const tokens = tokenize(text)
  const start = expansionStart(tokens, tokens.length, acronym, lang)
  return start === null ? null : text.slice((tokens[start] as { start: number }).start)
}

describe('expansionStart', () => {
  it('finds the words whose initials spell an acronym, glue words optional', () => {
    expect(spelledBy('según el Seguro Integral de Salud', 'SIS', 'es')).toBe('Seguro Integral de Salud')
    expect(spelledBy('through the Presidency of the Council of Ministers', 'PCM', 'en')).toBe(
      'Presidency of the Council of Ministers'
    )
    expect(spelledBy('the Organisation for Economic Co-operation and Development', 'OECD', 'en')).toBe(
      'Organisation for Economic Co-operation and Development'
    )
    expect(spelledBy('inhibitors of the renin-angiotensin system', 'RAS', 'en')).toBe('renin-angiotensin system')
  })
  it('refuses names that do not spell it', () => {
    expect(spelledBy('adverse drug reactions', 'AMR', 'en')).toBeNull()
  })
})

describe('isRomanNumeral', () => {
  it('recognizes ordinals of events, not acronyms', () => {
    expect(['I', 'IV', 'VII', 'XII', 'XXXIX'].every(isRomanNumeral)).toBe(true)
    expect(['CD', 'MIX', 'IIII', 'VX'].some(isRomanNumeral)).toBe(false)
  })
})

describe('extractMentions', () => {
  const table = entityTable()
  const ids = (text: string, lang: 'es' | 'en'): [string, string][] =>
    extractMentions(text, lang, table).map((m) => [m.id, m.text])
  it('merges a name with its acronym in brackets and knows bodies in both languages', () => {
    expect(ids('Lo financian el Banco Interamericano de Desarrollo (BID) y la OEA.', 'es')).toEqual([
      ['IDB', 'Banco Interamericano de Desarrollo (BID)'],
      ['OAS', 'OEA']
    ])
    expect(ids('Funded by the Inter-American Development Bank (IDB) and the OAS.', 'en')).toEqual([
      ['IDB', 'Inter-American Development Bank (IDB)'],
      ['OAS', 'OAS']
    ])
  })
  it('gives unknown acronyms their own identity and keeps the name that spells them', () => {
    expect(ids('La Autoridad Nacional del Agua (ANA) informó.', 'es')).toEqual([
      ['acr:ANA', 'Autoridad Nacional del Agua (ANA)']
    ])
  })
  it('reads dotted acronyms, plurals and compounds', () => {
    expect(ids('Viajó a EE. UU. y visitó dos ONGs.', 'es')).toEqual([
      ['US', 'EE. UU.'],
      ['NGO', 'ONGs']
    ])
    expect(ids('HIV-positive adults.', 'en')).toEqual([['HIV', 'HIV']])
  })
  it('skips Roman numerals and shouted headlines', () => {
    expect(ids('La VII Cumbre. AVISO IMPORTANTE PARA TODOS.', 'es')).toEqual([])
  })
  it('adds glossary acronym pairs', () => {
    const withGlossary = entityTable([{ source: 'MINAM', target: 'MINAM', allowed: ['ENVMIN'], forbidden: [] }])
    const id = extractMentions('El MINAM.', 'es', withGlossary)[0]?.id
    expect(extractMentions('The ENVMIN.', 'en', withGlossary)[0]?.id).toBe(id)
  })
})
