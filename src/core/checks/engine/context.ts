import { alignBeadSentences } from '../../align'
import type { WordKeys } from '../../align/features'
import { type BeadSentences, PARAGRAPH_JOINER } from '../../domain/document'
import type { SpellService } from '../../text/speller'
import type { BilingualLexicon } from '../../text/bilingual-lexicon'
import { conventionLang, type Lang, type LanguageTag } from '../../domain/language'
import { JobCache } from './job-cache'
import { maskCodes } from './codes'
import type { CheckContext, DocumentContext, SegmentPair } from './types'
import type { GlossaryEntry } from '../../domain/glossary'
import type { ApprovedRendering } from '../../domain/memory'

export interface PairInput {
  source: string
  target: string
}

/**
 * The sentence alignment of one plain pair, whose sides are single paragraphs that may hold blank
 * lines: aligned as the paragraphs between those, then given back as one paragraph a side.
 */
export function pairSentences(
  source: string,
  target: string,
  sourceLang: Lang,
  targetLang: Lang,
  wordKeys?: Record<Lang, WordKeys>
): BeadSentences {
  const parts = (text: string): string[] => (text === '' ? [] : text.split(PARAGRAPH_JOINER))
  const s = parts(source)
  const t = parts(target)
  const aligned = alignBeadSentences(s, t, { sourceLang, targetLang, wordKeys })
  const joined = (paragraphs: string[], bounds: BeadSentences['source']): BeadSentences['source'] => {
    if (paragraphs.length === 0) return []
    const one: BeadSentences['source'][number] = []
    let offset = 0
    paragraphs.forEach((p, k) => {
      for (const [start, end] of bounds[k] ?? []) one.push([offset + start, offset + end])
      offset += p.length + PARAGRAPH_JOINER.length
    })
    return [one]
  }
  return { source: joined(s, aligned.source), target: joined(t, aligned.target), links: aligned.links }
}

/**
 * One document context from plain 1-1 pairs (CLI --jsonl, tests, benchmarks), in the languages of
 * two tags. `wordKeys`: the aligner's word keys, kept by a caller that makes many such documents.
 */
export function documentFromPairs(
  id: string,
  pairs: readonly PairInput[],
  sourceTag: LanguageTag = 'es',
  targetTag: LanguageTag = 'en',
  name = id,
  wordKeys?: Record<Lang, WordKeys>
): DocumentContext {
  const sourceLang = conventionLang(sourceTag)
  const targetLang = conventionLang(targetTag)
  const segments: SegmentPair[] = pairs.map((p, i) => ({
    index: i,
    sourceParagraphs: p.source === '' ? [] : [i],
    targetParagraphs: p.target === '' ? [] : [i],
    source: p.source,
    target: p.target,
    sentences: pairSentences(p.source, p.target, sourceLang, targetLang, wordKeys)
  }))
  return { id, name, sourceTag, targetTag, sourceLang, targetLang, segments }
}

/**
 * A check context for one document, optionally inside a project of several. The documents of one
 * job share one `cache` (its analyses); a context made without one is a job of its own. Every
 * context has the same seven fields, the speller and lexicon left undefined when there are none: contexts of one shape
 * keep the checks' optimized code (built against that shape) valid for the whole run, where
 * spreading in the speller made a few shapes and cost a recompile of every check that reads one.
 * Texts reach the checks with their inline codes masked (`maskCodes`).
 */
export function contextFor(
  document: DocumentContext,
  glossary: GlossaryEntry[] = [],
  projectDocuments?: DocumentContext[],
  spell?: SpellService,
  cache: JobCache = new JobCache(),
  lexicon?: BilingualLexicon,
  memory: readonly ApprovedRendering[] = []
): CheckContext {
  const masked = maskCodes(document)
  const project = projectDocuments?.map((d) => (d === document ? masked : maskCodes(d))) ?? [masked]
  return { document: masked, project: { documents: project }, glossary, spell, lexicon, cache, memory }
}
