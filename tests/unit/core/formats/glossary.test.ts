import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { GlossaryEntry } from '../../../../src/core/domain/glossary'
import { readGlossaryCsv, writeGlossaryCsv } from '../../../../src/core/formats/glossary-csv'
import { readTbx, writeTbx } from '../../../../src/core/formats/tbx'
import { SEEDS_GLOSSARY } from '../../support/seeds'
import { at, expectFormatError, fixtureText, parseForAssertions } from './helpers'

const seedCsv = (): string => readFileSync(SEEDS_GLOSSARY, 'utf8')

const invented: GlossaryEntry[] = [
  {
    source: 'Superintendencia Nacional de Aduanas y de Administración Tributaria',
    target: 'National Superintendence of Customs and Tax Administration',
    allowed: ['National Customs and Tax Administration'],
    forbidden: ['Superintendency of Taxes', 'Tax Office'],
    note: 'Acronym: Sunat. "Superintendence", not "Superintendency".'
  },
  { source: 'padrón', target: 'roll', allowed: [], forbidden: ['pattern'], caseSensitive: true },
  {
    source: 'ONPE',
    target: 'ONPE',
    allowed: [],
    forbidden: [],
    accentInsensitive: true,
    note: 'Keep, with a comma, "quotes" &\na second line.'
  }
]

describe('glossary CSV', () => {
  it('reads the reviewers’ termbase format', () => {
    const { entries, skipped } = readGlossaryCsv(seedCsv())
    expect(skipped).toEqual([])
    expect(entries.length).toBeGreaterThan(5)
    const withVariants = entries.find((e) => e.forbidden.length > 1)
    expect(withVariants?.forbidden.every((v) => !v.includes('|'))).toBe(true)
  })

  it('round-trips allowed variants, flags, and notes with commas, quotes and line breaks', () => {
    const csv = writeGlossaryCsv(invented)
    expect(csv.split('\r\n')[0]).toBe(
      'spanish,english,forbidden_english_variants,note,allowed_english_variants,case_sensitive,accent_insensitive'
    )
    expect(readGlossaryCsv(csv).entries).toEqual(invented)
  })

  it('reads the case and accent flags under any header the source column may have', () => {
    const { entries } = readGlossaryCsv(
      'término;traducción;case_sensitive;accent_insensitive\nONPE;ONPE;sí;no\nAlcalde;Mayor;;x\n'
    )
    expect(entries.map((e) => [e.source, e.caseSensitive, e.accentInsensitive])).toEqual([
      ['ONPE', true, undefined],
      ['Alcalde', undefined, true]
    ])
  })

  it('tolerates a BOM and CRLF', () => {
    const { entries } = readGlossaryCsv(
      '\uFEFFspanish,english\r\nRegistro Nacional de Identificación,National Identity Registry\r\n'
    )
    expect(entries).toEqual([
      {
        source: 'Registro Nacional de Identificación',
        target: 'National Identity Registry',
        allowed: [],
        forbidden: []
      }
    ])
  })

  it('refuses a file without the spanish/english columns as a whole', () => {
    expectFormatError(() => readGlossaryCsv('término;traducción_x\nuno;one\n'), 'format.missingColumn')
  })
})

describe('TBX', () => {
  it('seed termbase: CSV → TBX → entries equal to the CSV ones', () => {
    const fromCsv = readGlossaryCsv(seedCsv()).entries
    const back = readTbx(writeTbx(fromCsv))
    expect(back.skipped).toEqual([])
    expect(back.entries).toEqual(fromCsv)
  })

  it('round-trips allowed (admitted), forbidden (deprecated), notes and flags', () => {
    expect(readTbx(writeTbx(invented)).entries).toEqual(invented)
  })

  it('writes TBX-Basic in the v3 core structure', () => {
    const tree = parseForAssertions(writeTbx(invented))
    expect(at(tree, 'tbx', '@type')).toBe('TBX-Basic')
    expect(at(tree, 'tbx', '@xmlns')).toBe('urn:iso:std:iso:30042:ed-2')
    const concept = (at(tree, 'tbx', 'text', 'body', 'conceptEntry') as unknown[])[0]
    const [es, en] = at(concept, 'langSec') as unknown[]
    expect(at(es, '@xml:lang')).toBe('es')
    expect(at(en, '@xml:lang')).toBe('en')
    const statuses = (at(en, 'termSec') as unknown[]).map((t) => [at(t, 'term'), at(t, 'termNote', '#text')])
    expect(statuses).toEqual([
      ['National Superintendence of Customs and Tax Administration', 'preferredTerm-admn-sts'],
      ['National Customs and Tax Administration', 'admittedTerm-admn-sts'],
      ['Superintendency of Taxes', 'deprecatedTerm-admn-sts'],
      ['Tax Office', 'deprecatedTerm-admn-sts']
    ])
    expect(at(concept, 'note', 0)).toBe('Acronym: Sunat. "Superintendence", not "Superintendency".')
  })

  it('reads TBX 2 (martif) with tig and ntig, regional language tags, and skips concepts with no English', () => {
    const { entries, skipped } = readTbx(fixtureText('martif-tbx2.tbx'))
    expect(entries).toEqual([
      {
        source: 'Programa Nacional de Apoyo Directo a los Más Pobres',
        target: 'National Program of Direct Support to the Poorest',
        allowed: ['National Direct Support Program for the Poorest'],
        forbidden: ['Together Program'],
        note: 'Programa social de transferencias condicionadas.'
      },
      { source: 'gobierno regional', target: 'regional government', allowed: [], forbidden: ['regional governorship'] }
    ])
    expect(skipped).toEqual([{ code: 'emptyTerm', detail: 't3' }])
  })

  it('reads TBX v3 in the DCT style (namespaced data categories)', () => {
    const { entries } = readTbx(fixtureText('tbx3-dct.tbx'))
    expect(entries).toEqual([
      {
        source: 'padrón electoral',
        target: 'electoral roll',
        allowed: ['voter list'],
        forbidden: ['electoral pattern'],
        note: 'List of citizens entitled to vote.'
      }
    ])
  })

  it('refuses XML that is not a termbase', () => {
    expectFormatError(() => readTbx('<tmx version="1.4"><header/><body/></tmx>'), 'format.notTbx')
  })
})
