/**
 * The DTD gate in front of the XML parser: one left-to-right pass over the markup that skips
 * comments, CDATA sections, processing instructions and quoted attribute values as XML and the
 * parser delimit them. It lets through one `<!DOCTYPE` before the root element when it only names
 * a DTD (`<!DOCTYPE tmx SYSTEM "tmx14.dtd">`, which nobody fetches) or has an internal subset
 * holding nothing but comments and PIs, and refuses every declaration anywhere else
 * (`<!ENTITY`/`<!ELEMENT`/`<!ATTLIST`/`<!NOTATION`, a second or late DOCTYPE): entities are how
 * XXE and billion laughs work, and attribute defaults would change what the file says unseen.
 * Linear in the input (every character is looked at once), so it cannot be slowed down by
 * openers without closers, and it cannot be fooled by a comment opener inside CDATA or an
 * attribute: what it skips is what the parser skips. Unterminated constructs and `<` where XML
 * does not allow it are malformed, refused here before the parser sees them.
 *
 * Every character it looks for is ASCII, which UTF-8 never uses inside another character: it reads
 * a file's UTF-8 bytes as well as its text, so a large file need not be one string to be checked.
 */
import { utf8Decoder } from './encoding'
import { FormatError } from './errors'

/** What the gate reads: a text, or a text's UTF-8 bytes. Offsets are in its own units. */
export type Markup = string | Uint8Array

const DTD_DECLARATIONS = new Set(['DOCTYPE', 'ENTITY', 'ELEMENT', 'ATTLIST', 'NOTATION'])

/** Constructs whose content is not markup, closed by the first closer (as XML and the parser say). */
const OPAQUE: readonly (readonly [opener: string, closer: string, what: string])[] = [
  ['<!--', '-->', 'unterminated comment'],
  ['<![CDATA[', ']]>', 'unterminated CDATA section']
]

const LT = 0x3c
const NEWLINE = 0x0a

/** The character code (a byte, for bytes) at `i`; NaN past the end. */
const codeAt = (m: Markup, i: number): number => (typeof m === 'string' ? m.charCodeAt(i) : (m[i] ?? NaN))

/** Whether the ASCII string `s` stands at `i`. */
function startsAt(m: Markup, s: string, i: number): boolean {
  if (typeof m === 'string') return m.startsWith(s, i)
  for (let k = 0; k < s.length; k++) if (m[i + k] !== s.charCodeAt(k)) return false
  return true
}

/** First offset at or after `from` where the ASCII string `s` stands; -1 when none. */
function indexOf(m: Markup, s: string, from: number): number {
  if (typeof m === 'string') return m.indexOf(s, from)
  const first = s.charCodeAt(0)
  for (let i = m.indexOf(first, from); i !== -1; i = m.indexOf(first, i + 1)) if (startsAt(m, s, i)) return i
  return -1
}

/** The ASCII characters from `from` to `to` (others come out as something no test below matches). */
const asciiSlice = (m: Markup, from: number, to: number): string =>
  typeof m === 'string' ? m.slice(from, to) : String.fromCharCode(...m.subarray(from, to))

/** XML's white space: space, tab, CR and LF (no other space separates markup). */
const isXmlSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a

/** The line and column of an offset, the column in characters (UTF-16 units, as the parser counts). */
function lineAndColumn(m: Markup, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset; i++)
    if (codeAt(m, i) === NEWLINE) {
      line++
      lineStart = i + 1
    }
  const column = typeof m === 'string' ? offset - lineStart : utf8Decoder().decode(m.subarray(lineStart, offset)).length
  return { line, column: column + 1 }
}

function malformed(m: Markup, offset: number, reason: string): FormatError {
  return new FormatError('format.malformedXml', { ...lineAndColumn(m, offset), reason })
}

/**
 * End (exclusive) of the tag (`<name …>`, `</name>`) or processing instruction (`<?…?>`) at
 * `start`: the first closer outside quotes, as the parser reads it. No `<` may appear before it
 * (XML never allows one in a tag), so a reader that ends the tag at an earlier `>` finds only
 * text in between, never markup this gate did not look at.
 */
function tagEnd(m: Markup, start: number, closer: string): number {
  let quote = 0
  for (let i = start + 1; i < m.length; i++) {
    const c = codeAt(m, i)
    if (quote) {
      if (c === quote) quote = 0
      else if (c === LT) throw malformed(m, i, "'<' inside a quoted value")
    } else if (c === 0x22 || c === 0x27) quote = c
    else if (startsAt(m, closer, i)) return i + closer.length
    else if (c === LT) throw malformed(m, i, "'<' inside a tag")
  }
  throw malformed(m, start, closer === '>' ? 'unterminated tag' : 'unterminated processing instruction')
}

function declarationName(m: Markup, start: number): string {
  return (/^[A-Za-z]*/.exec(asciiSlice(m, start + 2, start + 12))?.[0] ?? '').toUpperCase()
}

/** `<!…` that is neither a comment nor CDATA nor an allowed DOCTYPE: DTD markup, or not XML at all. */
function refuseDeclaration(m: Markup, start: number): never {
  const upper = declarationName(m, start)
  if (DTD_DECLARATIONS.has(upper)) throw new FormatError('format.doctypeForbidden', { declaration: upper })
  throw malformed(m, start, "unknown '<!' markup")
}

/**
 * End (exclusive) of the DOCTYPE at `start`: its name and external id (quoted literals skipped),
 * then an internal subset in which only comments and PIs may stand.
 */
function doctypeEnd(m: Markup, start: number): number {
  let quote = 0
  for (let i = start + 2; i < m.length; i++) {
    const c = codeAt(m, i)
    if (quote) {
      if (c === quote) quote = 0
    } else if (c === 0x22 || c === 0x27) quote = c
    else if (c === 0x3e) return i + 1
    else if (c === 0x5b) return subsetEnd(m, i + 1)
    else if (c === LT) throw malformed(m, i, "'<' inside a DOCTYPE")
  }
  throw malformed(m, start, 'unterminated DOCTYPE')
}

function subsetEnd(m: Markup, from: number): number {
  let i = from
  while (i < m.length) {
    const c = codeAt(m, i)
    if (c === 0x5d) {
      let close = i + 1
      while (close < i + 64 && isXmlSpace(codeAt(m, close))) close++
      if (codeAt(m, close) !== 0x3e) throw malformed(m, i, "DOCTYPE not closed after ']'")
      return close + 1
    }
    if (startsAt(m, '<!--', i)) {
      const close = indexOf(m, '-->', i + 4)
      if (close === -1) throw malformed(m, i, 'unterminated comment')
      i = close + 3
    } else if (startsAt(m, '<?', i)) i = tagEnd(m, i, '?>')
    else if (startsAt(m, '<!', i)) refuseDeclaration(m, i)
    else if (c === LT || !isXmlSpace(c)) throw malformed(m, i, 'unexpected text in the DOCTYPE')
    else i++
  }
  throw malformed(m, from, 'unterminated DOCTYPE')
}

/**
 * Throws FormatError('format.doctypeForbidden') for DTD declarations other than one DOCTYPE that
 * only names its DTD, ('format.malformedXml') for broken markup.
 */
export function assertNoDeclarations(m: Markup): void {
  let inProlog = true
  const nextLt = (from: number): number => (typeof m === 'string' ? m.indexOf('<', from) : m.indexOf(LT, from))
  let i = nextLt(0)
  while (i !== -1) {
    const at = i
    const opaque = OPAQUE.find(([opener]) => startsAt(m, opener, at))
    if (opaque) {
      const [opener, closer, what] = opaque
      const close = indexOf(m, closer, i + opener.length)
      if (close === -1) throw malformed(m, i, what)
      i = close + closer.length
    } else if (startsAt(m, '<!', i)) {
      if (!inProlog || declarationName(m, i) !== 'DOCTYPE') refuseDeclaration(m, i)
      i = doctypeEnd(m, i)
      inProlog = false
    } else {
      const pi = startsAt(m, '<?', i)
      if (!pi) inProlog = false
      i = tagEnd(m, i, pi ? '?>' : '>')
    }
    i = nextLt(i)
  }
}
