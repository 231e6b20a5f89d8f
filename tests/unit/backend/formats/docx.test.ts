import { Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, TextRun } from 'docx'
import { XMLParser } from 'fast-xml-parser'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { readDocxParagraphs } from '../../../../src/backend/formats/docx-read'
import { readReviewTable } from '../../../../src/backend/formats/docx-review-read'
import {
  DELETED_COLOR,
  INSERTED_COLOR,
  writeDocxTable,
  writeDocxTarget
} from '../../../../src/backend/formats/docx-write'
import { MAX_DOCX_UNCOMPRESSED_BYTES } from '../../../../src/core/formats/limits'
import { parseCombined } from '../../../../src/core/formats/combined'
import { targetParagraphs } from '../../../../src/core/formats/text'
import { expectFormatErrorAsync, sampleDocument } from '../../core/formats/helpers'
import { seedFiles } from '../../support/seeds'
import { wordTable } from '../../support/word-table'

type Ordered = Record<string, unknown>[]

/** document.xml in document order (fast-xml-parser preserveOrder form). */
async function documentXml(bytes: Uint8Array): Promise<Ordered> {
  const zip = await JSZip.loadAsync(bytes)
  const xml = await zip.file('word/document.xml')?.async('string')
  expect(xml, 'word/document.xml').toBeTypeOf('string')
  return new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    trimValues: false
  }).parse(xml as string) as Ordered
}

const nameOf = (node: Record<string, unknown>): string => Object.keys(node).find((k) => k !== ':@') ?? ''
const kids = (node: Record<string, unknown>): Ordered => {
  const value = node[nameOf(node)]
  return Array.isArray(value) ? (value as Ordered) : []
}
const attrsOf = (node: Record<string, unknown>): Record<string, string> => (node[':@'] as Record<string, string>) ?? {}

function all(nodes: Ordered, name: string): Ordered {
  return nodes.flatMap((n) => (nameOf(n) === name ? [n] : all(kids(n), name)))
}

function text(node: Record<string, unknown>): string {
  return all(kids(node), 'w:t')
    .map((t) =>
      kids(t)
        .map((x) => String(x['#text'] ?? ''))
        .join('')
    )
    .join('')
}

interface RunInfo {
  text: string
  strike: boolean
  underline: boolean
  color: string | undefined
}

function runsOf(node: Record<string, unknown>): RunInfo[] {
  return all(kids(node), 'w:r').map((r) => {
    const props = kids(r).find((k) => nameOf(k) === 'w:rPr')
    const prop = (name: string): Record<string, unknown> | undefined =>
      props ? kids(props).find((k) => nameOf(k) === name) : undefined
    const color = prop('w:color')
    return {
      text: text(r),
      strike: prop('w:strike') !== undefined,
      underline: prop('w:u') !== undefined,
      color: color && attrsOf(color)['w:val']
    }
  })
}

describe('DOCX bilingual table', () => {
  it('is a valid document: one table, header row repeated, landscape, a row per unit', async () => {
    const bytes = await writeDocxTable(sampleDocument())
    const doc = await documentXml(bytes)
    const tables = all(doc, 'w:tbl')
    expect(tables).toHaveLength(1)
    const rows = all(kids(tables[0]!), 'w:tr')
    expect(rows).toHaveLength(1 + sampleDocument().units.length)
    expect(all(kids(rows[0]!), 'w:tblHeader')).toHaveLength(1)
    expect(text(rows[0]!)).toContain('Corrected target (en)')
    const pgSz = all(doc, 'w:pgSz')[0]!
    const size = attrsOf(pgSz)
    expect(size['w:orient']).toBe('landscape')
    expect(Number(size['w:w'])).toBeGreaterThan(Number(size['w:h']))
    const cells = all(kids(rows[2]!), 'w:tc').map(text)
    expect(cells[0]).toBe(sampleDocument().units[1]!.id)
    expect(cells[3]).toBe('Final')
    expect(cells[4]).toBe('[query; ; ; reviewer 2] ¿Se cita a la ministra o al viceministro?')
  })

  it('writes corrections as Word revisions: accepting them gives the correction, rejecting them the original', async () => {
    const source = sampleDocument()
    const unit = source.units[0]!
    const rows = all(kids(all(await documentXml(await writeDocxTable(source)), 'w:tbl')[0]!), 'w:tr')
    const targetCell = all(kids(rows[1]!), 'w:tc')[2]!
    const deletions = all(kids(targetCell), 'w:del')
    const insertions = all(kids(targetCell), 'w:ins')
    expect(deletions.length).toBeGreaterThan(0)
    expect(insertions.length).toBeGreaterThan(0)
    for (const change of [...deletions, ...insertions]) expect(attrsOf(change)['w:author']).toBeTruthy()
    const deletedText = (node: Record<string, unknown>): string =>
      all(kids(node), 'w:delText')
        .map((t) =>
          kids(t)
            .map((x) => String(x['#text'] ?? ''))
            .join('')
        )
        .join('')
    // Accept all: plain text and insertions. Reject all: plain text and deletions.
    const accepted: string[] = []
    const rejected: string[] = []
    for (const node of kids(all(kids(targetCell), 'w:p')[0]!)) {
      const name = nameOf(node)
      if (name === 'w:ins') accepted.push(text(node))
      else if (name === 'w:del') rejected.push(deletedText(node))
      else if (name === 'w:r') {
        accepted.push(text(node))
        rejected.push(text(node))
      }
    }
    expect(accepted.join('')).toBe(unit.target)
    expect(rejected.join('')).toBe(unit.originalTarget)
    expect(
      runsOf(all(kids(rows[1]!), 'w:tc')[2]!)
        .filter((r) => r.strike)
        .every((r) => r.color === DELETED_COLOR)
    ).toBe(true)
    expect(
      runsOf(all(kids(rows[1]!), 'w:tc')[2]!)
        .filter((r) => r.underline)
        .every((r) => r.color === INSERTED_COLOR)
    ).toBe(true)
    // An unchanged unit has no revisions at all.
    expect(all(kids(all(kids(rows[3]!), 'w:tc')[2]!), 'w:ins')).toHaveLength(0)
  })

  it('reads back by ID with the corrections accepted', async () => {
    const doc = sampleDocument()
    const rows = await readReviewTable(await writeDocxTable(doc), { source: doc.sourceLang, target: doc.targetLang })
    expect(rows.map((r) => r.id)).toEqual(doc.units.map((u) => u.id))
    expect(rows.map((r) => r.target)).toEqual(doc.units.map((u) => u.target))
    expect(rows.map((r) => r.source)).toEqual(doc.units.map((u) => u.source))
    expect(rows.map((r) => r.status)).toEqual(['Reviewed', 'Final', 'Translated'])
  })

  it('writes a CRLF or a lone CR as a Word line break (Word has no kinds of line end), never as a raw CR', async () => {
    const doc = sampleDocument()
    doc.units[0] = { ...doc.units[0]!, target: 'Una\r\ndos\rtres\ncuatro', originalTarget: 'Una\r\ndos' }
    const bytes = await writeDocxTable(doc)
    const zip = await JSZip.loadAsync(bytes)
    expect(await zip.file('word/document.xml')?.async('string')).not.toMatch(/\r|&#13;|&#xD;/i)
    const rows = await readReviewTable(bytes, { source: doc.sourceLang, target: doc.targetLang })
    expect(rows[0]?.target).toBe('Una\ndos\ntres\ncuatro')
  })
})

describe('review tables from other tools', () => {
  it('finds the columns by their names (Trados-style) and accepts the tracked edits', async () => {
    const bytes = await wordTable(
      ['Segment ID', 'Source segment', 'Target segment'],
      [
        ['1', 'La oficina abre a las nueve.', ['The office opens at ', { del: 'ten' }, { ins: 'nine' }, '.']],
        ['2', 'Gracias.', ['Thank you.']]
      ]
    )
    expect(await readReviewTable(bytes, { source: 'es', target: 'en' })).toEqual([
      { id: '1', source: 'La oficina abre a las nueve.', target: 'The office opens at nine.' },
      { id: '2', source: 'Gracias.', target: 'Thank you.' }
    ])
  })

  it('reads a status column by its name, wherever it stands (Trados “Segment status”, Spanish “Estado”)', async () => {
    const trados = await wordTable(
      ['Segment ID', 'Segment status', 'Source segment', 'Target segment'],
      [['4', 'Signed Off', 'Adiós.', ['Goodbye.']]]
    )
    expect(await readReviewTable(trados, { source: 'es', target: 'en' })).toEqual([
      { id: '4', source: 'Adiós.', target: 'Goodbye.', status: 'Signed Off' }
    ])
    const spanish = await wordTable(
      ['ID', 'Texto fuente (es)', 'Traducción corregida (en)', 'Estado'],
      [['1', 'Hola.', ['Hello.'], 'Rechazado']]
    )
    expect((await readReviewTable(spanish, { source: 'es', target: 'en' }))[0]?.status).toBe('Rechazado')
  })

  it('takes language codes as column names (memoQ-style)', async () => {
    const bytes = await wordTable(['ID', 'es-ES', 'en-GB'], [['7', 'Hola.', ['Hello', { ins: ' there' }, '.']]])
    expect(await readReviewTable(bytes, { source: 'es', target: 'en' })).toEqual([
      { id: '7', source: 'Hola.', target: 'Hello there.' }
    ])
  })

  it('refuses a Word file without such a table, naming what it looked for', async () => {
    const bytes = await wordTable(['Name', 'Notes', 'Other'], [['x', 'y', ['z']]])
    await expectFormatErrorAsync(readReviewTable(bytes, { source: 'es', target: 'en' }), 'format.missingColumn')
  })
})

describe('DOCX corrected target', () => {
  it('holds the corrected English alone, one paragraph each, and reads back the same', async () => {
    const doc = sampleDocument()
    doc.units[2] = { ...doc.units[2]!, target: 'First paragraph of a bead.\n\nSecond paragraph of the same bead.' }
    const bytes = await writeDocxTarget(doc)
    expect(await readDocxParagraphs(bytes)).toEqual(targetParagraphs(doc))
    expect(targetParagraphs(doc)).toHaveLength(4)
  })
})

describe('DOCX reading', () => {
  const parsed = parseCombined(seedFiles()[1]!.text)
  if (!parsed.ok) throw new Error(`seed does not parse: ${parsed.error}`)
  const { source, target } = parsed.value

  /** A Word file as an editor makes one: title as a heading, some list items, blank paragraphs, a footnote. */
  async function wordFile(paragraphs: string[]): Promise<Uint8Array> {
    const children = paragraphs.flatMap((p, i) => {
      if (i === 0) return [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(p)] })]
      if (i === 3 || i === 4) return [new Paragraph({ bullet: { level: 0 }, children: [new TextRun(p)] })]
      if (i === 2)
        return [new Paragraph({ children: [new TextRun(p), new FootnoteReferenceRun(1)] }), new Paragraph('')]
      return [new Paragraph({ children: [new TextRun({ text: p, bold: i % 5 === 0 })] })]
    })
    const document = new Document({
      footnotes: { 1: { children: [new Paragraph('Fuente: nota de prensa oficial.')] } },
      sections: [{ children }]
    })
    return new Uint8Array(await Packer.toBuffer(document))
  }

  it('a Spanish and an English .docx made from a seed give the same paragraphs as its text version', async () => {
    expect(await readDocxParagraphs(await wordFile(source))).toEqual(source)
    expect(await readDocxParagraphs(await wordFile(target))).toEqual(target)
  })

  it('joins the lines of a paragraph with soft line breaks', async () => {
    const document = new Document({
      sections: [
        {
          children: [
            new Paragraph({
              children: [
                new TextRun('Lima, 3 de mayo de 2024'),
                new TextRun({ text: 'Nota de prensa N.º 145', break: 1 })
              ]
            })
          ]
        }
      ]
    })
    expect(await readDocxParagraphs(new Uint8Array(await Packer.toBuffer(document)))).toEqual([
      'Lima, 3 de mayo de 2024 Nota de prensa N.º 145'
    ])
  })
})

describe('hostile or broken .docx', () => {
  it('refuses a zip bomb from its directory (huge ratio) before decompressing it', async () => {
    const zip = new JSZip()
    zip.file('[Content_Types].xml', '<Types/>')
    zip.file('word/document.xml', ' '.repeat(8 * 1024 * 1024))
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
    const error = await expectFormatErrorAsync(readDocxParagraphs(bytes), 'format.zipBomb')
    expect(error.params.ratio).toBeGreaterThan(100)
  })

  it('refuses XML parts that expand beyond the total limit, even when stored uncompressed', async () => {
    const zip = new JSZip()
    zip.file('word/document.xml', '<w:document/>')
    zip.file('word/styles.xml', new Uint8Array(MAX_DOCX_UNCOMPRESSED_BYTES + 1))
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'STORE' })
    const error = await expectFormatErrorAsync(readDocxParagraphs(bytes), 'format.zipBomb')
    expect(error.params.limit).toBe(MAX_DOCX_UNCOMPRESSED_BYTES)
  })

  it('refuses a zip whose directory lies about sizes, while inflating, with a cap', async () => {
    const zip = new JSZip()
    zip.file('word/document.xml', ' '.repeat(8 * 1024 * 1024))
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    // Local header: uncompressed size at +22; central directory: at +24.
    for (let i = 0; i + 4 <= bytes.length; i++) {
      const signature = view.getUint32(i, true)
      if (signature === 0x04034b50) view.setUint32(i + 22, 2000, true)
      if (signature === 0x02014b50) view.setUint32(i + 24, 2000, true)
    }
    await expectFormatErrorAsync(readDocxParagraphs(bytes), 'format.zipBomb')
  })

  it('refuses files that are not Word documents', async () => {
    await expectFormatErrorAsync(
      readDocxParagraphs(new TextEncoder().encode('Nota de prensa en texto plano')),
      'format.notDocx'
    )
    const zip = new JSZip()
    zip.file('hola.txt', 'no soy un docx')
    await expectFormatErrorAsync(readDocxParagraphs(await zip.generateAsync({ type: 'uint8array' })), 'format.notDocx')
  })

  it('refuses a document with no text', async () => {
    const empty = new Document({ sections: [{ children: [new Paragraph(''), new Paragraph('  ')] }] })
    await expectFormatErrorAsync(
      readDocxParagraphs(new Uint8Array(await Packer.toBuffer(empty))),
      'format.emptyDocument'
    )
  })
})
