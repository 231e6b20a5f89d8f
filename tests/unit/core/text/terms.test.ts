import { describe, expect, it } from 'vitest'
import { compileTerm, findTerm } from '../../../../src/core/text/terms'
import { tokenize } from '../../../../src/core/text/tokenize'

function found(text: string, term: string, lang: 'es' | 'en', maxGap = 0, opts = {}): string[] {
  return findTerm(text, tokenize(text), compileTerm(term, lang, opts), maxGap).map((m) => text.slice(m.start, m.end))
}

describe('findTerm', () => {
  it('finds inflected multi-word terms', () => {
    expect(found('Abrieron ventanillas únicas regionales.', 'ventanilla única', 'es')).toEqual(['ventanillas únicas'])
    expect(found('Two single windows opened.', 'single window', 'en')).toEqual(['single windows'])
  })
  it('ignores case except in acronyms', () => {
    expect(found('La VENTANILLA ÚNICA abrió.', 'ventanilla única', 'es')).toEqual(['VENTANILLA ÚNICA'])
    expect(found('El pan y el PAN.', 'PAN', 'es')).toEqual(['PAN'])
  })
  it('is accent-sensitive unless told otherwise', () => {
    expect(found('La secretaria técnica habló.', 'Secretaría Técnica', 'es')).toEqual([])
    expect(found('La secretaria tecnica habló.', 'Secretaría Técnica', 'es', 0, { accentInsensitive: true })).toEqual([
      'secretaria tecnica'
    ])
  })
  it('allows inserted words only when asked, and never across punctuation', () => {
    expect(found('Only virtual windows.', 'only window', 'en')).toEqual([])
    expect(found('Only virtual windows.', 'only window', 'en', 1)).toEqual(['Only virtual windows'])
    expect(found('Only, windows.', 'only window', 'en', 1)).toEqual([])
  })
  it('does not match inside other words', () => {
    expect(found('Las bonificaciones subieron.', 'bono', 'es')).toEqual([])
  })
})
