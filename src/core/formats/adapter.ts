/**
 * The contract every file format implements, whatever runtime it needs: read a file into the
 * neutral model, write the model to bytes. Text formats read the text the backend's decoder made;
 * only binary formats (DOCX) look at the bytes. Kinds keep bilingual files, termbases and monolingual
 * paragraph sources apart, since one extension (.csv, .docx) can mean either.
 */
import type { GlossaryEntry } from '../domain/glossary'
import type { GlossaryImport } from './glossary-csv'
import type { AdapterExportFormat, GlossaryExportFormat } from './export-formats'
import type { ExportLabels } from './labels'
import type { BilingualDocument, BilingualReadOptions, BilingualWriteOptions } from './model'

export type FormatKind = 'bilingual' | 'glossary' | 'paragraphs'

/** What each kind reads and writes. */
export interface FormatValues {
  bilingual: { read: BilingualDocument; write: BilingualDocument }
  glossary: { read: GlossaryImport; write: readonly GlossaryEntry[] }
  paragraphs: { read: string[]; write: readonly string[] }
}

/** Every adapter's id: the export formats an adapter writes, and the formats only read or for termbases. */
export type FormatId = AdapterExportFormat | GlossaryExportFormat | 'txt' | 'docx'

/** Hints for files that do not say (a TMX's target language, a CSV's name). */
export type FormatReadOptions = BilingualReadOptions

export interface FormatWriteOptions extends BilingualWriteOptions {
  /** Headers and status names of tables for people (CSV, DOCX). Default English. */
  labels?: ExportLabels
  /** Termbase languages (TBX); defaults 'es' and 'en'. */
  sourceLang?: string
  targetLang?: string
}

/** A file handed to a reader. The backend builds it (src/backend/import/decode.ts `fileSource`). */
export interface FormatSource {
  readonly name: string
  readonly bytes: Uint8Array
  /** The decoded start of the file, for sniffing; bytes that are not text give noise, not an error. */
  readonly head: string
  /**
   * The whole file as text. Throws when the bytes are not text or over the import limit. `xml`
   * honours an XML declaration's encoding and requires UTF-8 when there is none.
   */
  text(options?: { xml?: boolean }): string
  /**
   * The text as UTF-8 bytes, checked and refused as `text` is (`xml` too), without its BOM: the
   * file's own bytes when they are UTF-8 already. For readers that go through a file once (CSV,
   * XML), so that it never has to exist as one string as well.
   */
  utf8(options?: { xml?: boolean }): Uint8Array
}

export interface FormatAdapter<K extends FormatKind = FormatKind> {
  readonly id: FormatId
  readonly kind: K
  /** Lower case with the dot; the first is the one to save with. */
  readonly extensions: readonly string[]
  readonly mediaType: string
  /**
   * Whether the content is this format. Used when several adapters claim an extension, or the
   * extension is unknown. `head` is the decoded start of the file.
   */
  sniff?(head: string, bytes: Uint8Array): boolean
  read?(source: FormatSource, options?: FormatReadOptions): Promise<FormatValues[K]['read']>
  write?(value: FormatValues[K]['write'], options?: FormatWriteOptions): Promise<Uint8Array>
}
