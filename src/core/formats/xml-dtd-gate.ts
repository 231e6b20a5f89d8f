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
 */
import { FormatError } from './errors'

const DTD_DECLARATIONS = new Set(['DOCTYPE', 'ENTITY', 'ELEMENT', 'ATTLIST', 'NOTATION'])

/** Constructs whose content is not markup, closed by the first closer (as XML and the parser say). */
const OPAQUE: readonly (readonly [opener: string, closer: string, what: string])[] = [
  ['<!--', '-->', 'unterminated comment'],
  ['<![CDATA[', ']]>', 'unterminated CDATA section']
]

function malformed(text: string, offset: number, reason: string): FormatError {
  let line = 1
  let lineStart = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++
    lineStart = i + 1
  }
  return new FormatError('format.malformedXml', { line, column: offset - lineStart + 1, reason })
}

/**
 * End (exclusive) of the tag (`<name …>`, `</name>`) or processing instruction (`<?…?>`) at
 * `start`: the first closer outside quotes, as the parser reads it. No `<` may appear before it
 * (XML never allows one in a tag), so a reader that ends the tag at an earlier `>` finds only
 * text in between, never markup this gate did not look at.
 */
function tagEnd(text: string, start: number, closer: string): number {
  let quote = ''
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i]
    if (quote) {
      if (c === quote) quote = ''
      else if (c === '<') throw malformed(text, i, "'<' inside a quoted value")
    } else if (c === '"' || c === "'") quote = c
    else if (text.startsWith(closer, i)) return i + closer.length
    else if (c === '<') throw malformed(text, i, "'<' inside a tag")
  }
  throw malformed(text, start, closer === '>' ? 'unterminated tag' : 'unterminated processing instruction')
}

function declarationName(text: string, start: number): string {
  return (/^[A-Za-z]*/.exec(text.slice(start + 2, start + 12))?.[0] ?? '').toUpperCase()
}

/** `<!…` that is neither a comment nor CDATA nor an allowed DOCTYPE: DTD markup, or not XML at all. */
function refuseDeclaration(text: string, start: number): never {
  const upper = declarationName(text, start)
  if (DTD_DECLARATIONS.has(upper)) throw new FormatError('format.doctypeForbidden', { declaration: upper })
  throw malformed(text, start, "unknown '<!' markup")
}

/**
 * End (exclusive) of the DOCTYPE at `start`: its name and external id (quoted literals skipped),
 * then an internal subset in which only comments and PIs may stand.
 */
function doctypeEnd(text: string, start: number): number {
  let quote = ''
  for (let i = start + 2; i < text.length; i++) {
    const c = text[i]
    if (quote) {
      if (c === quote) quote = ''
    } else if (c === '"' || c === "'") quote = c
    else if (c === '>') return i + 1
    else if (c === '[') return subsetEnd(text, i + 1)
    else if (c === '<') throw malformed(text, i, "'<' inside a DOCTYPE")
  }
  throw malformed(text, start, 'unterminated DOCTYPE')
}

function subsetEnd(text: string, from: number): number {
  let i = from
  while (i < text.length) {
    const c = text[i]
    if (c === ']') {
      const close = /^\s*>/.exec(text.slice(i + 1, i + 65))
      if (!close) throw malformed(text, i, "DOCTYPE not closed after ']'")
      return i + 1 + close[0].length
    }
    if (text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4)
      if (close === -1) throw malformed(text, i, 'unterminated comment')
      i = close + 3
    } else if (text.startsWith('<?', i)) i = tagEnd(text, i, '?>')
    else if (text.startsWith('<!', i)) refuseDeclaration(text, i)
    else if (c === '<' || !/\s/.test(c ?? '')) throw malformed(text, i, 'unexpected text in the DOCTYPE')
    else i++
  }
  throw malformed(text, from, 'unterminated DOCTYPE')
}

/**
 * Throws FormatError('format.doctypeForbidden') for DTD declarations other than one DOCTYPE that
 * only names its DTD, ('format.malformedXml') for broken markup.
 */
export function assertNoDeclarations(text: string): void {
  let inProlog = true
  let i = text.indexOf('<')
  while (i !== -1) {
    const opaque = OPAQUE.find(([opener]) => text.startsWith(opener, i))
    if (opaque) {
      const [opener, closer, what] = opaque
      const close = text.indexOf(closer, i + opener.length)
      if (close === -1) throw malformed(text, i, what)
      i = close + closer.length
    } else if (text.startsWith('<!', i)) {
      if (!inProlog || declarationName(text, i) !== 'DOCTYPE') refuseDeclaration(text, i)
      i = doctypeEnd(text, i)
      inProlog = false
    } else {
      const pi = text.startsWith('<?', i)
      if (!pi) inProlog = false
      i = tagEnd(text, i, pi ? '?>' : '>')
    }
    i = text.indexOf('<', i)
  }
}
