/**
 * Every format adapter, the pure ones plus those needing Node (DOCX), and one-call helpers for
 * the app and the CLI: pick the format from the file name and content, read or write.
 */
import type { GlossaryEntry } from '../../core/domain/glossary'
import type { FormatAdapter, FormatId, FormatReadOptions, FormatWriteOptions } from '../../core/formats/adapter'
import { pickWriter, readFile } from '../../core/formats/factory'
import type { GlossaryImport } from '../../core/formats/glossary-csv'
import type { BilingualDocument } from '../../core/formats/model'
import {
  SHARED_BILINGUAL_FORMATS,
  SHARED_GLOSSARY_FORMATS,
  SHARED_PARAGRAPH_FORMATS
} from '../../core/formats/registry'
import { fileSource } from '../import/decode'
import type { DocxTableOptions } from './docx-write'

/*
 * Word's libraries (mammoth, docx) take about half a second to load: they are loaded on first use,
 * so an import worker, the CLI or a server that meets no Word file never waits for them.
 */
export const readDocxParagraphs = async (bytes: Uint8Array): Promise<string[]> =>
  (await import('./docx-read')).readDocxParagraphs(bytes)
export const writeDocxTable = async (doc: BilingualDocument, options: DocxTableOptions = {}): Promise<Uint8Array> =>
  (await import('./docx-write')).writeDocxTable(doc, options)
export const writeDocxTarget = async (doc: BilingualDocument): Promise<Uint8Array> =>
  (await import('./docx-write')).writeDocxTarget(doc)

const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
/** A zip's local file header; every .docx starts with it. */
const isZip = (_head: string, bytes: Uint8Array): boolean =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04

export const docxTableFormat: FormatAdapter<'bilingual'> = {
  id: 'docx-table',
  kind: 'bilingual',
  extensions: ['.docx'],
  mediaType: DOCX_MEDIA_TYPE,
  write: (doc, options) => writeDocxTable(doc, { labels: options?.labels })
}

export const docxTargetFormat: FormatAdapter<'bilingual'> = {
  id: 'docx-target',
  kind: 'bilingual',
  extensions: ['.docx'],
  mediaType: DOCX_MEDIA_TYPE,
  write: (doc) => writeDocxTarget(doc)
}

export const docxParagraphsFormat: FormatAdapter<'paragraphs'> = {
  id: 'docx',
  kind: 'paragraphs',
  extensions: ['.docx'],
  mediaType: DOCX_MEDIA_TYPE,
  sniff: isZip,
  read: (source) => readDocxParagraphs(source.bytes)
}

export const BILINGUAL_FORMATS: readonly FormatAdapter<'bilingual'>[] = [
  ...SHARED_BILINGUAL_FORMATS,
  docxTableFormat,
  docxTargetFormat
]
export const GLOSSARY_FORMATS: readonly FormatAdapter<'glossary'>[] = SHARED_GLOSSARY_FORMATS
export const PARAGRAPH_FORMATS: readonly FormatAdapter<'paragraphs'>[] = [
  ...SHARED_PARAGRAPH_FORMATS,
  docxParagraphsFormat
]

/** Reads a bilingual file (XLIFF 1.2/2.x, TMX, CSV), the format chosen by name and content. */
export function readBilingualFile(
  fileName: string,
  bytes: Uint8Array,
  options?: FormatReadOptions
): Promise<{ format: FormatId; value: BilingualDocument }> {
  return readFile(BILINGUAL_FORMATS, fileSource(fileName, bytes), options)
}

/** Reads a termbase (CSV or TBX). */
export function readGlossaryFile(
  fileName: string,
  bytes: Uint8Array
): Promise<{ format: FormatId; value: GlossaryImport }> {
  return readFile(GLOSSARY_FORMATS, fileSource(fileName, bytes))
}

/** Reads one language's paragraphs from a .docx or a .txt. */
export function readParagraphsFile(
  fileName: string,
  bytes: Uint8Array
): Promise<{ format: FormatId; value: string[] }> {
  return readFile(PARAGRAPH_FORMATS, fileSource(fileName, bytes))
}

/** Writes a reviewed document in a format: 'xliff-1.2', 'xliff-2.0', 'tmx', 'csv', 'docx-table', 'docx-target', 'txt-target'. */
export function writeBilingual(
  format: FormatId,
  doc: BilingualDocument,
  options?: FormatWriteOptions
): Promise<Uint8Array> {
  const adapter = pickWriter(BILINGUAL_FORMATS, format)
  return (adapter.write as NonNullable<typeof adapter.write>)(doc, options)
}

/** Writes a termbase: 'glossary-csv' or 'tbx'. */
export function writeGlossary(
  format: FormatId,
  entries: readonly GlossaryEntry[],
  options?: FormatWriteOptions
): Promise<Uint8Array> {
  const adapter = pickWriter(GLOSSARY_FORMATS, format)
  return (adapter.write as NonNullable<typeof adapter.write>)(entries, options)
}

export type { DocxTableOptions }
