/**
 * Body paragraphs of a Word document, in order: headings, list items and table cells each give
 * one paragraph; empty paragraphs, footnotes, headers and footers do not. Mammoth's HTML keeps
 * those boundaries (its raw-text output does not mark list items or soft breaks reliably).
 */
import mammoth from 'mammoth'
import { FormatError, isFormatError } from '../../core/formats/errors'
import { assertUnitCount } from '../../core/formats/model'
import { attr, localName, parseXml, type XmlElement } from '../../core/formats/xml'
import { openDocxSafely } from './zip-guard'

const BLOCKS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'table',
  'thead',
  'tbody',
  'tr',
  'td',
  'th',
  'blockquote',
  'div',
  'pre',
  'dl',
  'dt',
  'dd',
  'caption'
])

/** Footnotes, endnotes and comments are appended by mammoth as list items with these ids. */
const NOTE_ID = /^(footnote|endnote|comment)-/
/** And referenced from the body by links with these ids ("[1]"). */
const NOTE_REF_ID = /^(footnote|endnote|comment)-ref-/

/** Lines of a paragraph (soft line breaks) are joined with one space, as in plain-text import. */
function cleanParagraph(text: string): string {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join(' ')
}

export function paragraphsFromHtmlTree(root: XmlElement): string[] {
  const out: string[] = []
  let buffer = ''
  const flush = (): void => {
    const p = cleanParagraph(buffer)
    if (p !== '') out.push(p)
    buffer = ''
  }
  const walk = (node: XmlElement): void => {
    for (const child of node.children) {
      if (typeof child === 'string') {
        buffer += child.replace(/\n/g, ' ')
        continue
      }
      const name = localName(child.name).toLowerCase()
      const id = attr(child, 'id') ?? ''
      if (name === 'br') buffer += '\n'
      else if (name === 'img' || (name === 'a' && NOTE_REF_ID.test(id)) || (name === 'li' && NOTE_ID.test(id))) continue
      else if (BLOCKS.has(name)) {
        flush()
        walk(child)
        flush()
      } else walk(child)
    }
  }
  walk(root)
  flush()
  return out
}

/** Paragraphs of a .docx body. Throws FormatError (notDocx, zipBomb, tooLarge, emptyDocument). */
export async function readDocxParagraphs(bytes: Uint8Array): Promise<string[]> {
  await openDocxSafely(bytes)
  let html: string
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        // Images are not text; skipping them also avoids decompressing media.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        externalFileAccess: false,
        ignoreEmptyParagraphs: true
      }
    )
    html = result.value
  } catch (error) {
    if (isFormatError(error)) throw error
    throw new FormatError(
      'format.notDocx',
      { reason: error instanceof Error ? error.message : String(error) },
      { cause: error }
    )
  }
  const paragraphs = paragraphsFromHtmlTree(parseXml(`<body>${html}</body>`))
  assertUnitCount(paragraphs.length)
  if (paragraphs.length === 0) throw new FormatError('format.emptyDocument')
  return paragraphs
}
