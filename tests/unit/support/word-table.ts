/**
 * A Word document holding one table, as a translator sends a review table back: a header row, then
 * rows whose last cell may carry tracked insertions and deletions. No vitest import (used by tests
 * of formats and services alike).
 */
import { DeletedTextRun, Document, InsertedTextRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx'

/** Plain text, or a tracked change by the translator. */
export type TablePart = string | { ins: string } | { del: string }

export async function wordTable(header: string[], rows: Array<[...string[], TablePart[]]>): Promise<Uint8Array> {
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
      ...rows.map((row) => {
        const plain = row.slice(0, -1) as string[]
        const last = row.at(-1) as TablePart[]
        return new TableRow({ children: [...plain.map((c) => cell([new Paragraph(c)])), cell([tracked(last)])] })
      })
    ]
  })
  const buffer = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Review'), table] }] }))
  return new Uint8Array(buffer)
}
