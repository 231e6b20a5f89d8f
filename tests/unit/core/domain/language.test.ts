import { describe, expect, it } from 'vitest'
import {
  analysisLang,
  canonicalTag,
  conventionLang,
  isSpanishEnglish,
  primaryLanguage
} from '../../../../src/core/domain/language'

describe('canonicalTag', () => {
  it('writes tags as BCP 47 does, whatever case or separator the file used', () => {
    expect(canonicalTag('EN_us')).toBe('en-US')
    expect(canonicalTag(' nl-nl ')).toBe('nl-NL')
    expect(canonicalTag('zh-hant-tw')).toBe('zh-Hant-TW')
    expect(canonicalTag('es-419')).toBe('es-419')
  })

  it('refuses what is not a language tag', () => {
    expect(canonicalTag('')).toBeNull()
    expect(canonicalTag('Spanish/English')).toBeNull()
    expect(canonicalTag('e')).toBeNull()
    expect(canonicalTag('en--US')).toBeNull()
    expect(canonicalTag('x'.repeat(40))).toBeNull()
  })
})

describe('analysisLang', () => {
  it('maps Spanish and English of any region to the language Cotejo analyses', () => {
    expect(analysisLang('es-PE')).toBe('es')
    expect(analysisLang('en-GB')).toBe('en')
    expect(analysisLang('es')).toBe('es')
  })

  it('gives null for languages without deep checks', () => {
    expect(analysisLang('nl-NL')).toBeNull()
    expect(analysisLang('eu')).toBeNull()
    expect(primaryLanguage('pt-BR')).toBe('pt')
  })
})

describe('isSpanishEnglish', () => {
  it('holds for Spanish and English in either direction only', () => {
    expect(isSpanishEnglish('es-PE', 'en-US')).toBe(true)
    expect(isSpanishEnglish('en', 'es-419')).toBe(true)
    expect(isSpanishEnglish('en-US', 'nl-NL')).toBe(false)
    expect(isSpanishEnglish('es-ES', 'es-MX')).toBe(false)
  })
})

describe('conventionLang', () => {
  it('reads numbers of other languages by their decimal mark', () => {
    expect(conventionLang('nl-NL')).toBe('es')
    expect(conventionLang('de')).toBe('es')
    expect(conventionLang('ja-JP')).toBe('en')
    expect(conventionLang('es-MX')).toBe('es')
  })
})
