import { describe, expect, it } from 'vitest'
import { placeholder as p, type InlineCode } from '../../../../src/core/formats/inline-codes'
import type { BilingualDocument } from '../../../../src/core/formats/model'
import { readTmx, writeTmx } from '../../../../src/core/formats/tmx'
import { readXliff, writeXliff } from '../../../../src/core/formats/xliff'

/** A made-up segment from a word processor: bold run, a footnote mark, a line break only in the target. */
const CODES: InlineCode[] = [
  { k: 0, kind: 'open', id: '1', label: 'g1', xml: '<g id="1" ctype="bold">', deletable: true },
  { k: 1, kind: 'close', id: '1', label: '/g1', xml: '</g>', deletable: true },
  { k: 2, kind: 'standalone', id: '2', label: 'x2', xml: '<x id="2" ctype="x-footnote"/>', title: 'footnote 3' },
  { k: 3, kind: 'standalone', id: '3', label: 'x3', xml: '<x id="3" ctype="lb"/>' }
]

function doc(source: string, target: string, codes = CODES): BilingualDocument {
  return {
    name: 'codes',
    sourceLang: 'es',
    targetLang: 'en',
    units: [{ id: '1', source, target, state: 'translated', notes: [], codes }]
  }
}

const writers = {
  'XLIFF 2.0': (d: BilingualDocument) => readXliff(writeXliff(d, '2.0')),
  'XLIFF 1.2': (d: BilingualDocument) => readXliff(writeXliff(d, '1.2')),
  TMX: (d: BilingualDocument) => readTmx(writeTmx(d))
}

const comparable = (codes: readonly InlineCode[] | undefined) => codes?.map(({ k, kind, xml }) => ({ k, kind, xml }))

describe.each(Object.entries(writers))('inline codes in Cotejo %s', (_format, roundTrip) => {
  it('come back as the same placeholders with the same markup', () => {
    const source = `La ${p(0)}ministra${p(1)} habló${p(2)} ayer.`
    const target = `The ${p(0)}minister${p(1)} spoke${p(2)}${p(3)}yesterday.`
    const unit = roundTrip(doc(source, target)).units[0]
    expect(unit?.source).toBe(source)
    expect(unit?.target).toBe(target)
    expect(comparable(unit?.codes)).toEqual(comparable(CODES))
  })

  it('keep a translator’s tag errors as they are: a lone half, a reversed pair, a doubled code', () => {
    const source = `La ${p(0)}ministra${p(1)} habló${p(2)}.`
    const target = `The ${p(1)}minister${p(0)} spoke${p(2)}${p(2)}.`
    const unit = roundTrip(doc(source, `${target} ${p(0)}end`)).units[0]
    expect(unit?.target).toBe(`${target} ${p(0)}end`)
    expect(comparable(unit?.codes)).toEqual(comparable(CODES.filter((c) => c.k !== 3)))
  })

  it('leave a placeholder the segment has no code for as the character it is', () => {
    const unit = roundTrip(doc(`Uno ${p(7)}`, `One ${p(7)}`, [])).units[0]
    expect(unit?.source).toBe(`Uno ${p(7)}`)
    expect(unit?.codes).toBeUndefined()
  })
})

describe('inline codes in Cotejo XLIFF 2', () => {
  it('are standard code elements holding the markup, with what the file says a code may be', () => {
    const xml = writeXliff(doc(`A ${p(0)}b${p(1)}${p(2)}`, `A ${p(0)}b${p(1)}${p(2)}`), '2.0')
    expect(xml).toContain('<data id="d0">&lt;g id=&quot;1&quot; ctype=&quot;bold&quot;&gt;</data>')
    expect(xml).toContain('<target xml:lang="en">A <sc id="c0" dataRef="d0"/>b<ec startRef="c0" dataRef="d1"/>')
    expect(xml).toContain('<ph id="c2" dataRef="d2" disp="footnote 3" canDelete="no"/>')
    const codes = readXliff(xml).units[0]?.codes
    expect(codes?.find((c) => c.k === 2)).toMatchObject({ title: 'footnote 3', label: 'x2' })
    expect(codes?.find((c) => c.k === 2)?.deletable).toBeUndefined()
    expect(codes?.find((c) => c.k === 1)).toMatchObject({ label: '/g1', deletable: true })
  })

  it('in a file Cotejo did not write are read as before (CAT files have their own reader)', () => {
    const xml = writeXliff(doc(`A ${p(2)}b`, `A ${p(2)}b`), '2.0').replace(/ xmlns:cotejo="[^"]*"/, '')
    expect(readXliff(xml).units[0]?.source).toBe('A b')
  })
})
