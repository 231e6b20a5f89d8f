/**
 * Inline codes in Cotejo's own XLIFF and TMX. Each placeholder of a segment is written as the
 * standard element made to carry native code, holding the code's markup verbatim (XLIFF 2 in
 * `<originalData>`, XLIFF 1.2 and TMX as element content), so a CAT tool shows tags, not
 * private-use characters, and Cotejo reads back the same codes under the same placeholders.
 *
 * The placeholder index travels in the element: XLIFF 2 `dataRef="d<k>"`, XLIFF 1.2 `id="<k+1>"`,
 * TMX `x="<k+1>"` (an `<ept>`, which has no `x`, carries it in `i`). Placeholders keep their
 * indexes because texts outside the segment content (corrections in the review record, the
 * original target) hold them as characters.
 */
import {
  PLACEHOLDER_BASE,
  PLACEHOLDER_LIMIT,
  placeholder,
  placeholderIndex,
  type InlineCode,
  type InlineCodeKind
} from './inline-codes'
import { attr, childElements, el, flattenText, localName, type XmlElement, type XmlNode } from './xml'

export type InlineDialect = 'xliff2' | 'xliff12' | 'tmx'

type Piece = string | number

function pieces(text: string): Piece[] {
  const out: Piece[] = []
  let run = ''
  for (const ch of text) {
    const k = placeholderIndex(ch)
    if (k === -1) run += ch
    else {
      if (run) out.push(run)
      run = ''
      out.push(k)
    }
  }
  if (run) out.push(run)
  return out
}

/**
 * Partners in this text: an opening code and the first later closing code of the same pair id.
 * Anything else (a close before its open, a lone half) is isolated.
 */
function partners(order: readonly number[], byK: ReadonlyMap<number, InlineCode>): Map<number, number> {
  const partner = new Map<number, number>()
  const open: InlineCode[] = []
  for (const k of order) {
    const code = byK.get(k)
    if (!code || partner.has(k)) continue
    if (code.kind === 'open') open.push(code)
    else if (code.kind === 'close') {
      const i = open.findLastIndex((o) => o.id === code.id)
      if (i === -1) continue
      const [start] = open.splice(i, 1) as [InlineCode]
      partner.set(start.k, k)
      partner.set(k, start.k)
    }
  }
  return partner
}

function xliff2Element(code: InlineCode, partner: number | undefined): XmlElement {
  const { k } = code
  const canDelete = code.deletable ? undefined : 'no'
  const common = { dataRef: `d${k}`, disp: code.title }
  if (code.kind === 'standalone') return el('ph', { id: `c${k}`, ...common, canDelete })
  if (partner === undefined)
    return el(code.kind === 'open' ? 'sc' : 'ec', { id: `c${k}`, isolated: 'yes', ...common, canDelete })
  // A paired <ec> refers to its <sc> and takes its permissions from it.
  return code.kind === 'open'
    ? el('sc', { id: `c${k}`, ...common, canDelete })
    : el('ec', { startRef: `c${partner}`, dataRef: `d${k}` })
}

function xliff12Element(code: InlineCode, partner: number | undefined): XmlElement {
  const id = String(code.k + 1)
  if (code.kind === 'standalone') return el('ph', { id }, [code.xml])
  if (partner === undefined) return el('it', { id, pos: code.kind }, [code.xml])
  const rid = String((code.kind === 'open' ? code.k : partner) + 1)
  return el(code.kind === 'open' ? 'bpt' : 'ept', { id, rid }, [code.xml])
}

function tmxElement(code: InlineCode, partner: number | undefined): XmlElement {
  const x = String(code.k + 1)
  if (code.kind === 'standalone') return el('ph', { x }, [code.xml])
  if (partner === undefined) return el('it', { pos: code.kind === 'open' ? 'begin' : 'end', x }, [code.xml])
  // The pair's `i` is the closing code's index, so an <ept> (no `x` in TMX 1.4b) still says which it is.
  return code.kind === 'open' ? el('bpt', { i: String(partner + 1), x }, [code.xml]) : el('ept', { i: x }, [code.xml])
}

const WRITERS: Record<InlineDialect, (code: InlineCode, partner: number | undefined) => XmlElement> = {
  xliff2: xliff2Element,
  xliff12: xliff12Element,
  tmx: tmxElement
}

/**
 * Segment content with each known placeholder as its dialect's code element. A placeholder the
 * segment has no code for stays a character (nothing is invented).
 */
export function inlineContent(
  text: string,
  codes: readonly InlineCode[] | undefined,
  dialect: InlineDialect
): XmlNode[] {
  if (!codes || codes.length === 0) return [text]
  const byK = new Map(codes.map((c) => [c.k, c]))
  const parts = pieces(text)
  const partner = partners(
    parts.filter((p): p is number => typeof p === 'number'),
    byK
  )
  const out: XmlNode[] = []
  for (const part of parts) {
    const code = typeof part === 'number' ? byK.get(part) : undefined
    if (code) out.push(WRITERS[dialect](code, partner.get(code.k)))
    else {
      const run = typeof part === 'number' ? placeholder(part) : part
      const last = out.length - 1
      if (typeof out[last] === 'string') out[last] += run
      else out.push(run)
    }
  }
  return out
}

/** XLIFF 2: the unit's `<originalData>` for the codes its texts use, or null when there are none. */
export function originalDataElement(
  codes: readonly InlineCode[] | undefined,
  texts: readonly string[]
): XmlElement | null {
  if (!codes || codes.length === 0) return null
  const used = new Set(texts.flatMap((t) => pieces(t).filter((p): p is number => typeof p === 'number')))
  const data = codes.filter((c) => used.has(c.k)).map((c) => el('data', { id: `d${c.k}` }, [c.xml]))
  return data.length > 0 ? el('originalData', {}, data) : null
}

// ---------------------------------------------------------------------------------------------
// Reading

/** How an element inside a segment reads when it is not one of Cotejo's codes (the reader's old rule). */
export type Fallback = (child: XmlElement) => 'text' | 'skip' | { text: string }

/** Codes met while reading one unit's texts, by placeholder index. */
export type UnitCodes = Map<number, InlineCode>

interface Read {
  k: number
  kind: InlineCodeKind
  /** Pairs an opening code with its closing one. */
  pair: string
  xml: string
  title?: string
  deletable?: boolean
}

/** A placeholder index written as a decimal (`7`, or `d7` with a prefix), within the placeholder range. */
function index(value: string | undefined, prefix: string, base: number): number | null {
  const m = value === undefined ? null : new RegExp(`^${prefix}([0-9]{1,4})$`).exec(value)
  if (!m) return null
  const k = Number(m[1]) - base
  return k >= 0 && k <= PLACEHOLDER_LIMIT - PLACEHOLDER_BASE ? k : null
}

function readXliff2(child: XmlElement, data: ReadonlyMap<string, string>): Read | null {
  const name = localName(child.name)
  if (name !== 'ph' && name !== 'sc' && name !== 'ec') return null
  const ref = attr(child, 'dataRef')
  const k = index(ref, 'd', 0)
  const xml = ref === undefined ? undefined : data.get(ref)
  if (k === null || xml === undefined) return null
  const kind: InlineCodeKind = name === 'ph' ? 'standalone' : name === 'sc' ? 'open' : 'close'
  const pair = attr(child, 'startRef') ?? attr(child, 'id') ?? `c${k}`
  const title = attr(child, 'disp')
  const deletable = attr(child, 'canDelete') !== 'no'
  return { k, kind, pair, xml, ...(title ? { title } : {}), ...(deletable ? { deletable } : {}) }
}

/** An XLIFF 1.2 or TMX code element's native code: its text, without `<sub>` flows. */
function nativeCode(child: XmlElement): string {
  return flattenText(child, (c) => (localName(c.name) === 'sub' ? 'skip' : 'text'))
}

function readXliff12(child: XmlElement): Read | null {
  const name = localName(child.name)
  const id = attr(child, 'id')
  const k = index(id, '', 1)
  if (k === null) return null
  const xml = nativeCode(child)
  if (name === 'ph') return { k, kind: 'standalone', pair: `${id}`, xml }
  if (name === 'it') {
    const pos = attr(child, 'pos')
    return pos === 'open' || pos === 'close' ? { k, kind: pos, pair: `${id}`, xml } : null
  }
  if (name === 'bpt' || name === 'ept')
    return { k, kind: name === 'bpt' ? 'open' : 'close', pair: attr(child, 'rid') ?? `${id}`, xml }
  return null
}

function readTmx(child: XmlElement): Read | null {
  const name = localName(child.name)
  const xml = nativeCode(child)
  if (name === 'ept') {
    const i = attr(child, 'i')
    const k = index(i, '', 1)
    return k === null ? null : { k, kind: 'close', pair: `${i}`, xml }
  }
  const x = attr(child, 'x')
  const k = index(x, '', 1)
  if (k === null) return null
  if (name === 'ph') return { k, kind: 'standalone', pair: `${x}`, xml }
  const i = attr(child, 'i')
  if (name === 'bpt') return i === undefined ? null : { k, kind: 'open', pair: i, xml }
  const pos = attr(child, 'pos')
  if (name === 'it' && (pos === 'begin' || pos === 'end'))
    return { k, kind: pos === 'begin' ? 'open' : 'close', pair: `${x}`, xml }
  return null
}

/** The chip's text from the markup: `<g id="1">` → g1, `</g>` → /g, `&#xE001;` → U+E001. */
function labelOf(xml: string, kind: InlineCodeKind, k: number): string {
  const tag = /^<\/?([^\s/>]+)/.exec(xml)
  if (tag) {
    const id = /\sid\s*=\s*["']([^"']*)["']/.exec(xml)?.[1] ?? ''
    return `${kind === 'close' ? '/' : ''}${localName(tag[1] as string)}${id}`
  }
  const char = /^&#x([0-9a-f]+);$/i.exec(xml)
  return char ? `U+${(char[1] as string).toUpperCase()}` : `#${k + 1}`
}

/**
 * The text of a segment element with Cotejo's code elements as placeholders, adding their codes
 * to `codes` (null for a file Cotejo did not write: then every element reads as `fallback` says).
 * Other inline elements read as `fallback` says. A code element whose index is taken by a
 * different code reads through the fallback, so a hand-edited file cannot mix two codes up.
 */
export function readInlineContent(
  node: XmlElement | undefined,
  dialect: InlineDialect,
  codes: UnitCodes | null,
  fallback: Fallback,
  data: ReadonlyMap<string, string> = new Map()
): string {
  if (!node) return ''
  const code = (child: XmlElement): Read | null =>
    dialect === 'xliff2' ? readXliff2(child, data) : dialect === 'xliff12' ? readXliff12(child) : readTmx(child)
  const walk = (parent: XmlElement): string => {
    let out = ''
    for (const child of parent.children) {
      if (typeof child === 'string') {
        out += child
        continue
      }
      const read = codes && code(child)
      const known = read ? codes.get(read.k) : undefined
      if (read && (!known || (known.kind === read.kind && known.xml === read.xml))) {
        if (!known) codes.set(read.k, toCode(read))
        out += placeholder(read.k)
        continue
      }
      const how = fallback(child)
      if (how === 'text') out += walk(child)
      else if (how !== 'skip') out += how.text
    }
    return out
  }
  return walk(node)
}

function toCode(read: Read): InlineCode {
  return {
    k: read.k,
    kind: read.kind,
    id: read.pair,
    label: labelOf(read.xml, read.kind, read.k),
    xml: read.xml,
    ...(read.title ? { title: read.title } : {}),
    ...(read.deletable ? { deletable: true } : {})
  }
}

/** XLIFF 2: a unit's `<originalData>` entries by id. */
export function originalData(unit: XmlElement): Map<string, string> {
  const data = new Map<string, string>()
  for (const block of childElements(unit, 'originalData'))
    for (const d of childElements(block, 'data')) {
      const id = attr(d, 'id')
      if (id !== undefined)
        data.set(
          id,
          flattenText(d, (c) => (localName(c.name) === 'cp' ? { text: cp(c) } : 'text'))
        )
    }
  return data
}

function cp(child: XmlElement): string {
  const code = parseInt(attr(child, 'hex') ?? '', 16)
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ''
}

/**
 * The unit's codes in index order, a closing code's label taken from its opening one (`</g>` has
 * no id to show), and the permissions of a paired XLIFF 2 `<ec>` from its `<sc>`.
 */
export function unitCodes(codes: UnitCodes | null): InlineCode[] | undefined {
  if (!codes || codes.size === 0) return undefined
  const all = [...codes.values()].sort((a, b) => a.k - b.k)
  const opens = new Map(all.filter((c) => c.kind === 'open').map((c) => [c.id, c]))
  return all.map((c) => {
    const open = c.kind === 'close' ? opens.get(c.id) : undefined
    if (!open) return c
    const { deletable: _own, ...rest } = c
    return { ...rest, label: `/${open.label}`, ...(open.deletable ? { deletable: true } : {}) }
  })
}
