import type { Lang } from '../../domain/types'
import { JobCache } from './job-cache'
import type { CheckContext, DocumentContext, GlossaryEntry, SegmentPair, SpellService } from './types'

export interface PairInput {
  source: string
  target: string
}

/** One document context from plain 1-1 pairs (CLI --jsonl, tests, benchmarks). */
export function documentFromPairs(
  id: string,
  pairs: readonly PairInput[],
  sourceLang: Lang = 'es',
  targetLang: Lang = 'en',
  name = id
): DocumentContext {
  const segments: SegmentPair[] = pairs.map((p, i) => ({
    index: i,
    sourceParagraphs: p.source === '' ? [] : [i],
    targetParagraphs: p.target === '' ? [] : [i],
    source: p.source,
    target: p.target
  }))
  return { id, name, sourceLang, targetLang, segments }
}

/**
 * A check context for one document, optionally inside a project of several. The documents of one
 * job share one `cache` (its analyses); a context made without one is a job of its own. Every
 * context has the same five fields, the speller's left undefined when there is none: contexts of one shape
 * keep the checks' optimized code (built against that shape) valid for the whole run, where
 * spreading in the speller made a few shapes and cost a recompile of every check that reads one.
 */
export function contextFor(
  document: DocumentContext,
  glossary: GlossaryEntry[] = [],
  projectDocuments?: DocumentContext[],
  spell?: SpellService,
  cache: JobCache = new JobCache()
): CheckContext {
  return { document, project: { documents: projectDocuments ?? [document] }, glossary, spell, cache }
}
