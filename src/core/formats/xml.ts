/**
 * The only door to XML. Parsing (saxes: strict, namespace-aware, with offsets) accepts a DOCTYPE
 * that names an external DTD, never reads it, and refuses entity declarations (no XXE, no billion
 * laughs) and XInclude; it yields a small ordered tree whose elements know where they lie in the
 * text, so a file can be written back by splicing. Building goes through fast-xml-parser, so every
 * text and attribute is escaped by construction, never by string concatenation.
 */
import { XMLBuilder } from 'fast-xml-parser'
import { SaxesParser } from 'saxes'
import { cleanAttribute, cleanText, utf8Decoder } from './encoding'
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

/** Characters (or, from bytes, UTF-8 bytes) handed to the parser at a time. */
const PIECE = 16 * 1024

/**
 * A text handed to the parser a piece at a time, and where the last `<` before a place lies (a
 * tag's start: the tag ends at `>` and holds no `<`). In the whole text when there is one; from
 * bytes, in the piece being parsed or the one before, else the last `<` of all earlier pieces.
 */
class Feed {
  private piece = ''
  private pieceStart = 0
  private previous = ''
  private previousStart = 0
  private ltBeforePrevious = -1

  /** The whole text, when the input is one: let go once parsed. */
  constructor(
    private readonly parser: SaxesParser,
    private whole: string | null
  ) {}

  write(piece: string): void {
    const last = this.previous.lastIndexOf('<')
    if (last !== -1) this.ltBeforePrevious = this.previousStart + last
    this.previous = this.piece
    this.previousStart = this.pieceStart
    this.pieceStart += this.piece.length
    this.piece = piece
    this.parser.write(piece)
  }

  /** The offset of the last `<` before `offset`; -1 when there is none. */
  tagStartBefore(offset: number): number {
    if (this.whole !== null) return this.whole.lastIndexOf('<', offset - 1)
    const inPiece = offset - 1 - this.pieceStart
    const k = inPiece < 0 ? -1 : this.piece.lastIndexOf('<', inPiece)
    if (k !== -1) return this.pieceStart + k
    const inPrevious = Math.min(offset - 1, this.pieceStart - 1) - this.previousStart
    const j = inPrevious < 0 ? -1 : this.previous.lastIndexOf('<', inPrevious)
    return j !== -1 ? this.previousStart + j : this.ltBeforePrevious
  }

  close(): void {
    this.parser.close()
  }

  /** Lets go of the text. */
  release(): void {
    this.whole = null
    this.piece = ''
    this.previous = ''
  }
}

/**
 * The text to the parser a piece at a time, each piece a copy of its own: what the parser keeps
 * (its last piece) or hands out is never a slice of the whole text, which can then go as soon as
 * the reader is done with it. Texts and attribute values are copied too (`ownString`) for the same
 * reason. A piece never ends between the two halves of a surrogate pair.
 */
function writeInPieces(feed: Feed, text: string): void {
  for (let at = 0; at < text.length;) {
    let end = Math.min(at + PIECE, text.length)
    const last = text.charCodeAt(end - 1)
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--
    feed.write(ownString(text.slice(at, end)))
    at = end
  }
  feed.close()
}

/**
 * UTF-8 bytes to the parser, decoded a piece at a time: the file is never one string. (A whole
 * text takes two bytes a character as soon as one character needs them; each piece is one byte a
 * character where it can be, and goes once parsed.) The decoder never splits a character.
 */
function writeDecoded(feed: Feed, bytes: Uint8Array): void {
  const decoder = utf8Decoder()
  for (let at = 0; at < bytes.length; at += PIECE)
    feed.write(decoder.decode(bytes.subarray(at, at + PIECE), { stream: true }))
  const rest = decoder.decode()
  if (rest !== '') feed.write(rest)
  feed.close()
}

/** Whether a file holds nothing but white space (and a BOM). */
function isBlank(input: string | Uint8Array): boolean {
  // Bytes with a '<' in them are markup; without one, they are not XML, and decoded whole to tell.
  if (typeof input !== 'string' && input.includes(0x3c)) return false
  const text = typeof input === 'string' ? input : utf8Decoder().decode(input)
  return text.replace(/^\uFEFF/, '').trim() === ''
}

/**
 * Parses XML into its root element, namespace-aware, with each element's span (UTF-16 offsets in
 * the text, a BOM included) for splicing. The input is the text, or its UTF-8 bytes, parsed from
 * the bytes so that a large file never exists as one string (the spans are then offsets in the
 * text they decode to). Throws FormatError; never returns a partial tree.
 * A DOCTYPE naming an external DTD is accepted and never read; entity declarations, XInclude and
 * references to entities other than the five of XML are refused (./xml-dtd-gate.ts, and saxes,
 * which knows no other entity).
 */
export function parseXml(input: string | Uint8Array): XmlElement {
  if (isBlank(input)) throw new FormatError('format.emptyDocument')
  assertNoDeclarations(input)
  const parser = new SaxesParser({
    xmlns: true,
    position: true,
    resolvePrefix: (prefix: string) => (prefix === '' ? '' : UNBOUND_PREFIX + prefix)
  })
  // The handlers reach the text through the feed, emptied once parsed: their optimized code would
  // otherwise hold the whole text as a constant, and keep it alive after the reader is done with it.
  const feed = new Feed(parser, typeof input === 'string' ? input : null)
  const stack: OpenElement[] = []
  let root: XmlElement | undefined
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
      start: feed.tagStartBefore(end),
      contentStart: end
    })
  })
  parser.on('closetag', (tag) => {
    const open = stack.pop()
    if (!open) return
    const end = parser.position
    const span = tag.isSelfClosing
      ? { start: open.start, end, contentStart: end, contentEnd: end }
      : { start: open.start, end, contentStart: open.contentStart, contentEnd: feed.tagStartBefore(end) }
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
    if (typeof input === 'string') writeInPieces(feed, input)
    else writeDecoded(feed, input)
  } finally {
    feed.release()
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
