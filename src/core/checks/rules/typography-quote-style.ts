import type { Lang, Side } from '../../domain/language'
import { read } from '../engine/job-cache'
import type { Analysis, CheckContext, CheckDefinition, DocumentContext, RawFinding } from '../engine/types'

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

function usages(doc: DocumentContext, side: Side, re: RegExp, style: string, width: number): Usage[] {
  const out: Usage[] = []
  for (const seg of doc.segments) {
    const text = side === 'source' ? seg.source : seg.target
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if ((re === INSIDE || re === OUTSIDE) && !WORD_END.test(text[m.index - 1] ?? '')) continue
      out.push({
        style,
        segment: seg.index,
        start: m.index,
        end: m.index + width,
        text: text.slice(m.index, m.index + width),
        opening: m.index === 0 || /[\s([{—–-]/u.test(text[m.index - 1] ?? '')
      })
    }
  }
  return out
}

/** The minority of two competing conventions, when there is a clear majority (at least two, and more). */
function minority(a: Usage[], b: Usage[], projectA: () => number, projectB: () => number): Usage[] {
  // A short document borrows the counts of its project (counted only then), so one quote is judged against the others.
  const small = a.length + b.length < 3
  const na = small ? projectA() : a.length
  const nb = small ? projectB() : b.length
  if (a.length > 0 && nb >= 2 && nb > na) return a
  if (b.length > 0 && na >= 2 && na > nb) return b
  return []
}

const PATTERNS = { curly: CURLY, straight: STRAIGHT, inside: INSIDE, outside: OUTSIDE } as const
type PatternName = keyof typeof PATTERNS

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
function countsOf(doc: DocumentContext): Counts {
  const counts = {} as Counts
  for (const side of ['source', 'target'] as const) {
    const row = { curly: 0, straight: 0, inside: 0, outside: 0 }
    for (const name of Object.keys(PATTERNS) as PatternName[])
      row[name] = usages(doc, side, PATTERNS[name], name, 1).length
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
      if (!counts) memo.set(doc, (counts = countsOf(doc)))
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
      const curly = usages(doc, side, CURLY, 'curly', 1)
      const straight = usages(doc, side, STRAIGHT, 'straight', 1)
      for (const u of minority(
        curly,
        straight,
        () => projectCount(ctx, side, lang, 'curly'),
        () => projectCount(ctx, side, lang, 'straight')
      )) {
        if (u.style === 'straight') report(u, 'straight', u.opening ? '“' : '”')
        else report(u, 'curly', '"')
      }
      const inside = usages(doc, side, INSIDE, 'inside', 2)
      const outside = usages(doc, side, OUTSIDE, 'outside', 2)
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
