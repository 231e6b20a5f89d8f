/**
 * The Word exports as they were written before the streamed writer (src/backend/formats/docx-write.ts):
 * the whole document built as the `docx` library's object model, then packed. Kept only so that
 * tests can compare the streamed files with these, part by part. No vitest import.
 */
import {
  DeletedTextRun,
  Document,
  HeadingLevel,
  InsertedTextRun,
  Packer,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  UnderlineType,
  WidthType,
  type IRunOptions
} from 'docx'
import { correctionRuns } from '../../../src/core/review/corrections'
import { cleanText, textLines } from '../../../src/core/formats/encoding'
import { labelsFor, type ExportLabels } from '../../../src/core/formats/labels'
import { assertWritable, TOOL_NAME, type BilingualDocument, type BilingualUnit } from '../../../src/core/formats/model'
import { formatNoteLine } from '../../../src/core/formats/notes'
import { targetParagraphs } from '../../../src/core/formats/text'

const DELETED_COLOR = 'C00000'
const INSERTED_COLOR = '0070C0'

/** A4 landscape with 2 cm margins leaves about 14,570 twips; columns share it (ID, source, target, status, comments). */
const COLUMN_WIDTHS = [800, 4700, 4700, 1200, 3170]

interface DocxTableOptions {
  labels?: ExportLabels
  /** Document title; defaults to the document's name. */
  title?: string
}

/** Runs for text that may hold line breaks (Word needs explicit breaks, not '\n'). */
function runs(text: string, style: IRunOptions = {}): TextRun[] {
  return textLines(text).map((line, i) => new TextRun({ ...style, text: line, break: i > 0 ? 1 : undefined }))
}

function cellOf(children: Paragraph[], shaded = false): TableCell {
  return new TableCell({
    children: children.length > 0 ? children : [new Paragraph('')],
    shading: shaded ? { type: ShadingType.CLEAR, color: 'auto', fill: 'D9E2F3' } : undefined
  })
}

/** Numbers Word revisions; each document needs its own, unique within it. */
type RevisionIds = () => number

type TargetRun = TextRun | InsertedTextRun | DeletedTextRun

/** The target with its corrections as tracked revisions by the unit's reviewer. */
function targetRuns(unit: BilingualUnit, lang: string, nextId: RevisionIds): TargetRun[] {
  const language = { value: lang }
  const author = unit.reviewer ?? TOOL_NAME
  const date = unit.changedAt ?? unit.createdAt ?? new Date(0).toISOString()
  const lines = textLines
  return correctionRuns(unit.originalTarget, unit.target).flatMap((run): TargetRun[] => {
    if (run.kind === 'deleted')
      return lines(run.text).map(
        (text, i) =>
          new DeletedTextRun({
            id: nextId(),
            author,
            date,
            text,
            break: i > 0 ? 1 : undefined,
            strike: true,
            color: DELETED_COLOR,
            language
          })
      )
    if (run.kind === 'inserted')
      return lines(run.text).map(
        (text, i) =>
          new InsertedTextRun({
            id: nextId(),
            author,
            date,
            text,
            break: i > 0 ? 1 : undefined,
            underline: { type: UnderlineType.SINGLE, color: INSERTED_COLOR },
            color: INSERTED_COLOR,
            language
          })
      )
    return runs(run.text, { language })
  })
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
    children: titles.map((t) => cellOf([new Paragraph({ children: runs(t, { bold: true }) })], true))
  })
}

function unitRow(unit: BilingualUnit, labels: ExportLabels, doc: BilingualDocument, nextId: RevisionIds): TableRow {
  return new TableRow({
    children: [
      cellOf([new Paragraph({ children: runs(unit.id) })]),
      cellOf([new Paragraph({ children: runs(unit.source, { language: { value: doc.sourceLang } }) })]),
      cellOf([new Paragraph({ children: targetRuns(unit, doc.targetLang, nextId) })]),
      cellOf([new Paragraph({ children: runs(labels.states[unit.state]) })]),
      cellOf(unit.notes.map((n) => new Paragraph({ children: runs(formatNoteLine(n), { size: 18 }) })))
    ]
  })
}

async function pack(doc: Document): Promise<Uint8Array> {
  const buffer = await Packer.toBuffer(doc)
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
}

/** The bilingual review table as .docx bytes. */
export async function writeDocxTable(doc: BilingualDocument, options: DocxTableOptions = {}): Promise<Uint8Array> {
  assertWritable(doc)
  const labels = options.labels ?? labelsFor('en')
  let revision = 0
  const nextId: RevisionIds = () => ++revision
  const table = new Table({
    width: { size: COLUMN_WIDTHS.reduce((a, b) => a + b), type: WidthType.DXA },
    columnWidths: COLUMN_WIDTHS,
    rows: [headerRow(labels, doc), ...doc.units.map((u) => unitRow(u, labels, doc, nextId))]
  })
  const document = new Document({
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
  return pack(document)
}

/** The corrected target alone, one Word paragraph per paragraph, for publication. */
export async function writeDocxTarget(doc: BilingualDocument): Promise<Uint8Array> {
  assertWritable(doc)
  const language = { value: doc.targetLang }
  const document = new Document({
    creator: TOOL_NAME,
    title: cleanText(doc.name),
    sections: [{ children: targetParagraphs(doc).map((p) => new Paragraph({ children: runs(p, { language }) })) }]
  })
  return pack(document)
}
