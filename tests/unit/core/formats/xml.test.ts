import { describe, expect, it } from 'vitest'
import { encodeUtf8 } from '../../../../src/core/formats/encoding'
import { findAll, isElement, parseXml, type XmlElement } from '../../../../src/core/formats/xml'

const slice = (text: string, el: XmlElement | undefined): [string, string] => {
  const span = el?.span
  if (!span) throw new Error('no span')
  return [text.slice(span.start, span.end), text.slice(span.contentStart, span.contentEnd)]
}

describe('parseXml', () => {
  it('gives each element its span as UTF-16 offsets, counting a BOM, astral characters and CRLF', () => {
    const text = '\uFEFF<?xml version="1.0"?>\r\n<r a="😀>">😀 <b\r\n c="1"\r\n>x&amp;😀</b><e/>é</r>'
    const root = parseXml(text)
    expect(slice(text, root)[1]).toBe('😀 <b\r\n c="1"\r\n>x&amp;😀</b><e/>é')
    const [b, e] = root.children.filter(isElement)
    expect(slice(text, b)).toEqual(['<b\r\n c="1"\r\n>x&amp;😀</b>', 'x&amp;😀'])
    expect(slice(text, e)).toEqual(['<e/>', ''])
    expect(e?.span?.contentStart).toBe(e?.span?.end)
    expect(b?.children).toEqual(['x&😀'])
  })

  it('knows namespaces: prefixed, default, and none', () => {
    const root = parseXml(
      '<x:xliff xmlns:x="urn:oasis:names:tc:xliff:document:1.2"><x:file><body xmlns="urn:other"/></x:file></x:xliff>'
    )
    expect(root.ns).toBe('urn:oasis:names:tc:xliff:document:1.2')
    expect(findAll(root, 'file')[0]?.ns).toBe('urn:oasis:names:tc:xliff:document:1.2')
    expect(findAll(root, 'body')[0]?.ns).toBe('urn:other')
    expect(parseXml('<xliff/>').ns).toBe('')
  })

  it('reads an attribute with a prefix nobody declared, as tools write them', () => {
    const root = parseXml('<trans-unit sdl:conf="Translated"/>')
    expect(root.attrs['sdl:conf']).toBe('Translated')
  })

  it('reads the same across the pieces it is parsed in: a tag, a CRLF or an astral character on the edge', () => {
    // The parser is given 16,384 characters at a time: shift the markup across that edge.
    for (let pad = 16_370; pad <= 16_392; pad++) {
      const b = '<b\r\n c="😀"\r\n>x😀\r\ny&amp;</b>'
      const text = `<r>${'a'.repeat(pad)}${b}😀<e/></r>`
      const root = parseXml(text)
      const [bEl, eEl] = root.children.filter(isElement)
      expect(slice(text, bEl)).toEqual([b, 'x😀\r\ny&amp;'])
      expect(bEl?.children).toEqual(['x😀\ny&'])
      expect(bEl?.attrs['c']).toBe('😀')
      expect(slice(text, eEl)).toEqual(['<e/>', ''])
      expect(root.children[0]).toBe('a'.repeat(pad))
      expect(root.children[2]).toBe('😀')
    }
  })

  it('reads UTF-8 bytes into the tree the text gives, spans included, whatever falls on a piece boundary', () => {
    // Pieces of the bytes are decoded on their own: multi-byte and astral characters, tags, a long
    // attribute and CRLFs are moved across every boundary by the changing filler.
    for (const filler of [0, 1, 2, 3, 5, 8, 13]) {
      const units = Array.from(
        { length: 600 },
        (_, i) =>
          `<u id="${i}" n="${'é'.repeat((i * 7 + filler) % 23)}">\r\n<s>“Año” ${i} 😀${'x'.repeat(filler)}</s><![CDATA[<a> é]]><!-- ñ --><e/></u>`
      ).join('\n')
      const text = `<?xml version="1.0"?>\n<r long="${'ü'.repeat(20_000)}">${units}</r>`
      const fromBytes = parseXml(encodeUtf8(text))
      expect(fromBytes).toEqual(parseXml(text))
      const last = findAll(fromBytes, 'u').at(-1)
      expect(slice(text, last)[0]).toMatch(/^<u id="599"[^]*<\/u>$/)
    }
  })

  it('calls a file of blanks from its bytes empty, as from its text', () => {
    expect(() => parseXml(encodeUtf8('\uFEFF \n\u00A0\t'))).toThrow(
      expect.objectContaining({ code: 'format.emptyDocument' })
    )
  })
})
