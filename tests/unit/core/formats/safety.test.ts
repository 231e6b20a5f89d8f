import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import type { BilingualDocument } from '../../../../src/core/formats/model'
import { readTbx } from '../../../../src/core/formats/tbx'
import { readTmx, writeTmx } from '../../../../src/core/formats/tmx'
import { readXliff, writeXliff } from '../../../../src/core/formats/xliff'
import { expectFormatError, sampleDocument } from './helpers'

const XXE = `<?xml version="1.0"?>
<!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<xliff version="1.2"><file source-language="es" target-language="en"><body>
<trans-unit id="1"><source>&xxe;</source><target>x</target></trans-unit></body></file></xliff>`

const LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<tmx version="1.4"><header srclang="es"/><body><tu><tuv xml:lang="es"><seg>&lol3;</seg></tuv></tu></body></tmx>`

describe('hostile XML is refused before parsing', () => {
  it('a DOCTYPE with an external entity (XXE), whatever the reader', () => {
    expectFormatError(() => readXliff(XXE), 'format.doctypeForbidden')
    expectFormatError(() => readTmx(XXE), 'format.doctypeForbidden')
    expectFormatError(() => readTbx(XXE), 'format.doctypeForbidden')
  })

  it('entity expansion (billion laughs)', () => {
    expectFormatError(() => readTmx(LAUGHS), 'format.doctypeForbidden')
  })

  it('a bare ENTITY declaration, even in odd case', () => {
    expectFormatError(() => readTmx('<tmx><!entity x "y"><header/><body/></tmx>'), 'format.doctypeForbidden')
  })

  it('but "<!DOCTYPE" as text inside CDATA is only text', () => {
    const xml = writeXliff(sampleDocument(), '1.2').replace(
      /<source xml:lang="es-PE">[^<]*<\/source>/,
      '<source xml:lang="es-PE"><![CDATA[Etiqueta <!DOCTYPE html> en la web del ministerio]]></source>'
    )
    expect(readXliff(xml).units[0]?.source).toBe('Etiqueta <!DOCTYPE html> en la web del ministerio')
  })

  it('truncated XML, with the line of the problem, and no partial document', () => {
    const xml = writeXliff(sampleDocument(), '2.0')
    const error = expectFormatError(() => readXliff(xml.slice(0, Math.floor(xml.length * 0.7))), 'format.malformedXml')
    expect(error.params.line).toBeTypeOf('number')
  })

  it('well-formed XML that is not XLIFF', () => {
    expectFormatError(() => readXliff('<html><body><p>Nota de prensa</p></body></html>'), 'format.notXliff')
  })

  it('nesting deeper than the limit', () => {
    const deep = '<g>'.repeat(400) + 'x' + '</g>'.repeat(400)
    expectFormatError(
      () =>
        readXliff(
          `<xliff version="2.0" srcLang="es"><file id="f"><unit id="u"><segment><source>${deep}</source></segment></unit></file></xliff>`
        ),
      'format.malformedXml'
    )
  })

  it('an empty file and a file with no units', () => {
    expectFormatError(() => readXliff(''), 'format.emptyDocument')
    expectFormatError(
      () => readXliff('<xliff version="1.2"><file source-language="es"><body/></file></xliff>'),
      'format.emptyDocument'
    )
  })
})

const TRICKY = 'Tarifa «social» & precios < S/ 5 > S/ 1, "comillas" \'simples\' ]]> ñandú 😀 fin'
const CONTROL = 'Texto\u0001 con\u000B controles\u0008 y \uFFFE sustituto \uD800 suelto'
const CONTROL_CLEANED = 'Texto con controles y  sustituto  suelto'

function trickyDocument(): BilingualDocument {
  return {
    name: 'nota <especial> & "rara"',
    sourceLang: 'es',
    targetLang: 'en',
    units: [
      {
        id: 'u1',
        source: TRICKY,
        target: CONTROL,
        state: 'reviewed',
        notes: [{ from: 'comment', text: TRICKY, author: 'O\'Brien "Ana" <rev> & co' }],
        reviewer: 'José <jefe> & "co"'
      }
    ]
  }
}

describe('escaping and non-ASCII text', () => {
  const rawParser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    trimValues: false
  })

  for (const [name, write] of [
    ['XLIFF 1.2', (d: BilingualDocument) => writeXliff(d, '1.2')],
    ['XLIFF 2.0', (d: BilingualDocument) => writeXliff(d, '2.0')],
    ['TMX', (d: BilingualDocument) => writeTmx(d)]
  ] as const) {
    it(`${name}: output is well-formed, holds no control characters, and reads back exactly`, () => {
      const xml = write(trickyDocument())
      expect(XMLValidator.validate(xml)).toBe(true)
      // eslint-disable-next-line no-control-regex -- the assertion is about control characters
      expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/)
      expect(xml).not.toContain(']]>')
      expect(() => rawParser.parse(xml)).not.toThrow()
      const back = (name === 'TMX' ? readTmx(xml) : readXliff(xml)).units[0]
      expect(back?.source).toBe(TRICKY)
      expect(back?.target).toBe(CONTROL_CLEANED)
      expect(back?.notes[0]?.text).toBe(TRICKY)
      expect(back?.notes[0]?.author).toBe('O\'Brien "Ana" <rev> & co')
      expect(back?.reviewer).toBe('José <jefe> & "co"')
    })
  }

  it('keeps leading, trailing and inner whitespace and line breaks exactly', () => {
    const doc = sampleDocument()
    doc.units[0] = { ...doc.units[0]!, source: '  Sangría inicial,\ty un salto\nde línea  ', target: ' dos  espacios ' }
    for (const xml of [writeXliff(doc, '1.2'), writeXliff(doc, '2.0'), writeTmx(doc)]) {
      const unit = (xml.includes('<tmx') ? readTmx(xml) : readXliff(xml)).units[0]
      expect([unit?.source, unit?.target]).toEqual(['  Sangría inicial,\ty un salto\nde línea  ', ' dos  espacios '])
    }
  })

  it('reads character references and the five XML entities', () => {
    const xml =
      '<xliff version="1.2"><file source-language="es" target-language="en"><body><trans-unit id="1">' +
      '<source>Ni&#241;os &amp; ni&#xF1;as &lt;3 &#x1F600;</source><target>&quot;Kids&quot; &apos;n&apos; more</target>' +
      '</trans-unit></body></file></xliff>'
    const unit = readXliff(xml).units[0]
    expect(unit?.source).toBe('Niños & niñas <3 😀')
    expect(unit?.target).toBe('"Kids" \'n\' more')
  })

  it('refuses to write an empty document or one with duplicate ids', () => {
    const doc = sampleDocument()
    expectFormatError(() => writeXliff({ ...doc, units: [] }, '1.2'), 'format.emptyDocument')
    expectFormatError(() => writeTmx({ ...doc, units: [doc.units[0]!, doc.units[0]!] }), 'format.invalidDocument')
    expectFormatError(() => writeTmx({ ...doc, targetLang: 'english please' }), 'format.invalidDocument')
  })
})
