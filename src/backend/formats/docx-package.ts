/**
 * A .docx whose body is written as a stream of strings: the `docx` library makes the package (styles,
 * settings, properties, relationships, content types, the section and whatever else of the body is
 * small), and the large part of the body is written into its document.xml in chunks while they are
 * deflated (zip-write.ts), so neither an object model nor the whole XML of a 10,000-row table is
 * ever held.
 */
import { Packer, type Document } from 'docx'
import JSZip from 'jszip'
import { writeZip, type ZipPart } from './zip-write'

const DOCUMENT_PART = 'word/document.xml'
/** UTF-16 code units gathered before a chunk goes to the deflater. */
const CHUNK_CHARS = 64 * 1024

function* encoded(head: string, content: Iterable<string>, tail: string): Generator<Buffer> {
  let pending = [head]
  let size = head.length
  for (const piece of content) {
    pending.push(piece)
    size += piece.length
    if (size < CHUNK_CHARS) continue
    yield Buffer.from(pending.join(''), 'utf8')
    pending = []
    size = 0
  }
  pending.push(tail)
  yield Buffer.from(pending.join(''), 'utf8')
}

/**
 * `skeleton` packed as .docx, with `content` written into word/document.xml just before the last
 * `before` (for example `</w:tbl>` to add rows to the document's only table). `content` is read
 * lazily, once, while the file is zipped; the other parts are kept as the docx library wrote them.
 */
export async function packWithContent(
  skeleton: Document,
  before: string,
  content: Iterable<string>
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await Packer.toBuffer(skeleton))
  const parts: ZipPart[] = []
  for (const [name, file] of Object.entries(zip.files)) {
    if (file.dir) continue
    if (name !== DOCUMENT_PART) {
      parts.push({ name, chunks: [await file.async('uint8array')] })
      continue
    }
    const xml = await file.async('string')
    const at = xml.lastIndexOf(before)
    if (at === -1) throw new Error(`the docx skeleton has no ${before} in ${DOCUMENT_PART}`)
    parts.push({ name, chunks: encoded(xml.slice(0, at), content, xml.slice(at)) })
  }
  return writeZip(parts)
}
