import type { Lang, Side } from '../../domain/language'
import { read } from '../engine/job-cache'
import { segmentFacts } from '../engine/segment-facts'
import type { Analysis, CheckContext, CheckDefinition, DocumentContext, RawFinding, SegmentPair } from '../engine/types'

/** One convention, and where a text follows it. */
interface Usage {
  style: string
  segment: number
  start: number
  end: number
  text: string
  /** Preceded by a space or the start: an opening quote. */
  opening: boolean
}

/** Curly “ ” against straight " quotes (« » may nest “ ” and is not a mix). */
const CURLY = /[“”]/gu
const STRAIGHT = /"/g
/**
 * A comma before or after a closing quote: ,” (inside) or ”, (outside). Full stops are left out: a
 * quoted sentence takes its stop inside and a quoted phrase outside, both correctly.
 */
const INSIDE = /,(?=[”"](?:\s|$))/g
const OUTSIDE = /[”"](?=,(?:\s|$))/g
/** The quoted words must end right there: "word,”" — not a stray mark after a space. */
const WORD_END = /[\p{L}\p{N})\]]/u

const PATTERNS = { curly: CURLY, straight: STRAIGHT, inside: INSIDE, outside: OUTSIDE } as const
type PatternName = keyof typeof PATTERNS
/** Characters a usage spans: the mark, or the comma and the mark. */
const WIDTH: Record<PatternName, number> = { curly: 1, straight: 1, inside: 2, outside: 2 }

/** Where one text follows each convention: offsets, and whether the mark opens. */
type TextUsages = Record<PatternName, Array<{ start: number; opening: boolean }>>

function textUsages(text: string): TextUsages {
  const found = {} as TextUsages
  for (const name of Object.keys(PATTERNS) as PatternName[]) {
    const re = PATTERNS[name]
    const list: TextUsages[PatternName] = []
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if ((re === INSIDE || re === OUTSIDE) && !WORD_END.test(text[m.index - 1] ?? '')) continue
      list.push({ start: m.index, opening: m.index === 0 || /[\s([{—–-]/u.test(text[m.index - 1] ?? '') })
    }
    found[name] = list
  }
  return found
}

const USAGES: Record<Side, string> = { source: 'quote-usages:source', target: 'quote-usages:target' }

/** A segment side's usages, kept in its facts: a re-check after an edit reads the edited text only. */
function segmentUsages(ctx: CheckContext, doc: DocumentContext, seg: SegmentPair, side: Side): TextUsages {
  return segmentFacts(ctx, doc, seg, USAGES[side], () => textUsages(side === 'source' ? seg.source : seg.target))
}

/** Where one side of a document follows each convention, in one pass over its segments. */
function usages(ctx: CheckContext, doc: DocumentContext, side: Side): Record<PatternName, Usage[]> {
  const out: Record<PatternName, Usage[]> = { curly: [], straight: [], inside: [], outside: [] }
  for (const seg of doc.segments) {
    const found = segmentUsages(ctx, doc, seg, side)
    for (const style of Object.keys(PATTERNS) as PatternName[]) {
      if (found[style].length === 0) continue
      const text = side === 'source' ? seg.source : seg.target
      const width = WIDTH[style]
      for (const { start, opening } of found[style])
        out[style].push({
          style,
          segment: seg.index,
          start,
          end: start + width,
          text: text.slice(start, start + width),
          opening
        })
    }
  }
  return out
}

/** The minority of two competing conventions, when there is a clear majority (at least two, and more). */
function minority(a: Usage[], b: Usage[], projectA: () => number, projectB: () => number): Usage[] {
  // A short document borrows the counts of its project, so one quote is judged against the others.
  const small = a.length + b.length < 3
  const na = small ? projectA() : a.length
  const nb = small ? projectB() : b.length
  if (a.length > 0 && nb >= 2 && nb > na) return a
  if (b.length > 0 && na >= 2 && na > nb) return b
  return []
}

type Counts = Record<Side, Record<PatternName, number>>

/**
 * Counts per document, kept for the job: every document of the project is counted once instead of
 * once per document checked. Filled on demand.
 */
const projectCountsAnalysis: Analysis<Map<DocumentContext, Counts>> = {
  id: 'quote-style-counts',
  scope: 'job',
  compute: () => new Map()
}

/** How often each convention occurs on each side of a document. */
function countsOf(ctx: CheckContext, doc: DocumentContext): Counts {
  const counts = {} as Counts
  for (const side of ['source', 'target'] as const) {
    const row = { curly: 0, straight: 0, inside: 0, outside: 0 }
    for (const seg of doc.segments) {
      const found = segmentUsages(ctx, doc, seg, side)
      for (const name of Object.keys(PATTERNS) as PatternName[]) row[name] += found[name].length
    }
    counts[side] = row
  }
  return counts
}

/** How often the other documents of the project written in `lang` use a convention. */
function projectCount(ctx: CheckContext, side: Side, lang: Lang, name: PatternName): number {
  const memo = read(ctx, projectCountsAnalysis)
  let n = 0
  for (const doc of ctx.project.documents) {
    for (const s of ['source', 'target'] as const) {
      const docLang = s === 'source' ? doc.sourceLang : doc.targetLang
      if (docLang !== lang || (doc.id === ctx.document.id && s === side)) continue
      let counts = memo.get(doc)
      if (!counts) memo.set(doc, (counts = countsOf(ctx, doc)))
      n += counts[s][name]
    }
  }
  return n
}

export const quoteStyleCheck: CheckDefinition = {
  id: 'typography-quote-style',
  uses: [projectCountsAnalysis],
  category: 'linguistic-conventions/punctuation',
  defaultSeverity: 'minor',
  enabledByDefault: true,
  languages: 'spanish-english',
  i18n: {
    en: {
      title: 'Inconsistent quotation style',
      description:
        'Quotation marks, or the punctuation around them, written differently from the rest of the document.',
      messages: {
        straight: 'Straight quote where the rest of the document uses curly quotes ({{suggestion}}).',
        curly: 'Curly quote where the rest of the document uses straight quotes (").',
        inside: 'Punctuation inside the closing quote; the rest of the document puts it outside ({{suggestion}}).',
        outside: 'Punctuation outside the closing quote; the rest of the document puts it inside ({{suggestion}}).'
      }
    },
    es: {
      title: 'Comillas incoherentes',
      description: 'Comillas, o la puntuación que las rodea, escritas de otra forma que en el resto del documento.',
      messages: {
        straight: 'Comilla recta donde el resto del documento usa comillas tipográficas ({{suggestion}}).',
        curly: 'Comilla tipográfica donde el resto del documento usa comillas rectas (").',
        inside: 'Puntuación dentro de la comilla de cierre; el resto del documento la pone fuera ({{suggestion}}).',
        outside: 'Puntuación fuera de la comilla de cierre; el resto del documento la pone dentro ({{suggestion}}).'
      }
    }
  },
  run(ctx) {
    const doc = ctx.document
    const out: RawFinding[] = []
    for (const side of ['target', 'source'] as const) {
      const lang = side === 'source' ? doc.sourceLang : doc.targetLang
      const report = (u: Usage, key: string, suggestion: string): void => {
        const span = { start: u.start, end: u.end, text: u.text }
        out.push({
          segment: u.segment,
          side,
          ...(side === 'source' ? { sourceSpan: span, category: 'source/error' as const } : { targetSpan: span }),
          messageKey: key,
          params: { suggestion },
          suggestion,
          confidence: 0.7
        })
      }
      const { curly, straight, inside, outside } = usages(ctx, doc, side)
      for (const u of minority(
        curly,
        straight,
        () => projectCount(ctx, side, lang, 'curly'),
        () => projectCount(ctx, side, lang, 'straight')
      )) {
        if (u.style === 'straight') report(u, 'straight', u.opening ? '“' : '”')
        else report(u, 'curly', '"')
      }
      for (const u of minority(
        inside,
        outside,
        () => projectCount(ctx, side, lang, 'inside'),
        () => projectCount(ctx, side, lang, 'outside')
      )) {
        report(u, u.style, `${u.text[1] ?? ''}${u.text[0] ?? ''}`)
      }
    }
    return out
  }
}
