import type { TextAnalyzer } from '../../text/analyzer'
import type { Lang } from '../../domain/language'
import { isFunctionWord } from '../../text/function-words'
import { isCapitalizedByConvention, looksLikeDemonymPair } from '../../text/lexicon/titles'
import { fold } from '../../text/normalize'
import { isAllCaps, isCapitalized, isCognate, words, type TextRange } from '../../text/lexicon/text'
import type { CheckDefinition, RawFinding, SegmentPair } from '../engine/types'
import { lowercaseVocabularyAnalysis } from '../analyses/lowercase-words'
import { read } from '../engine/job-cache'
import { segmentFindingsReading } from '../engine/segment-facts'
import { appendAll } from '../../collections/arrays'

/** What may precede a capital legitimately: a sentence or paragraph start, a colon, a quote, a bracket. */
const OPENS_SENTENCE = /(?:^|[.!?:;…"“«([¿¡—–\n])[\s"“«'‘([¿¡]*$/u

/** A capitalized word, a connector and maybe an article just before: the word ends a name. */
const NAME_CONNECTOR_BEFORE =
  /\p{Lu}[\p{L}'’-]*[ \u00A0]+(?:of|for|on|and|de|del|para|y)[ \u00A0]+(?:(?:the|la|el|los|las)[ \u00A0]+)?$/u

/** A headline in title case capitalizes most words: nothing there is a stray capital. */
function isTitleCase(ws: readonly TextRange[]): boolean {
  const long = ws.filter((w) => w.text.length >= 4)
  return long.length > 0 && long.filter((w) => /^\p{Lu}/u.test(w.text)).length >= 0.5 * long.length
}

interface SourceWord {
  range: TextRange
  capitalized: boolean
}

/** Source words indexed by their first folded letters, to find a cognate quickly. */
function indexSource(text: string, lang: Lang, analyzer: TextAnalyzer): Map<string, SourceWord[]> {
  const index = new Map<string, SourceWord[]>()
  for (const w of words(text, analyzer)) {
    if (w.text.length < 4 || isFunctionWord(w.text.toLowerCase(), lang)) continue
    const key = fold(w.text).slice(0, 3)
    const list = index.get(key) ?? []
    list.push({ range: w, capitalized: /^\p{Lu}/u.test(w.text) })
    index.set(key, list)
  }
  return index
}

/** The source cognates of a target word. */
function cognates(word: string, index: Map<string, SourceWord[]>): SourceWord[] {
  const key = fold(word).slice(0, 3)
  return (index.get(key) ?? []).filter((s) => isCognate(s.range.text, word, true))
}

/**
 * One segment's findings, added to `out`. A function of its own rather than the body of the
 * document loop: the engine optimizes it like any function, instead of replacing the long loop
 * while it runs, which a rare path then undid for every document.
 */
function segmentFindings(
  seg: SegmentPair,
  sourceLang: Lang,
  lowercaseInTarget: { has(word: string): boolean },
  out: RawFinding[],
  analyzer: TextAnalyzer
): void {
  const ws = words(seg.target, analyzer)
  if (isTitleCase(ws)) return
  // Built on the first capital that gets this far: most paragraphs have none.
  let index: Map<string, SourceWord[]> | undefined
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] as TextRange
    if (!isCapitalized(w.text) || isAllCaps(w.text) || w.text.includes('-')) continue
    if (OPENS_SENTENCE.test(seg.target.slice(Math.max(0, w.start - 4), w.start))) continue
    if (isCapitalizedByConvention(w.text) || !lowercaseInTarget.has(w.text.toLowerCase())) continue
    // Inside a multi-word name ("National Water Quality Programme").
    const prev = ws[i - 1]
    const next = ws[i + 1]
    const joinedTo = (a: TextRange | undefined, b: TextRange | undefined): boolean =>
      a !== undefined && b !== undefined && /^[ \u00A0]+$/.test(seg.target.slice(a.end, b.start))
    if (
      (next && /^\p{Lu}/u.test(next.text) && joinedTo(w, next)) ||
      (prev && /^\p{Lu}/u.test(prev.text) && joinedTo(prev, w))
    )
      continue
    // The tail of a name joined by a connector: "Ministry of Transport", "Commission for the Future".
    if (NAME_CONNECTOR_BEFORE.test(seg.target.slice(Math.max(0, w.start - 40), w.start))) continue
    const found = cognates(w.text, (index ??= indexSource(seg.source, sourceLang, analyzer)))
    if (found.length === 0 || found.some((s) => s.capitalized)) continue
    const source = found[0] as SourceWord
    if (looksLikeDemonymPair(source.range.text, w.text)) continue
    out.push({
      segment: seg.index,
      side: 'both',
      // Plain ranges: the words may be the analyzer's tokens, which carry far more.
      sourceSpan: { start: source.range.start, end: source.range.end, text: source.range.text },
      targetSpan: { start: w.start, end: w.end, text: w.text },
      messageKey: 'capital',
      params: { word: w.text, source: source.range.text },
      suggestion: w.text.toLowerCase(),
      confidence: 0.6
    })
  }
}

export const midsentenceCapitalCheck: CheckDefinition = {
  id: 'typography-midsentence-capital',
  cost: 0.45,
  uses: [lowercaseVocabularyAnalysis],
  category: 'linguistic-conventions/spelling',
  defaultSeverity: 'minor',
  enabledByDefault: true,
  languages: 'spanish-english',
  i18n: {
    en: {
      title: 'Capital letter mid-sentence',
      description: 'A common noun capitalized in the middle of a sentence where the source writes it in lowercase.',
      messages: { capital: '"{{word}}" is capitalized mid-sentence; the source writes "{{source}}" in lowercase.' }
    },
    es: {
      title: 'Mayúscula a mitad de oración',
      description: 'Un sustantivo común con mayúscula a mitad de oración donde el original lo escribe en minúscula.',
      messages: {
        capital: '«{{word}}» lleva mayúscula a mitad de oración; el original escribe «{{source}}» en minúscula.'
      }
    }
  },
  run(ctx) {
    const doc = ctx.document
    const out: RawFinding[] = []
    // The translation itself must write the word in lowercase somewhere: that is what shows it is a
    // common noun here, where English capitalizes demonyms, parties, currencies and names freely.
    const lowercaseInTarget = read(ctx, lowercaseVocabularyAnalysis).of('target')
    const lookup = (word: string): boolean => lowercaseInTarget.has(word)
    for (const seg of doc.segments) {
      if (seg.source.trim() === '' || seg.target.trim() === '') continue
      // Kept across jobs with the answers it read from the document's vocabulary.
      const made = segmentFindingsReading(ctx, seg, 'midsentence-capital', lookup, (has) => {
        const found: RawFinding[] = []
        segmentFindings(seg, doc.sourceLang, { has }, found, ctx.cache.text)
        return found
      })
      appendAll(out, made)
    }
    return out
  }
}
