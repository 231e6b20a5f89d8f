/**
 * The only door to XML. Parsing refuses DTDs (no XXE, no billion laughs), checks well-formedness
 * before building anything, and yields a small ordered tree; building goes through the same
 * library, so every text and attribute is escaped by construction, never by string concatenation.
 */
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser'
import { cleanAttribute, cleanText } from './encoding'
import { FormatError } from './errors'
import { MAX_XML_DEPTH } from './limits'
import { assertNoDtd } from './xml-dtd-gate'

export interface XmlElement {
  readonly name: string
  readonly attrs: Readonly<Record<string, string>>
  readonly children: readonly XmlNode[]
}

export type XmlNode = XmlElement | string

export function isElement(node: XmlNode): node is XmlElement {
  return typeof node !== 'string'
}

/** Element or attribute name without its namespace prefix. */
export function localName(name: string): string {
  const colon = name.indexOf(':')
  return colon === -1 ? name : name.slice(colon + 1)
}

/** Builds an element, dropping attributes whose value is undefined. */
export function el(
  name: string,
  attrs: Record<string, string | undefined> = {},
  children: readonly (XmlNode | null | undefined | false)[] = []
): XmlElement {
  const clean: Record<string, string> = {}
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) clean[k] = v
  return {
    name,
    attrs: clean,
    children: children.filter((c): c is XmlNode => c !== null && c !== undefined && c !== false)
  }
}

export function childElements(parent: XmlElement, local?: string): XmlElement[] {
  return parent.children.filter(
    (c): c is XmlElement => isElement(c) && (local === undefined || localName(c.name) === local)
  )
}

export function firstChild(parent: XmlElement, local: string): XmlElement | undefined {
  return childElements(parent, local)[0]
}

/** Every descendant element with this local name, in document order, not looking inside matches. */
export function findAll(root: XmlElement, local: string): XmlElement[] {
  const found: XmlElement[] = []
  // Recursion is bounded: the parser refuses nesting deeper than MAX_XML_DEPTH.
  const walk = (node: XmlElement): void => {
    for (const kid of childElements(node)) {
      if (localName(kid.name) === local) found.push(kid)
      else walk(kid)
    }
  }
  walk(root)
  return found
}

/** Attribute by exact name, else by local name (so `xml:lang` also finds a bare `lang`). */
export function attr(node: XmlElement, name: string): string | undefined {
  const exact = node.attrs[name]
  if (exact !== undefined) return exact
  const local = localName(name)
  for (const [k, v] of Object.entries(node.attrs)) if (localName(k) === local) return v
  return undefined
}

/**
 * Text of an element with inline markup flattened. `inline` decides per child element: 'text'
 * descends into it, 'skip' drops it (native codes), or a string stands in for it.
 */
export function flattenText(
  node: XmlElement,
  inline: (child: XmlElement) => 'text' | 'skip' | { text: string } = () => 'text'
): string {
  let out = ''
  for (const c of node.children) {
    if (typeof c === 'string') out += c
    else {
      const how = inline(c)
      if (how === 'text') out += flattenText(c, inline)
      else if (how !== 'skip') out += how.text
    }
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// Parsing

type OrderedNode = Record<string, unknown>

/** Only the five XML entities and character references: anything else stays literal text. */
const entityDecoder = {
  setExternalEntities: (): void => {},
  addInputEntities: (): void => {},
  reset: (): void => {},
  setXmlVersion: (): void => {},
  decode: (text: string): string =>
    text.includes('&')
      ? text.replace(
          /&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(lt|gt|amp|quot|apos));/g,
          (whole, hex?: string, dec?: string, name?: string) => {
            if (name) return NAMED[name] ?? whole
            const cp = hex ? parseInt(hex, 16) : Number(dec)
            return cp <= 0x10ffff ? String.fromCodePoint(cp) : ''
          }
        )
      : text
}
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

function parser(): XMLParser {
  return new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: true,
    entityDecoder,
    maxNestedTags: MAX_XML_DEPTH,
    ignorePiTags: true
  })
}

function toTree(nodes: unknown[]): XmlNode[] {
  const out: XmlNode[] = []
  for (const raw of nodes) {
    const node = raw as OrderedNode
    const name = Object.keys(node).find((k) => k !== ':@')
    if (name === undefined) continue
    if (name === '#text') {
      out.push(cleanText(String(node[name] ?? '')))
      continue
    }
    if (name.startsWith('?') || name.startsWith('#')) continue
    const rawAttrs = (node[':@'] ?? {}) as Record<string, unknown>
    const attrs: Record<string, string> = {}
    for (const [k, v] of Object.entries(rawAttrs)) attrs[k] = cleanAttribute(String(v))
    const children = Array.isArray(node[name]) ? toTree(node[name] as unknown[]) : []
    out.push({ name, attrs, children })
  }
  // Adjacent text nodes (text + CDATA) read as one.
  return out.reduce<XmlNode[]>((acc, n) => {
    const last = acc[acc.length - 1]
    if (typeof n === 'string' && typeof last === 'string') acc[acc.length - 1] = last + n
    else acc.push(n)
    return acc
  }, [])
}

/** Parses XML text into its root element. Throws FormatError; never returns a partial tree. */
export function parseXml(text: string): XmlElement {
  const source = text.replace(/^\uFEFF/, '')
  if (source.trim() === '') throw new FormatError('format.emptyDocument')
  assertNoDtd(source)
  const valid = XMLValidator.validate(source)
  if (valid !== true) {
    throw new FormatError('format.malformedXml', { line: valid.err.line, column: valid.err.col, reason: valid.err.msg })
  }
  let parsed: unknown
  try {
    parsed = parser().parse(source)
  } catch (error) {
    throw new FormatError(
      'format.malformedXml',
      { reason: error instanceof Error ? error.message : String(error) },
      { cause: error }
    )
  }
  const roots = toTree(Array.isArray(parsed) ? parsed : []).filter(isElement)
  const root = roots[0]
  if (roots.length !== 1 || !root) throw new FormatError('format.malformedXml', { reason: 'expected one root element' })
  return root
}

// ---------------------------------------------------------------------------------------------
// Building

function toOrdered(node: XmlNode): OrderedNode {
  if (typeof node === 'string') return { '#text': cleanText(node) }
  const attrs: Record<string, string> = {}
  for (const [k, v] of Object.entries(node.attrs)) attrs[k] = cleanAttribute(v)
  const out: OrderedNode = { [node.name]: node.children.map(toOrdered) }
  if (Object.keys(attrs).length > 0) out[':@'] = attrs
  return out
}

/**
 * Serializes a tree as a UTF-8 XML document. Indented for people reading it; elements written
 * with mixed content must hold a single text child, or the indentation would enter the text.
 */
export function buildXml(root: XmlElement): string {
  const builder = new XMLBuilder({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    processEntities: true,
    suppressEmptyNode: true,
    format: true,
    indentBy: '  '
  })
  const declaration = { '?xml': [{ '#text': '' }], ':@': { version: '1.0', encoding: 'UTF-8' } }
  return builder.build([declaration, toOrdered(root)]) as string
}
