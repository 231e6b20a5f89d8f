import { findGaps, followsDegreeWord, type Gaps } from './anchors'
import { PARAGRAPH_JOINER, type SentenceBounds } from '../../domain/document'
import type { Lang } from '../../domain/language'
import type { TextRange } from '../../text/lexicon/text'
import type { Analysis, CheckContext, SegmentPair } from '../engine/types'
import { tokenize, type Token } from '../../text/tokenize'
import { isFunctionWord } from '../../text/function-words'
import { qualifierGaps, type QualifierGaps } from './qualifier-gaps'

/** A segment's gaps, and its qualifiers one side does not render (none inside a passage gap). */
export interface SegmentGaps extends Gaps {
  qualifiers: QualifierGaps
}

/** Each sentence of one side of a bead as [start, end) in the side's joined text. */
function sentenceRanges(paragraphs: readonly SentenceBounds[][], text: string): SentenceBounds[] {
  const out: SentenceBounds[] = []
  const lengths = text.split(PARAGRAPH_JOINER).map((p) => p.length)
  let offset = 0
  paragraphs.forEach((bounds, k) => {
    for (const [a, b] of bounds) out.push([offset + a, offset + b])
    offset += (lengths[k] ?? 0) + PARAGRAPH_JOINER.length
  })
  return out
}

const shifted = (r: TextRange, by: number): TextRange => ({ start: r.start + by, end: r.end + by, text: r.text })
const overlaps = (r: TextRange, list: readonly TextRange[]): boolean =>
  list.some((o) => r.start < o.end && o.start < r.end)

/** Whether a word the paragraph leaves unexplained, within [a, b), follows a degree word ("más cercana"). */
function loneQualifier(text: string, unexplained: readonly number[], [a, b]: SentenceBounds, lang: Lang): boolean {
  return unexplained.some((x) => x >= a && x < b && followsDegreeWord(text.slice(Math.max(a, x - 8), x), lang))
}

/**
 * Long passages are looked for across the whole bead (a dropped sentence leaves its paragraph out
 * of step); short phrases in each pair of sentences that match one to one, where a translation
 * that accounts for every word but a phrase can be told from one that rewords it.
 */
function segmentGaps(seg: SegmentPair, ctx: CheckContext): Gaps {
  const { sourceLang, targetLang } = ctx.document
  const analyzer = ctx.cache.text
  const links = seg.sentences.links.filter((l) => l.source.length === 1 && l.target.length === 1)
  const whole = seg.sentences.links.length <= 1
  const sources = sentenceRanges(seg.sentences.source, seg.source)
  const targets = sentenceRanges(seg.sentences.target, seg.target)
  const sentencePairs = links.flatMap((l) => {
    const s = sources[l.source[0] as number]
    const t = targets[l.target[0] as number]
    return s && t ? [[s, t] as const] : []
  })
  const gaps = findGaps(seg.source, seg.target, sourceLang, targetLang, analyzer, ctx.lexicon, {
    passages: true,
    phrases: whole,
    sentencePairs
  })
  const unexplained = gaps.unexplained
  if (whole || !ctx.lexicon || !unexplained) return gaps
  const within = (starts: readonly number[], [a, b]: SentenceBounds): number =>
    starts.filter((x) => x >= a && x < b).length
  for (const link of links) {
    const s = sources[link.source[0] as number]
    const t = targets[link.target[0] as number]
    if (!s || !t) continue
    // A word the whole other paragraph leaves unexplained stays so against one sentence of it, and a
    // phrase needs one side of its sentence pair wholly explained: skip pairs where neither can be,
    // unless a qualifier may be missing (see `findGaps`).
    const [sourceText, targetText] = [seg.source.slice(s[0], s[1]), seg.target.slice(t[0], t[1])]
    if (
      within(unexplained.source, s) > 0 &&
      within(unexplained.target, t) > 0 &&
      !loneQualifier(seg.source, unexplained.source, s, sourceLang) &&
      !loneQualifier(seg.target, unexplained.target, t, targetLang)
    )
      continue
    const found = findGaps(sourceText, targetText, sourceLang, targetLang, analyzer, ctx.lexicon, {
      passages: false,
      phrases: true
    })
    for (const r of found.omitted) if (!overlaps(shifted(r, s[0]), gaps.omitted)) gaps.omitted.push(shifted(r, s[0]))
    for (const r of found.added) if (!overlaps(shifted(r, t[0]), gaps.added)) gaps.added.push(shifted(r, t[0]))
  }
  return gaps
}

/** Most of a side's content words left unexplained for it to vouch that a qualifier is missing from it. */
const LOOSE_SHARE = 0.5

/**
 * Whether a side accounts for nearly all its content words (see `findGaps`): a qualifier missing
 * from a close translation was dropped; one missing from a free rendering may be reworded.
 */
function close(tokens: readonly Token[], unexplained: readonly number[] | undefined, lang: Lang): boolean {
  if (unexplained === undefined) return false
  const content = tokens.filter((t) => !t.isNumber && t.text.length >= 3 && !isFunctionWord(t.lower, lang)).length
  return unexplained.length <= LOOSE_SHARE * content
}

function withQualifiers(gaps: Gaps, seg: SegmentPair, ctx: CheckContext): SegmentGaps {
  const { sourceLang, targetLang } = ctx.document
  const none = { ...gaps, qualifiers: { omitted: [], added: [] } }
  if (!ctx.lexicon) return none
  const source = { text: seg.source, tokens: tokenize(seg.source, ctx.cache.text), lang: sourceLang }
  const target = { text: seg.target, tokens: tokenize(seg.target, ctx.cache.text), lang: targetLang }
  const found = qualifierGaps(source, target)
  if (found.omitted.length === 0 && found.added.length === 0) return none
  const closeTarget = close(target.tokens, gaps.unexplained?.target, targetLang)
  const closeSource = close(source.tokens, gaps.unexplained?.source, sourceLang)
  return {
    ...gaps,
    qualifiers: {
      omitted: closeTarget ? found.omitted.filter((r) => !overlaps(r, gaps.omitted)) : [],
      added: closeSource ? found.added.filter((r) => !overlaps(r, gaps.added)) : []
    }
  }
}

/** The gaps of each segment of a document (passages with no counterpart), read by omission and addition. */
export const gapsAnalysis: Analysis<(seg: SegmentPair) => SegmentGaps> = {
  id: 'gaps',
  scope: 'document',
  compute(ctx) {
    const known = new Map<SegmentPair, SegmentGaps>()
    return (seg) => {
      let gaps = known.get(seg)
      if (!gaps) known.set(seg, (gaps = withQualifiers(segmentGaps(seg, ctx), seg, ctx)))
      return gaps
    }
  }
}
