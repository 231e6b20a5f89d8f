/** Public surface of the pure format layer. */
export type {
  FormatAdapter,
  FormatId,
  FormatKind,
  FormatReadOptions,
  FormatValues,
  FormatWriteOptions
} from './adapter'
export { readBilingualCsv, writeBilingualCsv, type BilingualCsvOptions } from './bilingual-csv'
export { encodeUtf8, cleanText } from './encoding'
export { FormatError, isFormatError, type FormatErrorCode, type FormatErrorParams } from './errors'
export { extensionOf, pickReader, pickWriter, readFile } from './factory'
export { GLOSSARY_CSV_COLUMNS, readGlossaryCsv, writeGlossaryCsv, type GlossaryImport } from './glossary-csv'
export { EXPORT_LABELS, labelsFor, type ExportLabels } from './labels'
export * from './limits'
export {
  assertWritable,
  bilingualDocumentSchema,
  isLanguageTag,
  sameLanguage,
  NOTE_KINDS,
  UNIT_STATES,
  type BilingualDocument,
  type BilingualReadOptions,
  type BilingualUnit,
  type BilingualWriteOptions,
  type NoteKind,
  type UnitNote,
  type UnitState
} from './model'
export { formatNoteLine, formatNotes, parseNotes } from './notes'
export * from './registry'
export { readTbx, writeTbx, type TbxReadOptions } from './tbx'
export { readTextParagraphs, targetParagraphs, writeTargetText } from './text'
export { readTmx, writeTmx } from './tmx'
export { readXliff, readXliffVersion, sniffXliffVersion, writeXliff, type XliffVersion } from './xliff'
