/**
 * Inline codes of segment content, read into placeholders (../inline-codes.ts) and written back.
 * Each format says how an element inside a segment reads (its InlineRule); the walker does the
 * rest: a `pair` (XLIFF `g`, `pc`, `mrk`, TMX `hi`) is two codes around text that stays editable,
 * its start tag and its end tag; a `whole` element (`x`, `ph`, `bpt`, `sc`, `ut`, a protected
 * `mrk`) is one code holding its markup and content verbatim; tracked insertions and deletions
 * are text of the current or of the previous version. A code is numbered by its identity in the
 * segment (name and id, or its rank among id-less codes of that name), so the same code has the
 * same placeholder in the source and the target, and its markup is the first one read.
 */
import { cleanText } from '../encoding'
import { FormatError } from '../errors'
import {
  PLACEHOLDER_BASE,
  PLACEHOLDER_LIMIT,
  placeholder,
  placeholderIndex,
  type InlineCode,
  type InlineCodeKind
} from '../inline-codes'
import { attr, type XmlElement, type XmlNode } from '../xml'

export type InlineRule =
  /** Read through, as if the element were not there. */
  | { kind: 'text' }
  | { kind: 'pair'; key: string; id: string; label: string; title?: string; deletable?: boolean }
  | { kind: 'whole'; key: string; code: InlineCodeKind; id: string; label: string; title?: string; deletable?: boolean }
  /** Tracked changes: text of the current version only, or of the previous version only. */
  | { kind: 'inserted' }
  | { kind: 'deleted' }

export type InlineRules = (el: XmlElement) => InlineRule

/** The codes of one segment, source and target. */
export interface CodeTable {
  readonly codes: InlineCode[]
  readonly byKey: Map<string, number>
}

export function codeTable(): CodeTable {
  return { codes: [], byKey: new Map() }
}

export type Version = 'current' | 'previous'

export interface ReadContent {
  text: string
  /** Whether tracked changes were met (then the previous version differs). */
  tracked: boolean
}

/** The element's markup as written: `[start, end)` of the file. */
export function markup(xml: string, el: XmlElement, part: 'whole' | 'open' | 'close'): string {
  const span = el.span
  if (!span) return ''
  if (part === 'whole') return xml.slice(span.start, span.end)
  if (part === 'open') return xml.slice(span.start, span.contentStart)
  return xml.slice(span.contentEnd, span.end)
}

function addCode(table: CodeTable, key: string, code: Omit<InlineCode, 'k'>): string {
  let k = table.byKey.get(key)
  if (k === undefined) {
    k = table.codes.length
    if (PLACEHOLDER_BASE + k > PLACEHOLDER_LIMIT)
      throw new FormatError('format.invalidDocument', { reason: `more than ${k} inline codes in one segment` })
    table.byKey.set(key, k)
    table.codes.push({ k, ...code })
  }
  return placeholder(k)
}

/**
 * The content of `el` with codes as placeholders, in one version of its tracked changes. Codes
 * without an id are told apart by their rank among their kind on this side (`g#2`).
 */
export function readContent(
  xml: string,
  el: XmlElement,
  rules: InlineRules,
  table: CodeTable,
  version: Version = 'current'
): ReadContent {
  const ranks = new Map<string, number>()
  let tracked = false
  const keyOf = (key: string): string => {
    if (!key.endsWith(':')) return key
    const rank = (ranks.get(key) ?? 0) + 1
    ranks.set(key, rank)
    return `${key}#${rank}`
  }
  const walk = (node: XmlElement): string => {
    let out = ''
    for (const child of node.children) out += typeof child === 'string' ? literal(child) : element(child)
    return out
  }
  // A private-use character in the file (a Symbol-font glyph from Word) would read as a placeholder:
  // it becomes a code of its own, written back as a character reference.
  const literal = (run: string): string =>
    run.replace(/[\ue000-\uf8ff]/g, (ch) => {
      const hex = ch.charCodeAt(0).toString(16).toUpperCase()
      return addCode(table, `char:${hex}`, { kind: 'standalone', id: `U+${hex}`, label: `U+${hex}`, xml: `&#x${hex};` })
    })
  const element = (child: XmlElement): string => {
    const rule = rules(child)
    switch (rule.kind) {
      case 'text':
        return walk(child)
      case 'inserted':
        tracked = true
        return version === 'current' ? walk(child) : ''
      case 'deleted':
        tracked = true
        return version === 'previous' ? walk(child) : ''
      case 'whole':
        return addCode(table, keyOf(rule.key), {
          kind: rule.code,
          id: rule.id,
          label: rule.label,
          xml: markup(xml, child, 'whole'),
          ...(rule.title ? { title: rule.title } : {}),
          ...(rule.deletable ? { deletable: true } : {})
        })
      case 'pair': {
        const span = child.span
        const key = keyOf(rule.key)
        const title = rule.title ? { title: rule.title } : {}
        const deletable = rule.deletable ? { deletable: true } : {}
        // An empty pair (`<g id="1"/>`) is another code than a `<g id="1">` with content.
        if (span && span.contentStart === span.end)
          return addCode(table, `${key}/empty`, {
            kind: 'standalone',
            id: rule.id,
            label: rule.label,
            xml: markup(xml, child, 'whole'),
            ...title,
            ...deletable
          })
        const open = addCode(table, key, {
          kind: 'open',
          id: rule.id,
          label: rule.label,
          xml: markup(xml, child, 'open'),
          ...title,
          ...deletable
        })
        const inner = walk(child)
        const close = addCode(table, `${key}/`, {
          kind: 'close',
          id: rule.id,
          label: `/${rule.label}`,
          xml: markup(xml, child, 'close'),
          ...deletable
        })
        return open + inner + close
      }
    }
  }
  const text = walk(el)
  return { text, tracked }
}

/** Text of an element's content with its markup dropped (for a code's tooltip). */
export function plainText(el: XmlElement): string {
  return el.children.map((c: XmlNode) => (typeof c === 'string' ? c : plainText(c))).join('')
}

/** The attribute, or '' (for ids and keys). */
export function attrOr(el: XmlElement, name: string): string {
  return attr(el, name) ?? ''
}

/** A CR goes out as a reference: a parser would turn a literal one into LF. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;')
}

export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;')
}

/**
 * A target with placeholders as XML content: text escaped, each placeholder its code's markup.
 * A placeholder the segment does not know is refused, so nothing is written that was not read.
 */
export function contentXml(text: string, codes: readonly InlineCode[]): string {
  let out = ''
  let run = ''
  for (const ch of cleanText(text)) {
    const k = placeholderIndex(ch)
    if (k === -1) {
      run += ch
      continue
    }
    const code = codes.find((c) => c.k === k)
    if (!code) throw new FormatError('format.invalidDocument', { reason: `unknown inline code ${k}` })
    out += escapeText(run) + code.xml
    run = ''
  }
  return out + escapeText(run)
}
