/**
 * The one table of limits: every size and count limit on files from outside is here, read by the
 * backend's decoder and zip guard, the format readers, the API contract and the renderer.
 * Hard limits for files from outside. A press release is a few kilobytes; a CAT tool's project
 * file or a translation memory a few megabytes. These leave room for real work and refuse what can
 * only be an accident or an attack (memory exhaustion, decompression bombs).
 */

const MiB = 1024 * 1024

/** Largest file imported by the app, its API or the CLI (one side of a pair, a combined release,
 * XLIFF, TMX, TBX, CSV, a termbase): a press release is a few kB; 10 MB leaves room for long reports. */
export const MAX_IMPORT_BYTES = 10 * MiB

/** Most units (segments, translation units, glossary entries) one file may hold. */
export const MAX_UNITS = 100_000

/** Deepest element nesting accepted in XML (XLIFF groups and inline markup stay far below). */
export const MAX_XML_DEPTH = 128

/** Largest .docx file read, in bytes (compressed; images included). */
export const MAX_DOCX_BYTES = 64 * MiB

/** Most bytes the XML parts of a .docx may expand to (images are never decompressed). */
export const MAX_DOCX_UNCOMPRESSED_BYTES = 50 * MiB

/** Highest compression ratio accepted for a zip entry larger than DOCX_RATIO_FLOOR_BYTES. */
export const MAX_DOCX_COMPRESSION_RATIO = 100

/** Entries below this uncompressed size are not ratio-checked: tiny repetitive parts compress well. */
export const DOCX_RATIO_FLOOR_BYTES = 1 * MiB

/** Most entries a .docx zip may list. */
export const MAX_ZIP_ENTRIES = 5_000

/**
 * Characters without a space in imported text, at most (text-limits.ts): long URLs fit; a run of
 * millions of letters overflows V8's Unicode regular expressions, and no language has such words.
 */
export const MAX_WORD_CHARS = 100_000

/**
 * Characters in one imported paragraph (or JSONL segment), at most: about 20,000 sentences, checked
 * in seconds; longer, one paragraph's checks would hold every other document's back for minutes.
 */
export const MAX_PARAGRAPH_CHARS = 1_000_000

/**
 * Paragraphs on one side of an imported document, at most: a book fits; 100,000 one-line paragraphs
 * took the store over 20 s and a gigabyte of memory in one transaction.
 */
export const MAX_PARAGRAPHS = 20_000
