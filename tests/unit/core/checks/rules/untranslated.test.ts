import { describe, expect, it } from 'vitest'
import { untranslatedCheck } from '../../../../../src/core/checks/rules/untranslated'
import { contextFor, documentFromPairs, type PairInput } from '../../../../../src/core/checks/engine/context'
import { runChecks } from '../../../../../src/core/checks/engine/runner'
import type { Finding } from '../../../../../src/core/domain/findings'
import type { Lang } from '../../../../../src/core/domain/language'
import { fakeSpeller } from '../fake-speller'
import { fails, passes } from '../helpers'

const check = untranslatedCheck

describe('untranslated: must flag', () => {
  it('a translation identical to its source', () => {
    const text = 'El gobierno regional entregó kits de abrigo a las familias de las zonas altoandinas.'
    const [f] = fails(check, { source: text, target: text })
    expect(f?.messageKey).toBe('identical')
    expect(f?.targetSpan?.text).toBe(text)
  })
  it('a sentence of the translation still in the source language, and only that sentence', () => {
    const [f, ...rest] = fails(check, {
      source: 'El ministerio abrió el centro. El centro atenderá a más de mil familias de la zona durante todo el año.',
      target: 'The ministry opened the center. El centro atenderá a más de mil familias de la zona durante todo el año.'
    })
    expect(rest).toEqual([])
    expect(f?.messageKey).toBe('sentence')
    expect(f?.targetSpan?.text).toBe('El centro atenderá a más de mil familias de la zona durante todo el año.')
  })
  it('an English sentence left in a Spanish translation', () => {
    const [f] = fails(
      check,
      {
        source: 'The works will finish in June. The bridge will connect the two districts for the first time.',
        target: 'Las obras terminarán en junio. The bridge will connect the two districts for the first time.'
      },
      { sourceLang: 'en', targetLang: 'es' }
    )
    expect(f?.targetSpan?.text).toBe('The bridge will connect the two districts for the first time.')
  })
  it('an acronym of a common term copied from the source after a translation it does not abbreviate', () => {
    const [f] = fails(check, {
      source: 'Los centros de salud mental comunitaria (CSMC) atendieron a 5000 pacientes.',
      target: 'The community mental health centers (CSMC) served 5,000 patients.'
    })
    expect(f?.messageKey).toBe('acronym')
    expect(f?.targetSpan?.text).toBe('CSMC')
    expect(f?.severity).toBe('minor')
  })
})

describe('untranslated: a machine-translation marker for a word it could not translate', () => {
  it('flags the marker, in any language pair', () => {
    const [f] = fails(check, {
      source: 'En el contexto amazónico se sabe poco del tema.',
      target: 'In the<unk> context little is known about the subject.'
    })
    expect([f?.messageKey, f?.targetSpan?.text]).toEqual(['unknownMarker', '<unk>'])
    const [g] = fails(
      check,
      { source: 'Das Haus ist alt.', target: 'La <unk> es vieja.' },
      { sourceLang: 'de', targetLang: 'es' }
    )
    expect(g?.messageKey).toBe('unknownMarker')
  })
  it('passes a text about such systems that writes the marker on both sides', () => {
    passes(check, {
      source: 'El sistema escribe <unk> por cada palabra desconocida.',
      target: 'The system writes <unk> for each unknown word.'
    })
  })
})

describe('untranslated: must not flag', () => {
  const cases: [string, string, string][] = [
    ['identical names', 'Aníbal Pérez Huamaní', 'Aníbal Pérez Huamaní'],
    ['identical numbers and dates', '15.03.2024 – 10:30', '15.03.2024 – 10:30'],
    ['an identical one-word label', 'Video', 'Video'],
    [
      'an institution named in Spanish on purpose',
      'El Programa Nacional de Alimentación Escolar Qali Warma atendió a los niños.',
      'The Programa Nacional de Alimentación Escolar Qali Warma served the children.'
    ],
    [
      'a short quote kept in the original',
      'El lema de la campaña es “Todos contra el dengue”.',
      'The campaign slogan is “Todos contra el dengue”.'
    ],
    [
      'an institution’s own acronym kept on purpose',
      'Se inscribieron en el Seguro Integral de Salud (SIS) más de mil personas.',
      'More than a thousand people enrolled in the Comprehensive Health Insurance (SIS).'
    ],
    [
      'an acronym that spells its translated name too',
      'El Ministerio de Economía y Finanzas (MEF) transfirió los fondos.',
      'The Ministry of Economy and Finance (MEF) transferred the funds.'
    ],
    ['a faithful translation', 'La obra beneficiará a 3000 vecinos.', 'The work will benefit 3,000 residents.']
  ]
  for (const [why, source, target] of cases) it(why, () => passes(check, { source, target }))
})

describe('untranslated: words (with dictionaries)', () => {
  const spell = fakeSpeller({
    en: [
      'the',
      'odds',
      'ratio',
      'was',
      'high',
      'patients',
      'software',
      'new',
      'programme',
      'gave',
      'arrived',
      'before'
    ],
    es: [
      'la',
      'razón',
      'fue',
      'alta',
      'pacientes',
      'software',
      'nuevo',
      'en',
      'los',
      'ratio',
      'semillas',
      'herramientas',
      'y'
    ]
  })
  const run = (pair: PairInput, sourceLang: Lang = 'en', targetLang: Lang = 'es'): Finding[] => {
    const doc = documentFromPairs('t', [pair], sourceLang, targetLang)
    return runChecks([check], { ...contextFor(doc), spell }).findings
  }
  it('flags a source-language word copied into the translation', () => {
    const [f] = run({
      source: 'The odds ratio was high in patients.',
      target: 'La odds ratio fue alta en los pacientes.'
    })
    expect(f?.messageKey).toBe('word')
    expect(f?.targetSpan?.text).toBe('odds')
  })
  it('reports words left together in the source language once, as one passage', () => {
    const found = run(
      {
        source: 'Se entregaron semillas y herramientas de riego a las familias.',
        target: 'The programme gave semillas y herramientas to the families.'
      },
      'es',
      'en'
    )
    expect(found.map((f) => [f.messageKey, f.targetSpan?.text])).toEqual([['passage', 'semillas y herramientas']])
  })
  it('keeps words left apart as separate findings', () => {
    const found = run(
      {
        source: 'Las semillas llegaron antes que las herramientas.',
        target: 'The semillas arrived before the herramientas.'
      },
      'es',
      'en'
    )
    expect(found.map((f) => f.targetSpan?.text)).toEqual(['semillas', 'herramientas'])
  })
  it('leaves the original term given in brackets', () => {
    expect(run({ source: 'The odds ratio was high.', target: 'La razón (odds ratio) fue alta.' })).toEqual([])
  })
  it('leaves loanwords both dictionaries know', () => {
    expect(run({ source: 'The new software.', target: 'El nuevo software.' })).toEqual([])
  })
})

describe('untranslated: an acronym kept at its definition, used again', () => {
  const findings = (pairs: PairInput[]): Finding[] =>
    runChecks([check], contextFor(documentFromPairs('d', pairs))).findings
  const definedKept: PairInput = {
    source: 'Uno de cada tres hogares usa sistemas de riego tecnificado (SRT).',
    target: 'One in three households uses technified irrigation systems (SRT).'
  }
  const usedAgain: PairInput = {
    source: 'Se han instalado nuevos SRT en comunidades altoandinas.',
    target: 'New SRTs have been installed in high Andean communities.'
  }

  it('flags every later use the translation copies from the source', () => {
    const [definition, later, ...rest] = findings([definedKept, usedAgain])
    expect(rest).toEqual([])
    expect([definition?.segment, definition?.targetSpan?.text]).toEqual([0, 'SRT'])
    expect([later?.segment, later?.messageKey, later?.targetSpan?.text]).toEqual([1, 'acronym', 'SRTs'])
  })

  it('leaves later uses alone when the definition was translated', () => {
    expect(
      findings([
        { ...definedKept, target: 'One in three households uses technified irrigation systems (TIS).' },
        usedAgain
      ])
    ).toEqual([])
  })

  it('leaves an acronym alone where the source paragraph does not use it', () => {
    const elsewhere: PairInput = {
      source: 'Los sistemas se evaluaron en comunidades altoandinas.',
      target: 'The SRT systems were evaluated in high Andean communities.'
    }
    expect(findings([definedKept, elsewhere]).map((f) => f.segment)).toEqual([0])
  })

  it('leaves an acronym alone, definition and later uses, when the glossary keeps it as is', () => {
    const glossary = [{ source: 'SRT', target: 'SRT', allowed: [], forbidden: [] }]
    const kept = runChecks([check], contextFor(documentFromPairs('d', [definedKept, usedAgain]), glossary)).findings
    expect(kept).toEqual([])
  })

  it('leaves an institution’s own acronym alone everywhere', () => {
    const institution: PairInput[] = [
      {
        source: 'Se inscribieron en el Seguro Integral de Salud (SIS) más de mil personas.',
        target: 'More than a thousand people enrolled in the Comprehensive Health Insurance (SIS).'
      },
      { source: 'El SIS cubrirá la atención.', target: 'The SIS will cover the care.' }
    ]
    expect(findings(institution)).toEqual([])
  })
})
