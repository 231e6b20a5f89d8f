/** XLIFF entry points: version detection, reading either version, writing 1.2 or 2.0. */
import { FormatError } from './errors'
import type { BilingualDocument, BilingualReadOptions, BilingualWriteOptions } from './model'
import { readXliff12Root, xliff12Tree, XLIFF12_NS } from './xliff12'
import { readXliff2Root, xliff2Tree, XLIFF2_NS } from './xliff2'
import { attr, buildXml, localName, parseXml, type XmlElement } from './xml'

export type XliffVersion = '1.2' | '2.0'

function rootVersion(root: XmlElement): XliffVersion {
  if (localName(root.name) !== 'xliff') throw new FormatError('format.notXliff', { root: root.name })
  const version = attr(root, 'version')
  const ns = attr(root, 'xmlns') ?? ''
  if (version?.startsWith('2.') || (!version && ns === XLIFF2_NS)) return '2.0'
  if (version?.startsWith('1.') || (!version && ns === XLIFF12_NS)) return '1.2'
  throw new FormatError('format.unsupportedVersion', { version: version ?? '' })
}

/**
 * Which XLIFF version the start of a file declares, from its root element alone; null when the
 * root is not <xliff>. For sniffing before a full parse.
 */
export function sniffXliffVersion(head: string): XliffVersion | null {
  const root = /<(?:[\w.-]+:)?xliff\b([^>]*)>/.exec(head.replace(/<!--[\s\S]*?-->/g, ''))
  if (!root) return null
  const attrs = root[1] ?? ''
  const version = /\bversion\s*=\s*["']([^"']*)["']/.exec(attrs)?.[1]
  if (version) return version.startsWith('2.') ? '2.0' : '1.2'
  return attrs.includes(XLIFF2_NS) ? '2.0' : '1.2'
}

/** Reads XLIFF 1.x or 2.x, whichever the file is, from its text or its UTF-8 bytes. */
export function readXliff(input: string | Uint8Array, options: BilingualReadOptions = {}): BilingualDocument {
  const root = parseXml(input)
  return rootVersion(root) === '2.0' ? readXliff2Root(root, options) : readXliff12Root(root, options)
}

/** Reads only the given version; another version is 'format.unsupportedVersion'. */
export function readXliffVersion(
  version: XliffVersion,
  input: string | Uint8Array,
  options: BilingualReadOptions = {}
): BilingualDocument {
  const root = parseXml(input)
  const found = rootVersion(root)
  if (found !== version) throw new FormatError('format.unsupportedVersion', { version: found, expected: version })
  return version === '2.0' ? readXliff2Root(root, options) : readXliff12Root(root, options)
}

export function writeXliff(doc: BilingualDocument, version: XliffVersion, options: BilingualWriteOptions = {}): string {
  return buildXml(version === '2.0' ? xliff2Tree(doc, options) : xliff12Tree(doc, options))
}
