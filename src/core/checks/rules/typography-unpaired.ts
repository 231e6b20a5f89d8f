import type { Side } from '../../domain/language'
import { paragraphRanges } from '../../text/lexicon/text'
import { segmentFacts } from '../engine/segment-facts'
import type { CheckContext, CheckDefinition, RawFinding } from '../engine/types'

const BRACKETS: Record<string, string> = { ')': '(', ']': '[', '}': '{' }
const OPEN_BRACKETS = new Set(['(', '[', '{'])
const QUOTES: Record<string, string> = { '”': '“', '»': '«' }
const OPEN_QUOTES = new Set(['“', '«'])
/** "a)", "2)", "iv)" enumerations: a closing bracket with no opener by design. */
const LIST_MARKER_BEFORE = /(?:^|[\s;:,(])(?:\p{L}|\d{1,2}|[ivx]{1,4})$/iu
const CONTINUATION_START = /^\s*["“«»]/

interface Mark {
  char: string
  at: number
}

/** A paragraph of a bead's side as the segment's facts keep it: nothing in it says where the segment is. */
interface SideParagraph {
  /** Offset of the paragraph in the bead's joined text. */
  offset: number
  text: string
  /** Whether it holds a bracket or quote at all: most paragraphs do not, and are not scanned. */
  marks: boolean
  /** Whether it opens with a quote mark, going on with a quotation of the paragraph before. */
  continuation: boolean
  /** `scan`'s answers by what it reads of the paragraphs around (made on first need). */
  scans?: Map<number, Scanned>
}

interface Paragraph {
  segment: number
  offset: number
}

interface Found {
  at: number
  char: string
  key: 'unclosed' | 'unopened'
}

interface Unpaired extends Found {
  paragraph: Paragraph
}

interface Scanned {
  found: Found[]
  openQuote: boolean
}

const ANY_MARK = /[()[\]{}“”«»"]/
/** The same marks by code, for the character loop: most characters are skipped at once. */
const MARK_CODES = new Set([...'()[]{}“”«»"'].map((c) => c.charCodeAt(0)))

const NOTHING: Scanned = { found: [], openQuote: false }

/** `scan` of a paragraph, kept with it: a re-check after an edit scans only the edited paragraphs. */
function scanned(p: SideParagraph, nextContinues: boolean, carried: boolean): Scanned {
  if (!p.marks) return NOTHING
  const how = (nextContinues ? 2 : 0) + (carried ? 1 : 0)
  p.scans ??= new Map()
  let answer = p.scans.get(how)
  if (answer === undefined) p.scans.set(how, (answer = scan(p.text, nextContinues, carried)))
  return answer
}

/**
 * Pairs brackets and quotes in one paragraph; `carried` is an open quote from the paragraph before,
 * `nextContinues` whether the paragraph after goes on quoting.
 */
function scan(text: string, nextContinues: boolean, carried: boolean): Scanned {
  const brackets: Mark[] = []
  const quotes: Mark[] = []
  const found: Found[] = []
  const report = (at: number, char: string, key: Found['key']): void => {
    found.push({ at, char, key })
  }
  let closedCarried = false
  for (let i = 0; i < text.length; i++) {
    if (!MARK_CODES.has(text.charCodeAt(i))) continue
    const ch = text[i] as string
    if (OPEN_BRACKETS.has(ch)) brackets.push({ char: ch, at: i })
    else if (ch in BRACKETS) {
      const opener = BRACKETS[ch] as string
      const depth = brackets.map((b) => b.char).lastIndexOf(opener)
      if (depth === -1) {
        const emoticon = text[i - 1] === ':' || text[i - 1] === ';'
        if (!emoticon && !(ch === ')' && LIST_MARKER_BEFORE.test(text.slice(Math.max(0, i - 6), i))))
          report(i, ch, 'unopened')
        continue
      }
      for (const b of brackets.splice(depth)) if (b.char !== opener) report(b.at, b.char, 'unclosed')
    } else if (OPEN_QUOTES.has(ch)) quotes.push({ char: ch, at: i })
    else if (ch in QUOTES || ch === '"') {
      const prev = text[i - 1] ?? ' '
      if (ch === '"' && /\d/.test(prev)) continue // inches
      // A straight quote opens after a space and before a word, also with a space between
      // (French spacing: "" Sería"); before punctuation or at the end ("instintos ",") it closes.
      const afterSpace = /[\s([{\-—–/:]/.test(prev)
      // Spaced on both sides (French spacing inside: " con un espíritu " y), it closes an open one.
      const closesSpaced = /\s/.test(prev) && /\s/.test(text[i + 1] ?? '') && quotes[quotes.length - 1]?.char === '"'
      const opening = ch === '"' && afterSpace && !closesSpaced && opensBefore(text, i + 1, quotes.length === 0)
      if (opening) {
        quotes.push({ char: ch, at: i })
        continue
      }
      // "»" opening a paragraph continues a Spanish quotation from the paragraph before.
      if (ch === '»' && text.slice(0, i).trim() === '') continue
      const top = quotes[quotes.length - 1]
      if (top) {
        quotes.pop()
        continue
      }
      if (carried && !closedCarried) {
        closedCarried = true
        continue
      }
      report(i, ch, 'unopened')
    }
  }
  for (const b of brackets) report(b.at, b.char, 'unclosed')
  // English and Spanish both leave a quotation open at the end of a paragraph when the next one
  // goes on quoting (and opens with a quote mark).
  if (!nextContinues) for (const q of quotes) report(q.at, q.char, 'unclosed')
  return { found, openQuote: quotes.length > 0 && nextContinues }
}

const WORDISH = /[\p{L}\p{N}¿¡“'‘(]/u

/**
 * Whether a straight quote after a space opens, judged by what follows from `from`: a word opens;
 * spaces then a word open; punctuation or the end of the paragraph close. Spaces with nothing after
 * them open only when nothing is open yet.
 */
function opensBefore(text: string, from: number, nothingOpen: boolean): boolean {
  const next = text[from]
  if (next === undefined) return false
  if (WORDISH.test(next)) return true
  if (!/\s/.test(next)) return false
  let k = from
  while (k < text.length && /\s/.test(text[k] as string)) k++
  const after = text[k]
  return after === undefined ? nothingOpen : WORDISH.test(after)
}

const markClass = (ch: string): 'quote' | 'bracket' => (ch in BRACKETS || OPEN_BRACKETS.has(ch) ? 'bracket' : 'quote')

/** How many paragraphs ahead a quotation left open may still be closed. */
const QUOTE_REACH = 5

/**
 * Every unpaired mark of one side. A quotation opened in one paragraph and closed in one of the
 * next few (a quote over several sentences or paragraphs) is paired, not reported.
 */
function unpairedOf(ctx: CheckContext, side: Side): Unpaired[] {
  // The side's paragraphs with something unpaired, with their place among all of them.
  const marked: { place: number; found: Unpaired[] }[] = []
  let place = 0
  let carried = false
  let last: SideParagraph | null = null
  let lastSegment = 0
  const visit = (segment: number, paragraph: SideParagraph, nextContinues: boolean) => {
    const { found, openQuote } = scanned(paragraph, nextContinues, carried)
    carried = openQuote
    if (found.length > 0) {
      const at = { segment, offset: paragraph.offset }
      marked.push({ place, found: found.map((f) => ({ ...f, paragraph: at })) })
    }
    place++
  }
  for (const seg of ctx.document.segments) {
    const text = side === 'source' ? seg.source : seg.target
    for (const paragraph of segmentFacts(ctx, ctx.document, seg, PARAGRAPHS[side], () => paragraphsOf(text))) {
      if (last) visit(lastSegment, last, paragraph.continuation)
      last = paragraph
      lastSegment = seg.index
    }
  }
  if (last) visit(lastSegment, last, false)
  const dropped = new Set<Unpaired>()
  marked.forEach(({ place, found }, k) => {
    for (const open of found) {
      if (open.key !== 'unclosed' || markClass(open.char) !== 'quote' || dropped.has(open)) continue
      let close: Unpaired | undefined
      for (let j = k + 1; j < marked.length && !close; j++) {
        const later = marked[j] as (typeof marked)[number]
        if (later.place > place + QUOTE_REACH) break
        close = later.found.find((u) => u.key === 'unopened' && markClass(u.char) === 'quote' && !dropped.has(u))
      }
      if (!close) continue
      dropped.add(open)
      dropped.add(close)
    }
  })
  return marked.flatMap((m) => m.found).filter((u) => !dropped.has(u))
}

const PARAGRAPHS: Record<Side, string> = { source: 'unpaired-paragraphs:source', target: 'unpaired-paragraphs:target' }

function paragraphsOf(text: string): SideParagraph[] {
  if (text.trim() === '') return []
  return paragraphRanges(text).map((r) => ({
    offset: r.start,
    text: r.text,
    marks: ANY_MARK.test(r.text),
    continuation: CONTINUATION_START.test(r.text)
  }))
}

export const unpairedCheck: CheckDefinition = {
  id: 'typography-unpaired',
  category: 'linguistic-conventions/punctuation',
  defaultSeverity: 'minor',
  enabledByDefault: true,
  languages: 'spanish-english',
  i18n: {
    en: {
      title: 'Unpaired bracket or quote',
      description: 'A bracket or quotation mark opened and never closed in its paragraph, or closed and never opened.',
      messages: {
        unclosed: '"{{mark}}" is opened and never closed.',
        unopened: '"{{mark}}" closes something never opened.'
      }
    },
    es: {
      title: 'Paréntesis o comillas sin pareja',
      description:
        'Un paréntesis o unas comillas que se abren y no se cierran en su párrafo, o se cierran sin abrirse.',
      messages: {
        unclosed: '«{{mark}}» se abre y no se cierra.',
        unopened: '«{{mark}}» cierra algo que no se abrió.'
      }
    }
  },
  run(ctx) {
    const bySide = { source: unpairedOf(ctx, 'source'), target: unpairedOf(ctx, 'target') }
    // A mark the source leaves unpaired too is the source's problem, reported there once.
    const inSource = new Set(bySide.source.map((u) => `${u.paragraph.segment}|${u.key}|${markClass(u.char)}`))
    const target = bySide.target.filter((u) => !inSource.has(`${u.paragraph.segment}|${u.key}|${markClass(u.char)}`))
    const out: RawFinding[] = []
    for (const [side, list] of [
      ['target', target],
      ['source', bySide.source]
    ] as const) {
      for (const u of list) {
        const start = u.paragraph.offset + u.at
        const span = { start, end: start + 1, text: u.char }
        out.push({
          segment: u.paragraph.segment,
          side,
          ...(side === 'source' ? { sourceSpan: span, category: 'source/error' as const } : { targetSpan: span }),
          messageKey: u.key,
          params: { mark: u.char },
          confidence: 0.8
        })
      }
    }
    return out
  }
}
