import { alignSegmented, type AlignOptions, type DocumentAlignment } from '../../../src/core/align'
import type { WordKeys } from '../../../src/core/align/features'
import type { Lang } from '../../../src/core/domain/language'
import type { Bead, DevDocument } from './devset'
import { addCounts, beadType, emptyCounts, scoreDocument, scores, type Counts, type Scores } from './metric'

export interface DocResult {
  doc: DevDocument
  sentences: Bead[]
  paragraphs: Bead[]
  ms: number
}

export type Aligner = (es: string[][], en: string[][], opts: AlignOptions) => DocumentAlignment

/** The same document aligned English -> Spanish: sides and gold swapped. */
export function reversed(doc: DevDocument): DevDocument {
  const swap = (beads?: Bead[]): Bead[] | undefined => beads?.map(([s, t]): Bead => [t, s])
  return { ...doc, es: doc.en, en: doc.es, gold: swap(doc.gold), pgold: swap(doc.pgold) }
}

/** Word keys kept across the documents of a run, as the app's backend keeps them per process. */
const wordKeys: Record<Lang, WordKeys> = { es: new Map(), en: new Map() }

export function runDocument(doc: DevDocument, align: Aligner = alignSegmented, reverse = false): DocResult {
  const started = performance.now()
  const result = align(
    doc.es,
    doc.en,
    reverse ? { sourceLang: 'en', targetLang: 'es', wordKeys } : { sourceLang: 'es', targetLang: 'en', wordKeys }
  )
  const ms = performance.now() - started
  return {
    doc,
    ms,
    sentences: result.paragraphs.flatMap((p) => p.sentences.map((b): Bead => [b.source, b.target])),
    paragraphs: result.paragraphs.map((p): Bead => [p.source, p.target])
  }
}

export interface GroupReport {
  documents: number
  sentence: Scores
  paragraph: Scores
  /** Gold beads of each type found exactly: [found, total]. */
  byType: Record<string, [number, number]>
  totalMs: number
  maxMs: number
}

export function report(results: readonly DocResult[]): GroupReport {
  const sp: Counts = emptyCounts()
  const sr: Counts = emptyCounts()
  const pp: Counts = emptyCounts()
  const pr: Counts = emptyCounts()
  const byType: Record<string, [number, number]> = {}
  for (const t of ['1-1', '2-1', '1-2', '1-0', '0-1', 'others']) byType[t] = [0, 0]
  let totalMs = 0
  let maxMs = 0
  for (const r of results) {
    totalMs += r.ms
    maxMs = Math.max(maxMs, r.ms)
    if (r.doc.gold) {
      const c = scoreDocument(r.doc.gold, r.sentences)
      addCounts(sp, c.precision)
      addCounts(sr, c.recall)
      const predicted = new Set(r.sentences.map((b) => JSON.stringify(b)))
      for (const g of r.doc.gold) {
        const slot = byType[beadType(g)] as [number, number]
        slot[1]++
        if (predicted.has(JSON.stringify(g))) slot[0]++
      }
    }
    if (r.doc.pgold) {
      const c = scoreDocument(r.doc.pgold, r.paragraphs)
      addCounts(pp, c.precision)
      addCounts(pr, c.recall)
    }
  }
  return {
    documents: results.length,
    sentence: scores(sp, sr),
    paragraph: scores(pp, pr),
    byType,
    totalMs,
    maxMs
  }
}
