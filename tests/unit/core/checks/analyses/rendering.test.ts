import { describe, expect, it } from 'vitest'
import { cognateScore } from '../../../../../src/core/text/cognates'
import { identifyLanguage, scoreLanguage } from '../../../../../src/core/text/language-id'
import { renderingsDiffer } from '../../../../../src/core/checks/analyses/rendering-compare'
import { locateRenderings, RenderingMemo } from '../../../../../src/core/checks/analyses/rendering'
import { tokenize } from '../../../../../src/core/text/tokenize'

describe('cognateScore', () => {
  it('pairs words that share a root across the regular spelling changes', () => {
    for (const [es, en] of [
      ['transformación', 'transformation'],
      ['estrategia', 'strategy'],
      ['electoral', 'electoral'],
      ['secretaría', 'secretary'],
      ['nacional', 'national'],
      ['estado', 'state'],
      ['sistema', 'system']
    ]) {
      expect(cognateScore(es as string, 'es', en as string, 'en'), `${es}/${en}`).toBeGreaterThanOrEqual(0.8)
    }
  })
  it('does not pair unrelated or short words', () => {
    expect(cognateScore('cumbre', 'es', 'summit', 'en')).toBeLessThan(0.8)
    expect(cognateScore('de', 'es', 'the', 'en')).toBe(0)
    expect(cognateScore('eventos', 'es', 'seventh', 'en')).toBe(0)
  })
})

describe('identifyLanguage', () => {
  it('tells Spanish from English by function words', () => {
    expect(identifyLanguage(scoreLanguage('La obra beneficiará a las familias de la zona durante el año.'))).toBe('es')
    expect(identifyLanguage(scoreLanguage('The work will benefit the families of the area during the year.'))).toBe(
      'en'
    )
  })
  it('says nothing about names and short labels', () => {
    expect(identifyLanguage(scoreLanguage('Qali Warma'))).toBeNull()
    expect(identifyLanguage(scoreLanguage('Lima, Perú'))).toBeNull()
  })
})

describe('renderingsDiffer', () => {
  it('treats words missing at one edge as a cut, not a difference', () => {
    expect(renderingsDiffer(['national', 'office', 'migration'], ['national', 'office', 'migration', 'director'])).toBe(
      false
    )
    expect(renderingsDiffer(['latin', 'america'], ['latin', 'american'])).toBe(false)
  })
  it('reports substituted, inserted or dropped inner words', () => {
    expect(renderingsDiffer(['secretariat', 'public', 'integrity'], ['ministry', 'public', 'integrity'])).toBe(true)
    expect(renderingsDiffer(['national', 'office', 'migration'], ['national', 'migration'])).toBe(true)
    expect(renderingsDiffer(['rural', 'health', 'council'], ['rural', 'health', 'board'])).toBe(true)
  })
})

describe('locateRenderings', () => {
  it('finds where a name is rendered, including a word that is not a cognate of its source', () => {
    const source = 'Agregó que la Superintendencia Nacional de Migraciones amplió su horario.'
    const target = 'He added that the National Office of Migration extended its hours.'
    const st = tokenize(source)
    const first = st.findIndex((t) => t.text === 'Superintendencia')
    const [r] = locateRenderings({
      source: { text: source, tokens: st },
      target: { text: target, tokens: tokenize(target) },
      sourceLang: 'es',
      targetLang: 'en',
      occurrences: [{ first, last: first + 3 }],
      memo: new RenderingMemo()
    })
    expect(r?.text).toBe('National Office of Migration')
  })
  it('gives up when too little of the phrase is found', () => {
    const source = 'La Gerencia de Salud Ambiental informó.'
    const target = 'The regional team reported.'
    const st = tokenize(source)
    const r = locateRenderings({
      source: { text: source, tokens: st },
      target: { text: target, tokens: tokenize(target) },
      sourceLang: 'es',
      targetLang: 'en',
      occurrences: [{ first: 1, last: 4 }],
      memo: new RenderingMemo()
    })
    expect(r).toEqual([null])
  })
})
