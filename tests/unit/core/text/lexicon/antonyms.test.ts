import { describe, expect, it } from 'vitest'
import { ANTONYMS, polesOf } from '../../../../../src/core/text/lexicon/antonyms'
import type { Lang } from '../../../../../src/core/domain/language'

/** The pair id and pole of a folded word, with the word after it. */
const poles = (word: string, lang: Lang, next?: string): string[] =>
  polesOf(word, lang, () => next).map((p) => `${(ANTONYMS[p.pair] as { id: string }).id}:${p.pole}`)

describe('antonyms: inflected forms belong to their pole', () => {
  it.each([
    ['reemplazara', 'es', 'replace-complement:0'],
    ['complementan', 'es', 'replace-complement:1'],
    ['replacing', 'en', 'replace-complement:0'],
    ['disminuyo', 'es', 'increase-reduce:1'],
    ['increased', 'en', 'increase-reduce:0'],
    ['prohibida', 'es', 'allowed-forbidden:1'],
    ['authorized', 'en', 'allowed-forbidden:0'],
    ['innecesarios', 'es', 'necessary-unnecessary:1']
  ] as const)('%s (%s) is %s', (word, lang, pole) => {
    expect(poles(word, lang)).toEqual([pole])
  })
  it('reads "antes de" as "before", and "antes" alone as no pole', () => {
    expect(poles('antes', 'es', 'de')).toEqual(['before-after:0'])
    expect(poles('antes', 'es', 'la')).toEqual([])
  })
})

describe('antonyms: look-alikes belong to no pole', () => {
  it.each([
    ['importante', 'es'],
    ['important', 'en'],
    ['cerro', 'es'],
    ['iniciativa', 'es'],
    ['terminos', 'es'],
    ['publicacion', 'es'],
    ['cutting-edge', 'en'],
    ['end', 'en']
  ] as const)('%s (%s)', (word, lang) => {
    expect(poles(word, lang)).toEqual([])
  })
})
