import type { Lang } from '../domain/types'
import type { CheckContext, DocumentContext, GlossaryEntry, SegmentPair } from './types'

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

/** A check context for one document, optionally inside a project of several. */
export function contextFor(
  document: DocumentContext,
  glossary: GlossaryEntry[] = [],
  projectDocuments?: DocumentContext[]
): CheckContext {
  return { document, project: { documents: projectDocuments ?? [document] }, glossary }
}
