/**
 * The Word exports written as streamed XML (docx-write.ts) against the same exports built as the
 * `docx` library's object model (the writer before it, tests/unit/support/docx-write-reference.ts):
 * every part the same, byte for byte, and the files valid OOXML that our readers read back.
 */
import { XMLValidator } from 'fast-xml-parser'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { readDocxParagraphs } from '../../../../src/backend/formats/docx-read'
import { readReviewTable } from '../../../../src/backend/formats/docx-review-read'
import { writeDocxTable, writeDocxTarget } from '../../../../src/backend/formats/docx-write'
import { labelsFor } from '../../../../src/core/formats/labels'
import type { BilingualDocument } from '../../../../src/core/formats/model'
import { targetParagraphs } from '../../../../src/core/formats/text'
import * as reference from '../../support/docx-write-reference'

/** A made-up review: corrections over several lines, queries, findings, comments, and text that needs escaping. */
function review(): BilingualDocument {
  return {
    name: 'boletín <interno> & "final"',
    sourceLang: 'es-MX',
    targetLang: 'en-US',
    units: [
      {
        id: '1',
        source: 'La planta de Querétaro produjo 1 200 toneladas & más.',
        target: 'The Querétaro plant produced 1,200 tonnes & more.',
        originalTarget: 'The Queretaro factory made 1.200 tons and more.',
        state: 'reviewed',
        reviewer: 'ana <revisora> & "co"',
        changedAt: '2026-11-30T08:00:00.000Z',
        notes: [
          { from: 'finding', text: 'Number "1 200" <> "1.200"', category: 'accuracy/number', severity: 'major' },
          { from: 'query', text: '¿Toneladas métricas?\nO cortas.', author: "O'Brien" },
          { from: 'comment', text: 'Tilde restored.', author: 'ana' }
        ]
      },
      {
        id: '2',
        source: 'Primera línea\r\nsegunda línea\rtercera\tcon tabulador',
        target: 'First line\nsecond line, fixed\nthird\twith a tab',
        originalTarget: 'First line\r\nsecond line\rthird\twith tab',
        state: 'final',
        createdAt: '2026-11-29T12:00:00.000Z',
        notes: []
      },
      {
        // Characters XML cannot carry (C0 controls, U+FFFE, a lone surrogate) beside ones it can (emoji, RTL).
        id: '3',
        source: 'Control \u0001\u0008\u000B\u000C y \uFFFE\uFFFF y \uD800 solo; 😀 y עברית',
        target: 'Control \u0001 and \uFFFE and \uDC00 alone; 😀 and עברית',
        state: 'translated',
        notes: [{ from: 'finding', text: 'odd \u0002 character', severity: 'minor' }]
      },
      {
        id: 'sec-4',
        source: 'Párrafo uno.\n\nPárrafo dos ]]> <![CDATA[ x ]]>.',
        target: 'Paragraph one.\n\nParagraph two ]]> <![CDATA[ x ]]>.',
        originalTarget: 'Paragraph one.\n\nParagraph 2.',
        state: 'rejected',
        reviewer: 'luis',
        notes: [{ from: 'comment', text: '' }]
      }
    ]
  }
}

async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes)
  const out = new Map<string, string>()
  for (const [name, file] of Object.entries(zip.files)) if (!file.dir) out.set(name, await file.async('string'))
  return out
}

/** core.xml holds the time of writing; everything else must not differ at all. */
const withoutTimes = (xml: string): string => xml.replace(/(<dcterms:(created|modified)[^>]*>)[^<]*/g, '$1')

async function expectSameParts(streamed: Uint8Array, modelled: Uint8Array): Promise<void> {
  const [ours, theirs] = [await parts(streamed), await parts(modelled)]
  expect([...ours.keys()].sort()).toEqual([...theirs.keys()].sort())
  for (const [name, xml] of theirs)
    expect(firstDifference(withoutTimes(ours.get(name) ?? ''), withoutTimes(xml)), name).toBeNull()
}

/** Where two long texts part, with some context, or null when they are equal (a short failure message). */
function firstDifference(ours: string, theirs: string): { ours: string; theirs: string } | null {
  if (ours === theirs) return null
  let i = 0
  while (ours[i] === theirs[i]) i++
  return { ours: ours.slice(Math.max(0, i - 80), i + 120), theirs: theirs.slice(Math.max(0, i - 80), i + 120) }
}

/** Valid OOXML as far as a package goes: every part well-formed XML, every part typed, the main part related. */
async function expectValidPackage(bytes: Uint8Array): Promise<void> {
  const files = await parts(bytes)
  for (const [name, xml] of files) expect(XMLValidator.validate(xml), name).toBe(true)
  const types = files.get('[Content_Types].xml') ?? ''
  for (const name of files.keys()) {
    const extension = name.split('.').pop() ?? ''
    const typed = types.includes(`PartName="/${name}"`) || types.includes(`Extension="${extension}"`)
    expect(typed, `${name} has a content type`).toBe(true)
  }
  expect(files.get('_rels/.rels')).toContain('Target="word/document.xml"')
}

describe('streamed Word review table', () => {
  it('is the same file, part by part, as the one the docx object model wrote', async () => {
    const doc = review()
    await expectSameParts(await writeDocxTable(doc), await reference.writeDocxTable(doc))
    const spanish = { labels: labelsFor('es'), title: 'Revisión <externa>' }
    await expectSameParts(await writeDocxTable(doc, spanish), await reference.writeDocxTable(doc, spanish))
  })

  it('numbers its tracked changes once each across the whole table', async () => {
    const xml = (await parts(await writeDocxTable(review()))).get('word/document.xml') ?? ''
    const ids = [...xml.matchAll(/<w:(?:ins|del) w:id="(\d+)"/g)].map((m) => Number(m[1]))
    expect(ids.length).toBeGreaterThan(4)
    expect(ids).toEqual(ids.map((_, i) => i + 1))
  })

  it('is a valid package and reads back by ID with the corrections accepted, special characters kept', async () => {
    const doc = review()
    const bytes = await writeDocxTable(doc)
    await expectValidPackage(bytes)
    const rows = await readReviewTable(bytes, { source: doc.sourceLang, target: doc.targetLang })
    expect(rows).toEqual(await readReviewTable(await reference.writeDocxTable(doc), { source: 'es', target: 'en' }))
    expect(rows.map((r) => r.id)).toEqual(['1', '2', '3', 'sec-4'])
    expect(rows[0]?.target).toBe('The Querétaro plant produced 1,200 tonnes & more.')
    expect(rows[1]?.target).toBe('First line\nsecond line, fixed\nthird\twith a tab')
    // What XML cannot carry is left out, as every export does; the rest (emoji, Hebrew) is kept.
    expect(rows[2]?.target).toBe('Control  and  and  alone; 😀 and עברית')
    expect(rows[3]?.source).toBe('Párrafo uno.\n\nPárrafo dos ]]> <![CDATA[ x ]]>.')
  })

  it('writes a table of many rows in full, the last row included', async () => {
    const doc = review()
    const first = doc.units[0]!
    doc.units = Array.from({ length: 300 }, (_, i) => ({
      ...first,
      id: String(i + 1),
      source: `${first.source} ${i}`
    }))
    const rows = await readReviewTable(await writeDocxTable(doc), { source: 'es', target: 'en' })
    expect(rows).toHaveLength(300)
    expect(rows[299]).toMatchObject({ id: '300', source: `${first.source} 299`, target: first.target })
  })
})

describe('streamed Word target', () => {
  it('is the same file, part by part, as the one the docx object model wrote, and reads back', async () => {
    const doc = review()
    const bytes = await writeDocxTarget(doc)
    await expectSameParts(bytes, await reference.writeDocxTarget(doc))
    await expectValidPackage(bytes)
    expect(await readDocxParagraphs(bytes)).toEqual(await readDocxParagraphs(await reference.writeDocxTarget(doc)))
    expect((await readDocxParagraphs(bytes))[0]).toBe(targetParagraphs(doc)[0])
  })
})
