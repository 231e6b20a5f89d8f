/**
 * The only door to XML. Parsing (saxes: strict, namespace-aware, with offsets) accepts a DOCTYPE
 * that names an external DTD, never reads it, and refuses entity declarations (no XXE, no billion
 * laughs) and XInclude; it yields a small ordered tree whose elements know where they lie in the
 * text, so a file can be written back by splicing. Building goes through fast-xml-parser, so every
 * text and attribute is escaped by construction, never by string concatenation.
 */
import { XMLBuilder } from 'fast-xml-parser'
import { SaxesParser } from 'saxes'
import { cleanAttribute, cleanText } from './encoding'
import { FormatError } from './errors'
import { MAX_XML_DEPTH } from './limits'
import { ownString } from './own-string'
import { assertNoDeclarations } from './xml-dtd-gate'

/** Where a parsed element lies in its text, as UTF-16 offsets (what `String.slice` takes). */
export interface XmlSpan {
  /** The `<` of its start tag. */
  readonly start: number
  /** Just after the `>` of its end tag (or of the start tag when self-closing). */
  readonly end: number
  /** Its content: from just after the start tag to the `<` of the end tag; both `end` when self-closing. */
  readonly contentStart: number
  readonly contentEnd: number
}

export interface XmlElement {
  /** The qualified name as written (`xlf:source`, `mrk`). */
  readonly name: string
  /** By qualified name as written (`xml:lang`, `sdl:conf`); namespace declarations included. */
  readonly attrs: Readonly<Record<string, string>>
  readonly children: readonly XmlNode[]
  /** The namespace URI of a parsed element ('' when none); absent on built ones. */
  readonly ns?: string
  /** Absent on built elements. */
  readonly span?: XmlSpan
  /** Built elements whose content is text with inline elements: written without indentation inside. */
  readonly mixed?: true
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

/** An element whose content is text with inline elements (segment content): never indented inside. */
export function mixedEl(
  name: string,
  attrs: Record<string, string | undefined>,
  children: readonly (XmlNode | null | undefined | false)[]
): XmlElement {
  return { ...el(name, attrs, children), mixed: true }
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

const XINCLUDE_NS = 'http://www.w3.org/2001/XInclude'

/** Unbound prefixes (`sdl:conf` without its xmlns) are common in tool output; they get this URI. */
const UNBOUND_PREFIX = 'urn:cotejo:unbound-prefix:'

interface OpenElement {
  name: string
  ns: string
  attrs: Record<string, string>
  children: XmlNode[]
  start: number
  contentStart: number
}

function pushText(children: XmlNode[], text: string): void {
  if (text === '') return
  const last = children.length - 1
  // Adjacent text nodes (text, CDATA, text across a comment or PI) read as one.
  if (typeof children[last] === 'string') children[last] = children[last] + text
  else children.push(text)
}

function malformedAt(parser: SaxesParser, reason: string): FormatError {
  return new FormatError('format.malformedXml', { line: parser.line, column: parser.column + 1, reason })
}

/**
 * Strings of their own for what a parse keeps (see ownString), and one string for each short value
 * that repeats (element and attribute names, states, the indentation between elements): a file's
 * thousands of units would otherwise hold as many copies of each.
 */
const MAX_SHARED = 4096

function sharedStrings(): (s: string) => string {
  const known = new Map<string, string>()
  return (s) => {
    if (s.length > 24) return ownString(s)
    let shared = known.get(s)
    if (shared === undefined) {
      shared = ownString(s)
      // Bounded: what repeats shows up early, and a file of distinct values must not fill the map.
      if (known.size < MAX_SHARED) known.set(shared, shared)
    }
    return shared
  }
}

/** Characters handed to the parser at a time. */
const PIECE = 16 * 1024

/**
 * The text to the parser a piece at a time, each piece a copy of its own: what the parser keeps
 * (its last piece) or hands out is never a slice of the whole text, which can then go as soon as
 * the reader is done with it. Texts and attribute values are copied too (`ownString`) for the same
 * reason. A piece never ends between the two halves of a surrogate pair.
 */
function writeInPieces(parser: SaxesParser, text: string): void {
  for (let at = 0; at < text.length;) {
    let end = Math.min(at + PIECE, text.length)
    const last = text.charCodeAt(end - 1)
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--
    parser.write(ownString(text.slice(at, end)))
    at = end
  }
  parser.close()
}

/**
 * Parses XML text into its root element, namespace-aware, with each element's span in `text`
 * (UTF-16 offsets, a BOM included) for splicing. Throws FormatError; never returns a partial tree.
 * A DOCTYPE naming an external DTD is accepted and never read; entity declarations, XInclude and
 * references to entities other than the five of XML are refused (./xml-dtd-gate.ts, and saxes,
 * which knows no other entity).
 */
export function parseXml(text: string): XmlElement {
  if (text.replace(/^\uFEFF/, '').trim() === '') throw new FormatError('format.emptyDocument')
  assertNoDeclarations(text)
  const parser = new SaxesParser({
    xmlns: true,
    position: true,
    resolvePrefix: (prefix: string) => (prefix === '' ? '' : UNBOUND_PREFIX + prefix)
  })
  const stack: OpenElement[] = []
  let root: XmlElement | undefined
  // Reached through a holder emptied once parsed: the handlers' optimized code would otherwise
  // hold the whole text as a constant, and keep it alive after the reader is done with it.
  const whole = { text }
  const own = sharedStrings()
  parser.on('error', (error) => {
    throw malformedAt(parser, error.message.replace(/^\d+:\d+: /, '').replace(/\.$/, ''))
  })
  parser.on('opentag', (tag) => {
    if (tag.uri === XINCLUDE_NS) throw new FormatError('format.doctypeForbidden', { declaration: 'XInclude' })
    if (stack.length >= MAX_XML_DEPTH) throw malformedAt(parser, `elements nested deeper than ${MAX_XML_DEPTH}`)
    const end = parser.position
    const attrs: Record<string, string> = {}
    for (const a of Object.values(tag.attributes)) attrs[own(a.name)] = own(cleanAttribute(a.value))
    stack.push({
      name: own(tag.name),
      ns: own(tag.uri),
      attrs,
      children: [],
      // The tag ends at '>' and holds no '<' (attribute values cannot): its start is the last '<'.
      start: whole.text.lastIndexOf('<', end - 1),
      contentStart: end
    })
  })
  parser.on('closetag', (tag) => {
    const open = stack.pop()
    if (!open) return
    const end = parser.position
    const span = tag.isSelfClosing
      ? { start: open.start, end, contentStart: end, contentEnd: end }
      : { start: open.start, end, contentStart: open.contentStart, contentEnd: whole.text.lastIndexOf('<', end - 1) }
    // A copy as long as its content: a list grown by pushes keeps room for more.
    const children = open.children.slice()
    const element: XmlElement = { name: open.name, attrs: open.attrs, children, ns: open.ns, span }
    const parent = stack[stack.length - 1]
    if (parent) parent.children.push(element)
    else root = element
  })
  const onText = (value: string): void => {
    const parent = stack[stack.length - 1]
    if (parent) pushText(parent.children, own(cleanText(value)))
  }
  parser.on('text', onText)
  parser.on('cdata', onText)
  try {
    writeInPieces(parser, text)
  } finally {
    whole.text = ''
  }
  if (!root) throw new FormatError('format.malformedXml', { reason: 'no root element' })
  return root
}

// ---------------------------------------------------------------------------------------------
// Building

type OrderedNode = Record<string, unknown>

/**
 * The builder writes a CR as it is, and a parser would read it back as LF; so a CR is built as
 * U+FFFE (which cleanText removes from text, so it stands for nothing else) and then written `&#13;`.
 */
const CR_TOKEN = '\ufffe'

const BUILDER_OPTIONS = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  processEntities: true,
  suppressEmptyNode: true
} as const

/**
 * Mixed content cannot be indented (the indentation would enter the text), so it is built
 * unindented apart and put in place of a token: U+FFFF cannot occur in text that went through
 * cleanText, so a token never matches anything else.
 */
function toOrdered(node: XmlNode, inline: string[]): OrderedNode {
  if (typeof node === 'string') return { '#text': cleanText(node).replace(/\r/g, CR_TOKEN) }
  const attrs: Record<string, string> = {}
  for (const [k, v] of Object.entries(node.attrs)) attrs[k] = cleanAttribute(v)
  let children: OrderedNode[]
  if (node.mixed && node.children.some(isElement)) {
    const compact = new XMLBuilder(BUILDER_OPTIONS)
    inline.push(compact.build(node.children.map((c) => toOrdered(c, inline))) as string)
    children = [{ '#text': `\uffff${inline.length - 1}\uffff` }]
  } else children = node.children.map((c) => toOrdered(c, inline))
  const out: OrderedNode = { [node.name]: children }
  if (Object.keys(attrs).length > 0) out[':@'] = attrs
  return out
}

/**
 * Serializes a tree as a UTF-8 XML document. Indented for people reading it; elements with mixed
 * content must be built with mixedEl or hold a single text child, or the indentation would enter the text.
 */
export function buildXml(root: XmlElement): string {
  const builder = new XMLBuilder({ ...BUILDER_OPTIONS, format: true, indentBy: '  ' })
  const declaration = { '?xml': [{ '#text': '' }], ':@': { version: '1.0', encoding: 'UTF-8' } }
  const inline: string[] = []
  const built = builder.build([declaration, toOrdered(root, inline)]) as string
  const whole =
    inline.length === 0 ? built : built.replace(/\uffff(\d+)\uffff/g, (_, i: string) => inline[Number(i)] ?? '')
  return whole.replace(/\ufffe/g, '&#13;')
}
