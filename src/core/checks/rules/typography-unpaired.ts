import type { Side } from '../../domain/language'
import { paragraphRanges } from '../../text/lexicon/text'
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

interface Paragraph {
  segment: number
  /** Offset of the paragraph in the bead's joined text. */
  offset: number
  text: string
}

interface Unpaired {
  paragraph: Paragraph
  at: number
  char: string
  key: 'unclosed' | 'unopened'
}

/** Pairs brackets and quotes in one paragraph; `carried` is an open quote from the paragraph before. */
const ANY_MARK = /[()[\]{}“”«»"]/
/** The same marks by code, for the character loop: most characters are skipped at once. */
const MARK_CODES = new Set([...'()[]{}“”«»"'].map((c) => c.charCodeAt(0)))

function scan(p: Paragraph, next: Paragraph | undefined, carried: boolean): { found: Unpaired[]; openQuote: boolean } {
  const text = p.text
  if (!ANY_MARK.test(text)) return { found: [], openQuote: false }
  const brackets: Mark[] = []
  const quotes: Mark[] = []
  const found: Unpaired[] = []
  const report = (at: number, char: string, key: Unpaired['key']): void => {
    found.push({ paragraph: p, at, char, key })
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
  const continues = next !== undefined && CONTINUATION_START.test(next.text)
  if (!continues) for (const q of quotes) report(q.at, q.char, 'unclosed')
  return { found, openQuote: quotes.length > 0 && continues }
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
  const paragraphs = sideParagraphs(ctx, side)
  const perParagraph: Unpaired[][] = []
  let carried = false
  paragraphs.forEach((p, i) => {
    const { found, openQuote } = scan(p, paragraphs[i + 1], carried)
    carried = openQuote
    perParagraph.push(found)
  })
  const dropped = new Set<Unpaired>()
  perParagraph.forEach((found, i) => {
    for (const open of found) {
      if (open.key !== 'unclosed' || markClass(open.char) !== 'quote' || dropped.has(open)) continue
      const close = perParagraph
        .slice(i + 1, i + 1 + QUOTE_REACH)
        .flat()
        .find((u) => u.key === 'unopened' && markClass(u.char) === 'quote' && !dropped.has(u))
      if (!close) continue
      dropped.add(open)
      dropped.add(close)
    }
  })
  return perParagraph.flat().filter((u) => !dropped.has(u))
}

function sideParagraphs(ctx: CheckContext, side: Side): Paragraph[] {
  return ctx.document.segments.flatMap((seg) => {
    const text = side === 'source' ? seg.source : seg.target
    if (text.trim() === '') return []
    return paragraphRanges(text).map((r) => ({ segment: seg.index, offset: r.start, text: r.text }))
  })
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
