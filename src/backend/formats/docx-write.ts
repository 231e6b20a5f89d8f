/**
 * DOCX exports: the bilingual review table for an outside reviewer, and the corrected target alone
 * for publication. The table's corrections are real Word revisions (w:ins / w:del, with the
 * reviewer and date), so Word's Review pane lists them, copying the target gives the corrected text,
 * and a translator can accept, reject or add to them with Track Changes and send the file back:
 * `readReviewTable` (docx-review-read.ts) reads it by the ID column. Header row repeated on every
 * page; landscape.
 *
 * The `docx` library makes each package with what is small (title, legend, the table's header row,
 * styles, page); the rows or paragraphs, one per unit, are written as XML strings into it while it
 * is zipped (docx-package.ts): the library's object model of a 10,000-row table took about 400 MB.
 */
import {
  Document,
  HeadingLevel,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions
} from 'docx'
import { cleanText, textLines } from '../../core/formats/encoding'
import { labelsFor, type ExportLabels } from '../../core/formats/labels'
import { assertWritable, TOOL_NAME, type BilingualDocument } from '../../core/formats/model'
import { targetParagraphs } from '../../core/formats/text'
import { packWithContent } from './docx-package'
import { COLUMN_WIDTHS, unitRowXml, type RevisionIds } from './docx-table-rows'
import { langProperty, paragraphXml, runsXml } from './docx-xml'

export { DELETED_COLOR, INSERTED_COLOR } from './docx-table-rows'

export interface DocxTableOptions {
  labels?: ExportLabels
  /** Document title; defaults to the document's name. */
  title?: string
}

/** Runs for text that may hold line breaks (Word needs explicit breaks, not '\n'). */
function runs(text: string, style: IRunOptions = {}): TextRun[] {
  return textLines(text).map((line, i) => new TextRun({ ...style, text: line, break: i > 0 ? 1 : undefined }))
}

function headerRow(labels: ExportLabels, doc: BilingualDocument): TableRow {
  const titles = [
    labels.id,
    `${labels.source} (${doc.sourceLang})`,
    `${labels.target} (${doc.targetLang})`,
    labels.status,
    labels.comments
  ]
  return new TableRow({
    tableHeader: true,
    children: titles.map(
      (t) =>
        new TableCell({
          children: [new Paragraph({ children: runs(t, { bold: true }) })],
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'D9E2F3' }
        })
    )
  })
}

function* unitRows(doc: BilingualDocument, labels: ExportLabels): Generator<string> {
  let revision = 0
  const nextId: RevisionIds = () => ++revision
  for (const unit of doc.units) yield unitRowXml(unit, labels, doc, nextId)
}

/** The bilingual review table as .docx bytes. */
export async function writeDocxTable(doc: BilingualDocument, options: DocxTableOptions = {}): Promise<Uint8Array> {
  assertWritable(doc)
  const labels = options.labels ?? labelsFor('en')
  const table = new Table({
    width: { size: COLUMN_WIDTHS.reduce((a, b) => a + b), type: WidthType.DXA },
    columnWidths: [...COLUMN_WIDTHS],
    rows: [headerRow(labels, doc)]
  })
  const skeleton = new Document({
    creator: TOOL_NAME,
    title: cleanText(options.title ?? doc.name),
    sections: [
      {
        properties: {
          page: {
            size: { orientation: PageOrientation.LANDSCAPE },
            margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 }
          }
        },
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(options.title ?? (doc.name || TOOL_NAME)) }),
          new Paragraph({ children: runs(labels.legend, { italics: true, size: 18 }) }),
          table
        ]
      }
    ]
  })
  return packWithContent(skeleton, '</w:tbl>', unitRows(doc, labels))
}

/** The corrected target alone, one Word paragraph per paragraph, for publication. */
export async function writeDocxTarget(doc: BilingualDocument): Promise<Uint8Array> {
  assertWritable(doc)
  const language = langProperty(doc.targetLang)
  const skeleton = new Document({ creator: TOOL_NAME, title: cleanText(doc.name), sections: [{ children: [] }] })
  const paragraphs = function* (): Generator<string> {
    for (const p of targetParagraphs(doc)) yield paragraphXml(runsXml(p, { properties: language }))
  }
  return packWithContent(skeleton, '<w:sectPr', paragraphs())
}
