/**
 * A Word document holding one table, as a translator sends a review table back: a header row, then
 * rows whose cells are plain text or parts with tracked insertions and deletions (the target). No
 * vitest import (used by tests of formats and services alike).
 */
import { DeletedTextRun, Document, InsertedTextRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx'

/** Plain text, or a tracked change by the translator. */
export type TablePart = string | { ins: string } | { del: string }

export async function wordTable(header: string[], rows: Array<Array<string | TablePart[]>>): Promise<Uint8Array> {
  const when = { author: 'Translator', date: '2026-12-01T10:00:00Z' }
  let id = 0
  const cell = (children: Paragraph[]) => new TableCell({ children })
  const tracked = (parts: TablePart[]) =>
    new Paragraph({
      children: parts.map((part) =>
        typeof part === 'string'
          ? new TextRun(part)
          : 'ins' in part
            ? new InsertedTextRun({ id: ++id, ...when, text: part.ins })
            : new DeletedTextRun({ id: ++id, ...when, text: part.del })
      )
    })
  const table = new Table({
    rows: [
      new TableRow({ children: header.map((h) => cell([new Paragraph(h)])) }),
      ...rows.map(
        (row) =>
          new TableRow({
            children: row.map((c) => cell([typeof c === 'string' ? new Paragraph(c) : tracked(c)]))
          })
      )
    ]
  })
  const buffer = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Review'), table] }] }))
  return new Uint8Array(buffer)
}
