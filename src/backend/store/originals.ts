/**
 * The files CAT documents came from (migration 008), kept to be written back in their own format.
 */
import type { OriginalInfo } from '../../core/domain/review'
import type { CatFormat } from '../../core/formats/cat/model'
import type { Db } from '../db/database'

export interface OriginalFile {
  format: CatFormat
  fileName: string
  /** As the decoder named it: utf-8, utf-8-bom, utf-16le, windows-1252… */
  encoding: string
  /** The file's text, decoded. */
  content: string
  /** The target language chosen in a multilingual TMX; null when the file has one. */
  targetLang: string | null
  /** The CAT segment key of each bead, by bead position. */
  segmentKeys: string[]
}

interface OriginalRow {
  format: CatFormat
  file_name: string
  encoding: string
  content: string
  target_lang: string | null
  segment_keys: string
}

export function createOriginalStore(db: Db) {
  const stmts = {
    insert: db.prepare(
      `INSERT INTO original_file (document_id, format, file_name, encoding, content, target_lang, segment_keys)
       VALUES (@documentId, @format, @fileName, @encoding, @content, @targetLang, @segmentKeys)`
    ),
    get: db.prepare<[number], OriginalRow>('SELECT * FROM original_file WHERE document_id = ?'),
    info: db.prepare<[number], Pick<OriginalRow, 'format' | 'file_name'>>(
      'SELECT format, file_name FROM original_file WHERE document_id = ?'
    )
  }
  return {
    insert(documentId: number, file: OriginalFile): void {
      stmts.insert.run({ documentId, ...file, segmentKeys: JSON.stringify(file.segmentKeys) })
    },
    get(documentId: number): OriginalFile | null {
      const row = stmts.get.get(documentId)
      if (!row) return null
      return {
        format: row.format,
        fileName: row.file_name,
        encoding: row.encoding,
        content: row.content,
        targetLang: row.target_lang,
        segmentKeys: JSON.parse(row.segment_keys) as string[]
      }
    },
    /** What the review screen shows of the file: its format and name; null for other documents. */
    info(documentId: number): OriginalInfo | null {
      const row = stmts.info.get(documentId)
      return row ? { format: row.format, fileName: row.file_name } : null
    },
    /** Whether the document keeps its file's segmentation (its alignment cannot be edited). */
    has(documentId: number): boolean {
      return stmts.info.get(documentId) !== undefined
    }
  }
}

export type OriginalStore = ReturnType<typeof createOriginalStore>
