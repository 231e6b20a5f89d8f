import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readTmx } from '../../../../src/core/formats/tmx'
import { readXliff } from '../../../../src/core/formats/xliff'
import { encodeUtf8 } from '../../../../src/core/formats/encoding'
import { isFormatError } from '../../../../src/core/formats/errors'
import { parseXml } from '../../../../src/core/formats/xml'
import { tempDir } from '../../support/fs'
import { HOSTILE, runBounded } from './bounded-child'
import { expectFormatError } from './helpers'

const HEAD = '<?xml version="1.0"?>'
const unit = (source: string): string =>
  `<xliff version="1.2"><file source-language="es" target-language="en"><body><trans-unit id="1"><source>${source}</source><target>Hello</target></trans-unit></body></file></xliff>`

describe('the DTD gate', () => {
  it('refuses a DOCTYPE hidden after a comment opener inside CDATA, a PI or an attribute', () => {
    // In CDATA the opener is text, so the DOCTYPE is markup; a '<' in a PI or an attribute is malformed.
    const doctype = '<!DOCTYPE z [<!ENTITY e "EXPANDED">]>'
    expectFormatError(() => readXliff(unit(`<![CDATA[<!--]]>${doctype}&e;<!-- -->`)), 'format.doctypeForbidden')
    expectFormatError(() => readXliff(`${HEAD}<?pi <!-- ?>${doctype}<!-- -->${unit('Hola')}`), 'format.malformedXml')
    expectFormatError(
      () => readXliff(`${HEAD}<?pi a="?><!--" ?>${doctype}<!-- -->${unit('Hola')}`),
      'format.malformedXml'
    )
    expectFormatError(() => readXliff(unit(`<g id="<!--">${doctype}</g><!-- -->`)), 'format.malformedXml')
  })

  it('accepts a DOCTYPE that only names its DTD, before the root, and never reads the DTD', () => {
    for (const doctype of [
      '<!DOCTYPE tmx SYSTEM "tmx14.dtd">',
      `<!DOCTYPE martif PUBLIC "ISO 12200:1999A//DTD MARTIF core (DXFcdV04)//EN" 'file:///etc/passwd'>`,
      '<!DOCTYPE r [ <!-- nothing declared --> ]>',
      '<!DOCTYPE r>'
    ]) {
      expect(parseXml(`${HEAD}\n${doctype}\n<r a="1">x</r>`).children).toEqual(['x'])
    }
  })

  it('refuses entity and other declarations in the internal subset, a second DOCTYPE and one after the root', () => {
    for (const [xml, declaration] of [
      ['<!DOCTYPE r [<!ENTITY e "x">]><r>&e;</r>', 'ENTITY'],
      ['<!DOCTYPE r SYSTEM "r.dtd" [<!ENTITY e SYSTEM "file:///etc/passwd">]><r>&e;</r>', 'ENTITY'],
      ['<!DOCTYPE r [<!-- ] > --><!ENTITY % p "x">]><r/>', 'ENTITY'],
      ['<!DOCTYPE r [<!ATTLIST r a CDATA "injected">]><r/>', 'ATTLIST'],
      ['<!DOCTYPE r SYSTEM "a.dtd"><!DOCTYPE r SYSTEM "b.dtd"><r/>', 'DOCTYPE'],
      ['<r/><!DOCTYPE r SYSTEM "a.dtd">', 'DOCTYPE']
    ] as const) {
      const error = expectFormatError(() => parseXml(xml), 'format.doctypeForbidden')
      expect(error.params.declaration).toBe(declaration)
    }
  })

  it('refuses XInclude, and calls an undefined entity malformed with its line and column', () => {
    const include = '<r xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="/etc/passwd" parse="text"/></r>'
    expect(expectFormatError(() => parseXml(include), 'format.doctypeForbidden').params.declaration).toBe('XInclude')
    const error = expectFormatError(
      () => parseXml('<!DOCTYPE r SYSTEM "r.dtd">\n<r>\n  caf&eacute;</r>'),
      'format.malformedXml'
    )
    expect([error.params.line, error.params.reason]).toEqual([3, 'undefined entity'])
  })

  it('refuses every kind of DTD declaration, in any case', () => {
    for (const decl of [
      '<!DOCTYPE x>',
      '<!ENTITY x "y">',
      '<!ELEMENT x ANY>',
      '<!ATTLIST x y CDATA #IMPLIED>',
      '<!NOTATION x SYSTEM "y">',
      '<!doctype x>'
    ]) {
      expectFormatError(() => parseXml(`<r>${decl}</r>`), 'format.doctypeForbidden')
    }
  })

  it('lets a DOCTYPE through only as text: in a comment, in CDATA, escaped, or in a quoted attribute with no <', () => {
    const root = parseXml(
      `${HEAD}<!-- <!DOCTYPE x> --><r a="&lt;!DOCTYPE x&gt;" b='x > y'><![CDATA[<!DOCTYPE html>]]>&lt;!DOCTYPE y&gt;</r>`
    )
    expect(root.attrs).toEqual({ a: '<!DOCTYPE x>', b: 'x > y' })
    expect(root.children).toEqual(['<!DOCTYPE html><!DOCTYPE y>'])
  })

  it('calls unterminated comments, CDATA, PIs and tags malformed, with a line', () => {
    for (const broken of [
      `<r><!-- x</r>`,
      `<r><![CDATA[x</r>`,
      `<?xml version="1.0"`,
      `<r>\n<a b="x></r>`,
      `<r><![INCLUDE[x]]></r>`
    ]) {
      const error = expectFormatError(() => parseXml(broken), 'format.malformedXml')
      expect(error.params.line).toBeTypeOf('number')
    }
  })

  it('is linear: ten megabytes of comment openers without closers are refused at once', () => {
    const body = '<!--'.repeat(2_500_000)
    const error = expectFormatError(() => readTmx(`${HEAD}<tmx version="1.4">${body}</tmx>`), 'format.malformedXml')
    expect(error.params.reason).toBe('unterminated comment')
  })
})

describe('the DTD gate on UTF-8 bytes', () => {
  it('refuses and accepts what it does on the text, with the same line and column', () => {
    const doctype = '<!DOCTYPE z [<!ENTITY e "EXPANDED">]>'
    for (const xml of [
      unit(`<![CDATA[<!--]]>${doctype}&e;<!-- -->`),
      `${HEAD}<?pi <!-- ?>${doctype}<!-- -->${unit('Hola')}`,
      unit(`<g id="<!--">${doctype}</g><!-- -->`),
      '<!DOCTYPE r [<!-- ] > --><!ENTITY % p "x">]><r/>',
      '<!DOCTYPE r SYSTEM "a.dtd"><!DOCTYPE r SYSTEM "b.dtd"><r/>',
      '<r/><!DOCTYPE r SYSTEM "a.dtd">',
      '<!DOCTYPE r [ <!-- nada --> ]>\n<r>“ñ”</r>',
      '<r>\n“Señor” <a b="x></r>',
      '<r>\n“Año” 😀 <![CDATA[x</r>',
      '<!DOCTYPE r [ <x> ]><r/>',
      '<r>\n  caf&eacute;</r>'
    ]) {
      const outcome = (input: string | Uint8Array): unknown => {
        try {
          return parseXml(input).name
        } catch (error) {
          return isFormatError(error) ? { code: error.code, params: error.params } : String(error)
        }
      }
      expect(outcome(encodeUtf8(xml))).toEqual(outcome(xml))
    }
  })
})

describe('hostile XML files, each read in a child process with a heap cap and a time limit', () => {
  const read = async (reader: string, file: string): Promise<string> => {
    const outcome = await runBounded('tests/unit/core/formats/read-file-child.ts', [reader, file])
    expect(outcome.code, outcome.stderr).toBe(0)
    return outcome.stdout.trim()
  }

  it('a DOCTYPE after <![CDATA[<!--]]> (internal entity, billion laughs) and the plain control are refused', async () => {
    for (const name of [
      'doctype-after-cdata-comment-internal-entity.xlf',
      'doctype-after-cdata-comment-billion-laughs.xlf',
      'plain-doctype-control.xlf'
    ]) {
      expect(await read('xliff', join(HOSTILE, name))).toBe('format.doctypeForbidden')
    }
  })

  it('400 KB of comment openers, as XLIFF and as a TBX glossary, with and without a DOCTYPE', async () => {
    const dir = tempDir()
    const openers = '<!--'.repeat(100_000)
    const files = {
      'with-doctype.xlf': [`${HEAD}<!DOCTYPE x [<!ENTITY e "y">]>${openers}`, 'xliff', 'format.doctypeForbidden'],
      'with-external-dtd.xlf': [`${HEAD}<!DOCTYPE x SYSTEM "x.dtd">${openers}`, 'xliff', 'format.malformedXml'],
      'openers.xlf': [`${HEAD}<xliff version="1.2">${openers}`, 'xliff', 'format.malformedXml'],
      'openers.tbx': [`${HEAD}<tbx type="TBX-Basic">${openers}`, 'tbx', 'format.malformedXml']
    } as const
    for (const [name, [text, reader, expected]] of Object.entries(files)) {
      writeFileSync(join(dir, name), text)
      expect(await read(reader, join(dir, name))).toBe(expected)
    }
  })
})
