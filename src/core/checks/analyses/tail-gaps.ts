/**
 * A phrase appended to the end of a sentence (", paid every three months") or dropped from it: the
 * last comma-delimited part of one side's sentence, none of whose words the other side explains,
 * while the other side's sentence leaves no more of its own words unexplained than this one does
 * before that part. A rewording leaves unexplained words on both sides; an appended phrase is a
 * surplus on one.
 */
import type { SentenceBounds } from '../../domain/document'
import type { Lang } from '../../domain/language'
import type { TextRange } from '../../text/lexicon/text'
import type { BilingualLexicon } from '../../text/bilingual-lexicon'
import type { AnchorWords } from './anchors'

/** One side of a pair as `tailGaps` reads it. */
export interface TailSide {
  words: AnchorWords
  explained: readonly boolean[]
  /** For each word, the words of the other side it may correspond to. */
  counterparts: readonly (readonly number[])[]
  text: string
  lang: Lang
}

/** Whether word i of `side` and word j of `other` may translate each other. */
function paired(side: TailSide, i: number, other: TailSide, j: number, lexicon: BilingualLexicon): boolean {
  if (side.counterparts[i]?.includes(j) || other.counterparts[j]?.includes(i)) return true
  const a = side.words.facts[i]?.text ?? ''
  const b = other.words.facts[j]?.text ?? ''
  return side.lang === 'es' ? lexicon.pairs(a, b) : lexicon.pairs(b, a)
}

/**
 * Whether the other sentence ends where this side's tail begins: the content word before the tail
 * and the other sentence's last one translate each other, or neither is explained and the words
 * before them do (a final word the lexicon lacks on both sides).
 */
function endsMatch(
  side: TailSide,
  before: readonly number[],
  other: TailSide,
  otherContent: readonly number[],
  lexicon: BilingualLexicon
): boolean {
  const [a1, a0] = [before[before.length - 1], before[before.length - 2]]
  const [b1, b0] = [otherContent[otherContent.length - 1], otherContent[otherContent.length - 2]]
  if (a1 === undefined || b1 === undefined) return false
  if (paired(side, a1, other, b1, lexicon)) return true
  if (side.explained[a1] || other.explained[b1] || a0 === undefined || b0 === undefined) return false
  return paired(side, a0, other, b0, lexicon)
}

/** Content words a tail needs, and at most: a longer one is a clause the passage check judges. */
const MIN_TAIL_WORDS = 2
const MAX_TAIL_WORDS = 6

/** Content words of `side` within [a, b), and the unexplained ones. */
function contentIn(side: TailSide, [a, b]: SentenceBounds): { content: number[]; unexplained: number } {
  const content: number[] = []
  let unexplained = 0
  const { starts } = side.words
  // Words are in text order: start at the first one at `a` (binary search), stop at `b`.
  let lo = 0
  for (let hi = starts.length; lo < hi;) {
    const mid = (lo + hi) >> 1
    if ((starts[mid] as number) < a) lo = mid + 1
    else hi = mid
  }
  for (let i = lo; i < starts.length && (starts[i] as number) < b; i++) {
    if (!side.words.facts[i]?.content) continue
    content.push(i)
    if (!side.explained[i]) unexplained++
  }
  return { content, unexplained }
}

/**
 * Tails of `side`'s sentences that nothing in the paired sentence of `other` accounts for. `pairs`
 * are sentences matched one to one, each as [this side's bounds, the other's].
 */
export function tailGaps(
  side: TailSide,
  other: TailSide,
  pairs: readonly (readonly [SentenceBounds, SentenceBounds])[],
  lexicon: BilingualLexicon | undefined
): TextRange[] {
  if (!lexicon) return []
  const out: TextRange[] = []
  for (const [here, there] of pairs) {
    const { content, unexplained } = contentIn(side, here)
    const last = content[content.length - 1]
    if (last === undefined) continue
    // Only closing punctuation after the tail: it ends the sentence.
    const end = side.words.ends[last] as number
    if (!/^[\s.!?»”"')\]]*$/.test(side.text.slice(end, here[1]))) continue
    const comma = side.text.lastIndexOf(',', end)
    if (comma < here[0]) continue
    const tail = content.filter((i) => (side.words.starts[i] as number) > comma)
    if (tail.length < MIN_TAIL_WORDS || tail.length > MAX_TAIL_WORDS || tail.length === content.length) continue
    const facts = tail.map((i) => side.words.facts[i])
    if (tail.some((i) => side.explained[i]) || facts.some((f) => f?.numeric)) continue
    // A name marks a reporting clause ("adds the minister"), a quote a citation: not appended content.
    if (facts.some((f) => /^\p{Lu}/u.test(f?.text ?? '')) || /["“”«»]/.test(side.text.slice(comma, end))) continue
    if (facts.filter((f) => lexicon.translations(f?.text ?? '', side.lang).length > 0).length < MIN_TAIL_WORDS) continue
    // A surplus: the other sentence leaves no more words unexplained than this one before its tail.
    const facing = contentIn(other, there)
    if (facing.unexplained > unexplained - tail.length) continue
    const before = content.slice(0, content.length - tail.length)
    if (!endsMatch(side, before, other, facing.content, lexicon)) continue
    const start = comma + 1 + (side.text.slice(comma + 1).length - side.text.slice(comma + 1).trimStart().length)
    out.push({ start, end, text: side.text.slice(start, end) })
  }
  return out
}
