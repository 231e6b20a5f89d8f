import { describe, expect, it } from 'vitest'
import { readXliff, readXliffVersion, writeXliff } from '../../../../src/core/formats/xliff'
import { at, expectFormatError, fixtureText, parseForAssertions, sampleDocument } from './helpers'

describe('XLIFF round trip', () => {
  for (const version of ['1.2', '2.0'] as const) {
    it(`XLIFF ${version}: the same pairs, states, notes, original target, dates and reviewer come back`, () => {
      const doc = sampleDocument()
      const back = readXliff(writeXliff(doc, version))
      expect(back).toEqual(doc)
    })
  }

  it('a unit without notes or original target stays without them', () => {
    const doc = sampleDocument()
    const back = readXliff(writeXliff(doc, '2.0'))
    expect(back.units[2]?.notes).toEqual([])
    expect(back.units[2]).not.toHaveProperty('originalTarget')
  })
})

describe('XLIFF 1.2 structure', () => {
  const xml = writeXliff(sampleDocument(), '1.2', { now: new Date('2024-05-08T10:00:00Z'), toolVersion: '0.1.0' })
  const tree = parseForAssertions(xml)

  it('declares version, namespace and languages on <file>', () => {
    expect(at(tree, 'xliff', '@version')).toBe('1.2')
    expect(at(tree, 'xliff', '@xmlns')).toBe('urn:oasis:names:tc:xliff:document:1.2')
    expect(at(tree, 'xliff', 'file', '@source-language')).toBe('es-PE')
    expect(at(tree, 'xliff', 'file', '@target-language')).toBe('en')
    expect(at(tree, 'xliff', 'file', 'header', 'tool', '@tool-name')).toBe('Cotejo')
  })

  it('maps states to target@state and approved', () => {
    const units = at(tree, 'xliff', 'file', 'body', 'trans-unit') as unknown[]
    expect(units.map((u) => at(u, 'target', '@state'))).toEqual(['signed-off', 'final', 'translated'])
    expect(units.map((u) => (u as Record<string, unknown>)['@approved'])).toEqual(['yes', 'yes', undefined])
  })

  it('keeps the translator original as a previous-version alt-trans and findings as notes', () => {
    const unit = (at(tree, 'xliff', 'file', 'body', 'trans-unit') as unknown[])[0]
    expect(at(unit, 'alt-trans', '@alttranstype')).toBe('previous-version')
    expect(at(unit, 'alt-trans', 'target', '#text')).toContain('The Health Ministry')
    const notes = at(unit, 'note') as unknown[]
    // <note> takes no foreign attributes: a finding says it is about the target.
    expect(Object.keys(notes[0] as object).filter((k) => k.startsWith('@cotejo'))).toEqual([])
    expect(at(notes[0], '@annotates')).toBe('target')
    expect(at(notes[0], '@priority')).toBe('3')
    expect(at(notes[1], '@from')).toBe('Lucía Ñahui')
  })
})

describe('XLIFF 2.0 structure', () => {
  const tree = parseForAssertions(writeXliff(sampleDocument(), '2.0'))

  it('declares srcLang/trgLang and puts state on <segment>', () => {
    expect(at(tree, 'xliff', '@version')).toBe('2.0')
    expect(at(tree, 'xliff', '@srcLang')).toBe('es-PE')
    expect(at(tree, 'xliff', '@trgLang')).toBe('en')
    const units = at(tree, 'xliff', 'file', 'unit') as unknown[]
    expect(units.map((u) => at(u, 'segment', 0, '@state'))).toEqual(['reviewed', 'final', 'translated'])
  })

  it('puts notes before the segment and the original in the change-tracking module', () => {
    const unit = (at(tree, 'xliff', 'file', 'unit') as unknown[])[0]
    expect(at(unit, 'notes', 'note', 0, '@category')).toBe('terminology/inconsistent-with-termbase')
    expect(at(unit, 'ctr:changeTrack', 'ctr:revisions', '@appliesTo')).toBe('target')
    expect(at(unit, 'ctr:changeTrack', 'ctr:revisions', 'ctr:revision', 'ctr:item', '#text')).toContain(
      'The Health Ministry'
    )
    const keys = Object.keys(unit as object).filter((k) => !k.startsWith('@'))
    expect(keys.indexOf('notes')).toBeLessThan(keys.indexOf('segment'))
  })

  it('refuses ids that are not NMTOKENs instead of rewriting them', () => {
    const doc = sampleDocument()
    doc.units[0] = { ...doc.units[0]!, id: 'párrafo 1' }
    expectFormatError(() => writeXliff(doc, '2.0'), 'format.invalidDocument')
  })
})

describe('XLIFF from CAT tools', () => {
  it('reads 1.2 with nested groups, segmentation markup and native codes as plain text', () => {
    const doc = readXliff(fixtureText('okapi-groups-1.2.xlf'))
    expect(doc.sourceLang).toBe('es-PE')
    expect(doc.targetLang).toBe('en-US')
    expect(doc.name).toBe('comunicado-produce.docx')
    expect(doc.units.map((u) => u.id)).toEqual(['tu1', 'tu2', 'tu4', 'tu5'])
    const [tu1, tu2, tu4, tu5] = doc.units
    expect(tu1?.source).toBe('Produce entregó 300 motores a pescadores artesanales de Piura')
    expect(tu1?.target).toBe('Produce delivered 300 engines to artisanal fishermen in Piura')
    expect(tu2?.target).toBe('The Vice Minister of Fisheries, Jorge Salas, said the investment exceeds S/ 4 million.')
    expect(tu2?.state).toBe('reviewed')
    expect(tu2?.notes).toEqual([{ from: 'comment', text: "Check the vice minister's title.", author: 'translator' }])
    expect(tu4?.state).toBe('final')
    expect(tu5?.target).toBe('')
  })

  it('reads Trados SDLXLIFF: confirmation levels, tracked deletions left out', () => {
    const doc = readXliff(fixtureText('trados-sample.sdlxliff'))
    expect(doc.units.map((u) => [u.target, u.state])).toEqual([
      ['The Juntos program expands its coverage to 20 districts of Huancavelica.', 'final'],
      ['The bimonthly transfer is S/ 200.', 'reviewed']
    ])
  })

  it('reads 2.0 units of several segments, joined, as done as their least done segment', () => {
    const doc = readXliff(fixtureText('cat-tool-2.0.xlf'))
    expect(doc.targetLang).toBe('en-GB')
    expect(doc.units).toHaveLength(2)
    const [u1, u2] = doc.units
    expect(u1?.source).toBe(
      'El MEF transfirió S/ 150 millones a los gobiernos regionales. Los recursos financiarán obras de agua potable.'
    )
    expect(u1?.target).toBe(
      'The MEF transferred S/ 150 million to regional governments. The funds will finance drinking water projects.'
    )
    expect(u1?.state).toBe('translated')
    expect(u1?.notes).toEqual([
      { from: 'comment', text: 'Use "Ministry of Economy and Finance" on first mention.', category: 'terminology' }
    ])
    expect(u2?.target).toBe('The measure was published in the official gazette El Peruano.')
    expect(u2?.state).toBe('final')
  })

  it('refuses another version when one is asked for', () => {
    expectFormatError(() => readXliffVersion('1.2', fixtureText('cat-tool-2.0.xlf')), 'format.unsupportedVersion')
  })
})
