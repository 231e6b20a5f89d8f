/** Plain text: the corrected target for publication, and paragraphs from a .txt release. */
import { splitParagraphs } from './paragraphs'
import { FormatError } from './errors'
import { assertUnitCount, assertWritable, type BilingualDocument } from './model'

/** Paragraphs of the corrected target, in order; a unit holding several paragraphs gives several. */
export function targetParagraphs(doc: BilingualDocument): string[] {
  return doc.units
    .flatMap((u) => u.target.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/))
    .map((p) => p.trim())
    .filter((p) => p !== '')
}

/** The corrected target as text, paragraphs separated by a blank line. */
export function writeTargetText(doc: BilingualDocument): string {
  assertWritable(doc)
  return targetParagraphs(doc).join('\n\n') + '\n'
}

/** Paragraphs of a plain-text file's decoded text. */
export function readTextParagraphs(text: string): string[] {
  const paragraphs = splitParagraphs(text)
  assertUnitCount(paragraphs.length)
  if (paragraphs.length === 0) throw new FormatError('format.emptyDocument')
  return paragraphs
}
