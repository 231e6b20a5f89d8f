/**
 * The adapters that run anywhere. DOCX adapters need Node libraries and live in
 * src/backend/formats, which extends these lists.
 */
import type { FormatAdapter } from './adapter'
import { readBilingualCsv, writeBilingualCsv } from './bilingual-csv'
import { encodeUtf8 } from './encoding'
import { readGlossaryCsv, writeGlossaryCsv } from './glossary-csv'
import { readTbx, writeTbx } from './tbx'
import { readTextParagraphs, writeTargetText } from './text'
import { readTmx, writeTmx } from './tmx'
import { readXliff, sniffXliffVersion, writeXliff } from './xliff'

const XLIFF_EXTENSIONS = ['.xlf', '.xliff', '.sdlxliff', '.mqxliff', '.xml']

export const xliff12Format: FormatAdapter<'bilingual'> = {
  id: 'xliff-1.2',
  kind: 'bilingual',
  extensions: XLIFF_EXTENSIONS,
  mediaType: 'application/xliff+xml',
  sniff: (head) => sniffXliffVersion(head) === '1.2',
  // Reads either version: sniffing only sees the first kilobytes, the full parse knows for sure.
  read: async (source, options) => readXliff(source.utf8({ xml: true }), options),
  write: async (doc, options) => encodeUtf8(writeXliff(doc, '1.2', options))
}

export const xliff2Format: FormatAdapter<'bilingual'> = {
  id: 'xliff-2.0',
  kind: 'bilingual',
  extensions: XLIFF_EXTENSIONS,
  mediaType: 'application/xliff+xml',
  sniff: (head) => sniffXliffVersion(head) === '2.0',
  read: async (source, options) => readXliff(source.utf8({ xml: true }), options),
  write: async (doc, options) => encodeUtf8(writeXliff(doc, '2.0', options))
}

export const tmxFormat: FormatAdapter<'bilingual'> = {
  id: 'tmx',
  kind: 'bilingual',
  extensions: ['.tmx', '.xml'],
  mediaType: 'application/x-tmx+xml',
  sniff: (head) => /<tmx\b/.test(head),
  read: async (source, options) => readTmx(source.utf8({ xml: true }), options),
  write: async (doc, options) => encodeUtf8(writeTmx(doc, options))
}

export const bilingualCsvFormat: FormatAdapter<'bilingual'> = {
  id: 'csv',
  kind: 'bilingual',
  extensions: ['.csv', '.tsv'],
  mediaType: 'text/csv',
  read: async (source, options) => readBilingualCsv(source.utf8(), options),
  write: async (doc, options) => encodeUtf8(writeBilingualCsv(doc, { labels: options?.labels }), { bom: true })
}

/** The corrected target alone, for publication. */
export const targetTextFormat: FormatAdapter<'bilingual'> = {
  id: 'txt-target',
  kind: 'bilingual',
  extensions: ['.txt'],
  mediaType: 'text/plain',
  write: async (doc) => encodeUtf8(writeTargetText(doc))
}

export const glossaryCsvFormat: FormatAdapter<'glossary'> = {
  id: 'glossary-csv',
  kind: 'glossary',
  extensions: ['.csv', '.tsv'],
  mediaType: 'text/csv',
  read: async (source) => readGlossaryCsv(source.utf8()),
  write: async (entries) => encodeUtf8(writeGlossaryCsv(entries), { bom: true })
}

export const tbxFormat: FormatAdapter<'glossary'> = {
  id: 'tbx',
  kind: 'glossary',
  extensions: ['.tbx', '.xml'],
  mediaType: 'application/x-tbx+xml',
  sniff: (head) => /<(?:[\w.-]+:)?(?:tbx|martif)\b/.test(head),
  read: async (source, options) => readTbx(source.utf8({ xml: true }), options),
  write: async (entries, options) => encodeUtf8(writeTbx(entries, options))
}

export const textParagraphsFormat: FormatAdapter<'paragraphs'> = {
  id: 'txt',
  kind: 'paragraphs',
  extensions: ['.txt', '.md', '.text'],
  mediaType: 'text/plain',
  read: async (source) => readTextParagraphs(source.text()),
  write: async (paragraphs) => encodeUtf8(paragraphs.join('\n\n') + '\n')
}

export const SHARED_BILINGUAL_FORMATS: readonly FormatAdapter<'bilingual'>[] = [
  xliff12Format,
  xliff2Format,
  tmxFormat,
  bilingualCsvFormat,
  targetTextFormat
]

export const SHARED_GLOSSARY_FORMATS: readonly FormatAdapter<'glossary'>[] = [glossaryCsvFormat, tbxFormat]

export const SHARED_PARAGRAPH_FORMATS: readonly FormatAdapter<'paragraphs'>[] = [textParagraphsFormat]
