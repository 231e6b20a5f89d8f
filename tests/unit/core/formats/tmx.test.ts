import { describe, expect, it } from 'vitest'
import { fromTmxDate, toTmxDate } from '../../../../src/core/formats/dates'
import { readTmx, writeTmx } from '../../../../src/core/formats/tmx'
import { at, expectFormatError, fixtureText, parseForAssertions, sampleDocument } from './helpers'

describe('TMX round trip', () => {
  it('gives back pairs, states, reviewers’ notes with their kinds, original target, dates and reviewer', () => {
    const doc = sampleDocument()
    const back = readTmx(writeTmx(doc), { name: doc.name })
    // A memory carries no QA findings: everything else comes back.
    const withoutFindings = doc.units.map((u) => ({ ...u, notes: u.notes.filter((n) => n.from !== 'finding') }))
    expect(back).toEqual({ ...doc, units: withoutFindings })
  })

  it('falls back to plain comments when the note metadata no longer lines up (edited in a CAT tool)', () => {
    const doc = sampleDocument()
    doc.units[0]!.notes.push({ from: 'query', text: '¿Minsa o MINSA?', author: 'Ana' })
    const xml = writeTmx(doc).replace(/<prop type="x-cotejo-note">[^<]*<\/prop>\s*<tuv/, '<tuv')
    const notes = readTmx(xml).units[0]?.notes
    expect(notes?.map((n) => n.from)).toEqual(['comment', 'comment'])
    // The author stays in the text, as the CAT tool showed it.
    expect(notes?.map((n) => n.text)).toEqual(['Lucía Ñahui: Reworded for a natural headline.', 'Ana: ¿Minsa o MINSA?'])
  })

  it('takes the author’s prefix off a note only when its metadata names that author', () => {
    const doc = sampleDocument()
    doc.units[2]!.notes.push(
      { from: 'comment', text: 'Nota: revisar cifras.' },
      { from: 'query', text: 'Ana: ¿quién firma?', author: 'Ana' }
    )
    const xml = writeTmx(doc)
    expect(xml).toContain('<note>Nota: revisar cifras.</note>')
    expect(xml).toContain('<note>Ana: Ana: ¿quién firma?</note>')
    expect(readTmx(xml).units[2]?.notes).toEqual(doc.units[2]!.notes)
  })

  it('leaves out units without a source or a target: a memory pairs both sides', () => {
    const doc = sampleDocument()
    doc.units[1] = { ...doc.units[1]!, target: '  ' }
    doc.units[2] = { ...doc.units[2]!, source: '' }
    expect(readTmx(writeTmx(doc)).units.map((u) => u.id)).toEqual(['1'])
    doc.units[0] = { ...doc.units[0]!, target: '' }
    expectFormatError(() => writeTmx(doc), 'format.emptyDocument')
  })
})

describe('TMX 1.4b structure', () => {
  const tree = parseForAssertions(
    writeTmx(sampleDocument(), { now: new Date('2024-05-08T10:00:00Z'), toolVersion: '0.1.0' })
  )

  it('has the header attributes TMX 1.4b requires', () => {
    const header = at(tree, 'tmx', 'header') as Record<string, string>
    expect(at(tree, 'tmx', '@version')).toBe('1.4')
    expect(header).toMatchObject({
      '@creationtool': 'Cotejo',
      '@creationtoolversion': '0.1.0',
      '@segtype': 'paragraph',
      '@o-tmf': 'Cotejo',
      '@adminlang': 'en',
      '@srclang': 'es-PE',
      '@datatype': 'plaintext',
      '@creationdate': '20240508T100000Z'
    })
  })

  it('writes one <tu> per unit with TMX dates, reviewer ids and both languages', () => {
    const tus = at(tree, 'tmx', 'body', 'tu') as unknown[]
    expect(tus).toHaveLength(3)
    const first = tus[0] as Record<string, unknown>
    expect(first['@creationdate']).toMatch(/^\d{8}T\d{6}Z$/)
    expect(first['@changedate']).toBe('20240507T091500Z')
    expect(first['@changeid']).toBe('lucia.nahui')
    expect(first['@creationid']).toBe('lucia.nahui')
    const tuvs = at(first, 'tuv') as unknown[]
    expect(tuvs.map((t) => at(t, '@xml:lang'))).toEqual(['es-PE', 'en'])
    expect(at(tuvs[1], 'seg')).toBe(
      'The Ministry of Health (Minsa) launched the national influenza vaccination campaign in Arequipa.'
    )
    // The comment only: the QA finding of this unit is not a memory's business. TMX's <note> has
    // no author attribute: the author leads the text, and the note's metadata names them.
    expect(at(first, 'note')).toEqual(['Lucía Ñahui: Reworded for a natural headline.'])
    const meta = (at(first, 'prop') as Array<Record<string, unknown>>).find((p) => p['@type'] === 'x-cotejo-note')
    expect(JSON.parse(String(meta?.['#text']))).toMatchObject({ from: 'comment', author: 'Lucía Ñahui' })
  })
})

describe('TMX from CAT tools', () => {
  it('reads a UTF-16 memory with three languages, native codes dropped and <hi> kept as text', () => {
    const doc = readTmx(fixtureText('cat-tool-utf16.tmx'), { targetLang: 'en' })
    expect(doc.sourceLang).toBe('es-PE')
    expect(doc.targetLang).toBe('en-US')
    const [first, second] = doc.units
    expect(first?.source).toBe('El Seguro Integral de Salud cubre a más de 25 millones de peruanos.')
    expect(first?.target).toBe('The Comprehensive Health Insurance covers more than 25 million Peruvians.')
    expect(first?.createdAt).toBe('2023-09-11T08:22:33.000Z')
    expect(first?.reviewer).toBe('REV02')
    expect(first?.notes).toEqual([{ from: 'comment', text: 'Imported from the 2023 press-release memory.' }])
    // Old-style `lang` attributes, upper case, target listed before source.
    expect(second?.source).toBe('Los vacunatorios atenderán de 8 a. m. a 6 p. m.')
    expect(second?.target).toBe('Vaccination centres will open from 8 a.m. to 6 p.m.')
  })

  it('refuses XML that is not TMX', () => {
    expectFormatError(() => readTmx('<xliff version="1.2"><file/></xliff>'), 'format.notTmx')
  })
})

describe('TMX dates', () => {
  it('converts ISO to YYYYMMDDThhmmssZ in UTC and back', () => {
    expect(toTmxDate('2024-02-29T23:59:58-05:00')).toBe('20240301T045958Z')
    expect(fromTmxDate('20240301T045958Z')).toBe('2024-03-01T04:59:58.000Z')
    expect(toTmxDate('not a date')).toBeUndefined()
  })
})
