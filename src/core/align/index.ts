/**
 * Sentence segmentation and two-level (paragraph, then sentence) alignment of a source text with
 * its translation. Pure: no model, no I/O; near-linear in document length.
 *
 * How it works: each sentence becomes language-neutral anchors (numbers by value, acronyms, a small
 * general dictionary, cognate prefixes, punctuation; features.ts). A bead's cost adds a shape prior,
 * a Gale-Church length term and a weighted-Dice anchor test (model.ts). Paragraph and sentence beads
 * are found in one search over sentences where paragraph boundaries are units that must meet the
 * other side's boundary or be skipped at a cost (engine.ts), banded coarse-to-fine and steered by
 * rare-anchor pairs (dp.ts). Parameters were tuned on half of the dev set and confirmed on the other
 * half (params.ts, bench/lib/align/tune.ts).
 */
import type { BeadSentences, SentenceLink } from '../domain/document'
import type { Lang } from '../domain/language'
import { alignParagraphSentences } from './engine'
import type { WordKeys } from './features'
import { segmentSentences } from '../text/sentences'

export interface AlignOptions {
  sourceLang: Lang
  targetLang: Lang
  glossary?: Array<{ source: string; target: string }>
  /** Paragraph beads a reviewer fixed by hand: kept exactly; the engine aligns only the stretches between them. */
  lockedParagraphBeads?: Array<{ source: number[]; target: number[] }>
  /** Word keys kept by a caller that aligns many documents (bounded); a run of its own otherwise. */
  wordKeys?: Record<Lang, WordKeys>
}

/** Indexes on each side; an empty side is a dropped (1-0) or added (0-1) unit. */
export interface AlignedBead {
  source: number[]
  target: number[]
  /** 0..1: how sure the engine is of this bead. */
  confidence: number
}

/**
 * A sentence, with offsets inside its paragraph. For pre-segmented input (alignSegmented) the
 * paragraph text is taken to be its sentences joined by single spaces.
 */
export interface SentenceRef {
  paragraph: number
  start: number
  end: number
  text: string
}

/** Sentence indexes are global indexes into sourceSentences / targetSentences. */
export interface ParagraphAlignment extends AlignedBead {
  sentences: AlignedBead[]
}

export interface DocumentAlignment {
  paragraphs: ParagraphAlignment[]
  sourceSentences: SentenceRef[]
  targetSentences: SentenceRef[]
}

/** Aligns raw paragraphs: each is split into sentences first. */
export function alignDocument(source: string[], target: string[], opts: AlignOptions): DocumentAlignment {
  const sourceSentences = referencesOf(source, opts.sourceLang)
  const targetSentences = referencesOf(target, opts.targetLang)
  const group = (refs: SentenceRef[], count: number): string[][] => {
    const out: string[][] = Array.from({ length: count }, () => [])
    for (const r of refs) out[r.paragraph]?.push(r.text)
    return out
  }
  const paragraphs = alignParagraphSentences(
    group(sourceSentences, source.length),
    group(targetSentences, target.length),
    opts
  )
  return { paragraphs, sourceSentences, targetSentences }
}

/** Aligns text already split into sentences, grouped in paragraphs. */
export function alignSegmented(source: string[][], target: string[][], opts: AlignOptions): DocumentAlignment {
  const refs = (paras: string[][]): SentenceRef[] =>
    paras.flatMap((sentences, paragraph) => {
      let offset = 0
      return sentences.map((text) => {
        const ref = { paragraph, start: offset, end: offset + text.length, text }
        offset += text.length + 1
        return ref
      })
    })
  return {
    paragraphs: alignParagraphSentences(source, target, opts),
    sourceSentences: refs(source),
    targetSentences: refs(target)
  }
}

function referencesOf(paragraphs: readonly string[], lang: Lang): SentenceRef[] {
  return paragraphs.flatMap((text, paragraph) =>
    segmentSentences(text, lang).map((s) => ({ paragraph, start: s.start, end: s.end, text: s.text }))
  )
}

/**
 * The sentences of each paragraph bead and their links, numbered inside the bead: what is stored
 * with the bead and read by the checks and the review grid.
 */
export function beadSentences(alignment: DocumentAlignment): BeadSentences[] {
  const byParagraph = (refs: readonly SentenceRef[]): Array<Array<[number, SentenceRef]>> => {
    const out: Array<Array<[number, SentenceRef]>> = []
    refs.forEach((ref, global) => (out[ref.paragraph] ??= []).push([global, ref]))
    return out
  }
  const sourceRefs = byParagraph(alignment.sourceSentences)
  const targetRefs = byParagraph(alignment.targetSentences)
  return alignment.paragraphs.map((bead) => {
    /** Bounds per paragraph, and each global sentence index's number inside the bead. */
    const side = (paragraphs: readonly number[], refs: Array<Array<[number, SentenceRef]>>) => {
      const local = new Map<number, number>()
      const bounds = paragraphs.map((p) =>
        (refs[p] ?? []).map(([global, ref]): [number, number] => {
          local.set(global, local.size)
          return [ref.start, ref.end]
        })
      )
      return { bounds, local }
    }
    const source = side(bead.source, sourceRefs)
    const target = side(bead.target, targetRefs)
    const links: SentenceLink[] = bead.sentences.map((s) => ({
      source: s.source.map((k) => source.local.get(k) ?? -1),
      target: s.target.map((k) => target.local.get(k) ?? -1),
      confidence: s.confidence
    }))
    return { source: source.bounds, target: target.bounds, links }
  })
}

/**
 * The sentence alignment of one bead's paragraphs aligned on their own: for a bead a reviewer made
 * or whose text changed, and for text that comes without a document alignment (plain pairs).
 */
export function alignBeadSentences(
  source: readonly string[],
  target: readonly string[],
  opts: Pick<AlignOptions, 'sourceLang' | 'targetLang' | 'wordKeys'>
): BeadSentences {
  const alignment = alignDocument([...source], [...target], opts)
  const whole = { source: range(source.length), target: range(target.length), confidence: 1 }
  const [bead] = beadSentences({
    ...alignment,
    paragraphs: [{ ...whole, sentences: alignment.paragraphs.flatMap((p) => p.sentences) }]
  })
  return bead ?? { source: [], target: [], links: [] }
}

const range = (n: number): number[] => Array.from({ length: n }, (_, k) => k)
