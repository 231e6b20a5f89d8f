import { describe, expect, it } from 'vitest'
import { loadSpeller } from '../../../../../src/backend/services/spell'
import { spellingCheck } from '../../../../../src/core/checks/rules/spelling'
import { contextFor, documentFromPairs, type PairInput } from '../../../../../src/core/checks/engine/context'
import { runChecks } from '../../../../../src/core/checks/engine/runner'
import type { SpellService } from '../../../../../src/core/text/speller'
import type { Finding } from '../../../../../src/core/domain/findings'
import type { GlossaryEntry } from '../../../../../src/core/domain/glossary'
import type { Lang } from '../../../../../src/core/domain/language'
import { fakeSpeller } from '../fake-speller'

const spell = fakeSpeller({
  en: [
    'the',
    'attack',
    'crime',
    'security',
    'government',
    'program',
    'color',
    'center',
    'organize',
    'new',
    'was',
    'a',
    'it',
    'opened',
    'in',
    'and',
    'inter',
    'of',
    'road',
    'report',
    'on',
    'for',
    'stated',
    'campaign',
    'plan',
    'with',
    'lima',
    'per',
    'area'
  ],
  es: [
    'los',
    'días',
    'de',
    'la',
    'semana',
    'el',
    'informe',
    'se',
    'publicó',
    'acción',
    'plan',
    'ciberdelincuencia',
    'contra',
    'campaña',
    'y',
    'en',
    'ataque',
    'área',
    'esta',
    'urbana'
  ]
})

function run(
  pair: PairInput,
  opts: { sourceLang?: Lang; targetLang?: Lang; glossary?: GlossaryEntry[]; speller?: SpellService | null } = {}
): Finding[] {
  const doc = documentFromPairs('t', [pair], opts.sourceLang ?? 'es', opts.targetLang ?? 'en')
  const speller = opts.speller === undefined ? spell : opts.speller
  const ctx = contextFor(doc, opts.glossary ?? [], undefined, speller ?? undefined)
  const { findings, failures } = runChecks([spellingCheck], ctx)
  expect(failures).toEqual([])
  return findings
}

describe('spelling: must flag', () => {
  it('a prefix written apart that the norm writes solid, keeping the capital', () => {
    const [f] = run({ source: 'Plan contra la ciberdelincuencia.', target: 'Plan against Cyber-Crime.' })
    expect(f?.messageKey).toBe('closedCompound')
    expect(f?.targetSpan?.text).toBe('Cyber-Crime')
    expect(f?.suggestion).toBe('Cybercrime')
  })
  it('a lost Spanish accent', () => {
    const [f] = run(
      { source: 'The days of the week.', target: 'los dias de la semana' },
      { sourceLang: 'en', targetLang: 'es' }
    )
    expect(f?.messageKey).toBe('accent')
    expect(f?.suggestion).toBe('días')
  })
  it('a letter dropped by an encoding error', () => {
    const [f] = run({ source: 'The action plan.', target: 'el plan de accin' }, { sourceLang: 'en', targetLang: 'es' })
    expect(f?.suggestion).toBe('acción')
  })
  it('a lost Spanish accent that leaves an English word, amid Spanish words', () => {
    const [f] = run({ source: 'This urban zone.', target: 'esta area urbana' }, { sourceLang: 'en', targetLang: 'es' })
    expect([f?.messageKey, f?.suggestion]).toEqual(['accent', 'área'])
  })
  it('British spelling in American English', () => {
    const [f] = run({ source: 'El programa nuevo.', target: 'the new programme' })
    expect(f?.messageKey).toBe('usSpelling')
    expect(f?.suggestion).toBe('program')
  })
  it('British spelling in a possessive, and "-re" words', () => {
    const [f] = run({ source: 'El programa nuevo.', target: "the programme's report" })
    expect([f?.messageKey, f?.suggestion]).toEqual(['usSpelling', "program's"])
    const [g] = run({ source: 'El centro nuevo.', target: 'the new centre' })
    expect(g?.suggestion).toBe('center')
  })
  it('a typo that drops one letter of a dictionary word', () => {
    const [f] = run({ source: 'El informe del Ejecutivo.', target: 'the goverment report' })
    expect(f?.messageKey).toBe('misspelledSuggest')
    expect(f?.suggestion).toBe('government')
  })
})

describe('spelling: must not flag', () => {
  it('a run of letters longer than any word (a pasted code, a held key), without asking for suggestions', () => {
    let asked = 0
    const counting: SpellService = {
      ...spell,
      suggest: (word, lang) => {
        asked++
        return spell.suggest?.(word, lang) ?? []
      }
    }
    const run50 = 'qwertyuiop'.repeat(5)
    expect(run({ source: `El código ${run50}.`, target: `The code ${run50}.` }, { speller: counting })).toEqual([])
    expect(run({ source: 'Clave.', target: `Key ${'z'.repeat(20_000)}.` }, { speller: counting })).toEqual([])
    expect(asked).toBe(0)
  })
  const cases: [string, string, string][] = [
    ['names mid-sentence', 'Lo dijo Quispe.', 'it was stated by Quispe'],
    ['acronyms', 'El MIDIS lo dijo.', 'the MIDIS stated it'],
    ['words of the source', 'La palabra qhapaq.', 'the qhapaq road'],
    ['numbers and ordinals', 'El 3er informe.', 'the 3rd report'],
    ['URLs, e-mails and hashtags', 'Escriba.', 'write to info@xyzqw.gob.pe or see www.xyzqw.gob.pe and #Xyzqwe'],
    ['a hyphenated proper adjective', 'La ruta interamericana.', 'the Inter-American road'],
    ['an unknown word with no close dictionary word', 'El ensayo.', 'the zqxwv report'],
    ['an unknown near-copy of a source word', 'La angiotensina.', 'the angiotensin report'],
    ['words valid in the other language', 'La campaña.', 'the campaña report'],
    ['a short prefix written apart, not a British "-re" word', 'El informe previo.', 'the pre report']
  ]
  for (const [why, source, target] of cases) it(why, () => expect(run({ source, target })).toEqual([]))
  it('an English word with English around it in a Spanish text (a quoted phrase, a loanword)', () => {
    expect(
      run(
        { source: 'The report on the zone.', target: 'el informe on area urbana' },
        { sourceLang: 'en', targetLang: 'es' }
      )
    ).toEqual([])
  })
  it('glossary terms', () => {
    const glossary = [{ source: 'mesa de ayuda', target: 'xqzhelp desk', allowed: [], forbidden: [] }]
    expect(run({ source: 'Llame.', target: 'call the xqzhelp desk' }, { glossary })).toEqual([])
  })
  it('a word no dictionary in use comes near, even when another dictionary knew one', () => {
    // Suggestions are remembered per word: per dictionary service, so one service's answers never leak into another's.
    const pair = { source: 'El informe del Ejecutivo.', target: 'the goverment report' }
    expect(run(pair)).toHaveLength(1)
    expect(run(pair, { speller: fakeSpeller({ en: ['the', 'report'], es: [] }) })).toEqual([])
  })
  it('anything without dictionaries', () => {
    expect(run({ source: 'Llame.', target: 'the new programme' }, { speller: null })).toEqual([])
  })
})

describe('spelling with the real Hunspell dictionaries', () => {
  it('loads them and catches the typical cases', async () => {
    const real = await loadSpeller()
    const found = run(
      {
        source: 'El plan contra la ciberdelincuencia y los ciberataques se publicó.',
        target: 'The plan against cyber-crime and the Cyber-Attacks was published in the programme.'
      },
      { speller: real }
    ).map((f) => f.suggestion)
    expect(found).toEqual(['cybercrime', 'Cyberattacks', 'program'])
    expect(run({ source: 'Se publicó el informe.', target: 'The report was published.' }, { speller: real })).toEqual(
      []
    )
  })
})
