import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { documentFromPairs, type PairInput } from '../../../../../src/core/checks/engine/context'
import { runCheckJob, type CheckJob } from '../../../../../src/core/checks/engine/job'
import { CHECKS } from '../../../../../src/core/checks/engine/registry'
import { SegmentMemo } from '../../../../../src/core/checks/engine/segment-memo'
import { contextFor } from '../../../../../src/core/checks/engine/context'
import { JobCache } from '../../../../../src/core/checks/engine/job-cache'
import { segmentFacts, segmentFindingsReading } from '../../../../../src/core/checks/engine/segment-facts'
import type { CheckContext, RawFinding } from '../../../../../src/core/checks/engine/types'
import type { CheckSettings } from '../../../../../src/core/domain/findings'
import type { GlossaryEntry } from '../../../../../src/core/domain/glossary'
import { parseGlossaryCsv } from '../../../../../src/core/formats/glossary-parse'
import { fakeSpeller } from '../fake-speller'
import { SEEDS_GLOSSARY, seedFiles, seedParagraphs } from '../../../support/seeds'
import { random } from '../../../support/random'

const speller = fakeSpeller({
  en: ['the', 'of', 'and', 'in', 'to', 'a', 'for', 'will', 'with', 'Ministry'],
  es: ['el', 'de', 'y', 'en', 'la', 'los', 'con', 'para']
})
const seedsGlossary = parseGlossaryCsv(readFileSync(SEEDS_GLOSSARY, 'utf8')).entries
/** Every check on, those off by default too. */
const ALL_ON: CheckSettings = Object.fromEntries(CHECKS.map((c) => [c.id, { enabled: true }]))

/** A project being edited: each document as its pairs (what an alignment edit regroups). */
interface Project {
  documents: { id: string; pairs: PairInput[] }[]
  glossary: GlossaryEntry[]
}

type Change = (project: Project, pick: (n: number) => number) => void

const pickPair = (project: Project, pick: (n: number) => number): { pairs: PairInput[]; at: number } => {
  const doc = project.documents[pick(project.documents.length)] as Project['documents'][number]
  return { pairs: doc.pairs, at: pick(doc.pairs.length) }
}

/** Reviewers' edits, alignment edits that move every later segment, and glossary edits. */
const CHANGES: Change[] = [
  // A target word doubled, or dropped; a digit changed; the end mark dropped; a capital added.
  (p, pick) => {
    const { pairs, at } = pickPair(p, pick)
    const pair = pairs[at] as PairInput
    pairs[at] = { ...pair, target: pair.target.replace(/(\S+)\s*$/, '$1 $1') }
  },
  (p, pick) => {
    const { pairs, at } = pickPair(p, pick)
    const pair = pairs[at] as PairInput
    const words = pair.target.split(' ')
    words.splice(pick(words.length), 1)
    pairs[at] = { ...pair, target: words.join(' ') }
  },
  (p, pick) => {
    const { pairs, at } = pickPair(p, pick)
    const pair = pairs[at] as PairInput
    pairs[at] = { ...pair, target: pair.target.replace(/\d/, (d) => String((Number(d) + 3) % 10)) }
  },
  (p, pick) => {
    const { pairs, at } = pickPair(p, pick)
    const pair = pairs[at] as PairInput
    pairs[at] = { ...pair, source: pair.source.replace(/\b(\p{Ll}+)\b/u, (w) => w[0]!.toUpperCase() + w.slice(1)) }
  },
  // A target copied from another segment (a rendering repeated or changed across the project).
  (p, pick) => {
    const { pairs, at } = pickPair(p, pick)
    const other = pickPair(p, pick)
    pairs[at] = { ...(pairs[at] as PairInput), target: (other.pairs[other.at] as PairInput).target }
  },
  // A name's word written in lowercase in another source (a common word, then), or a translation
  // in lowercase (its names no longer kept): what the project says about names turns.
  (p, pick) => {
    const from = pickPair(p, pick)
    const names = (from.pairs[from.at] as PairInput).source.match(/(?<=\p{L}[ ,]+)\p{Lu}\p{Ll}+/gu) ?? []
    const name = names[pick(names.length)]
    if (!name) return
    for (let k = 0; k < 3; k++) {
      const { pairs, at } = pickPair(p, pick)
      const pair = pairs[at] as PairInput
      pairs[at] = { ...pair, source: `${pair.source} ${name.toLowerCase()}` }
    }
  },
  (p, pick) => {
    for (let k = 0; k < 3; k++) {
      const { pairs, at } = pickPair(p, pick)
      const pair = pairs[at] as PairInput
      pairs[at] = { ...pair, target: pair.target.toLowerCase() }
    }
  },
  // Decimal commas written as points: the document's number style may turn.
  (p, pick) => {
    const { pairs, at } = pickPair(p, pick)
    const pair = pairs[at] as PairInput
    pairs[at] = { ...pair, target: `${pair.target} It rose 2,5 % and 3,75 %; then 1,2 %.` }
  },
  // Two segments merged, and one split: every later segment moves.
  (p, pick) => {
    const { pairs, at } = pickPair(p, pick)
    const next = pairs[at + 1]
    if (!next) return
    const pair = pairs[at] as PairInput
    pairs.splice(at, 2, { source: `${pair.source}\n\n${next.source}`, target: `${pair.target}\n\n${next.target}` })
  },
  (p, pick) => {
    const { pairs, at } = pickPair(p, pick)
    const pair = pairs[at] as PairInput
    pairs.splice(at, 1, { source: pair.source, target: '' }, { source: '', target: pair.target })
  },
  // A segment removed; a glossary entry dropped or added.
  (p, pick) => {
    const { pairs, at } = pickPair(p, pick)
    if (pairs.length > 3) pairs.splice(at, 1)
  },
  (p, pick) => {
    p.glossary = p.glossary.filter((_, i) => i !== pick(p.glossary.length))
  },
  (p) => {
    p.glossary = [...p.glossary, { source: 'ministerio', target: 'department', allowed: [], forbidden: ['ministry'] }]
  }
]

function job(project: Project): CheckJob {
  const documents = project.documents.map((d) => documentFromPairs(d.id, d.pairs))
  return { documents, targets: documents.map((d) => d.id), glossary: project.glossary, settings: ALL_ON }
}

describe('checks with the memo of earlier jobs', () => {
  it('find after random edits, alignment edits and glossary edits what a check from scratch finds', () => {
    const project: Project = {
      documents: seedFiles().map((f, i) => {
        const { source, target } = seedParagraphs(f.text)
        return { id: `doc-${i}`, pairs: source.map((s, k) => ({ source: s, target: target[k] ?? '' })) }
      }),
      glossary: seedsGlossary
    }
    const memo = new SegmentMemo()
    const next = random(21)
    const pick = (n: number): number => Math.floor(next() * n)
    let found = 0
    for (let round = 0; round < 40; round++) {
      const current = job(project)
      const fresh = runCheckJob(current, CHECKS, speller)
      const remembered = runCheckJob(current, CHECKS, speller, undefined, undefined, memo)
      expect({ round, remembered }).toEqual({ round, remembered: fresh })
      found += Object.values(fresh).reduce((n, r) => n + r.findings.length, 0)
      ;(CHANGES[pick(CHANGES.length)] as Change)(project, pick)
    }
    // The comparison covered findings of the checks that read the whole document.
    expect(memo.size).toBeGreaterThan(0)
    expect(found).toBeGreaterThan(100)
  }, 180_000)
})

describe('segment facts', () => {
  const pairs = [
    { source: 'El ministro habló.', target: 'The minister spoke.' },
    { source: 'La ministra llegó.', target: 'The minister arrived.' }
  ]
  /** A job's context for the pairs, sharing `memo` with the jobs before. */
  const jobOf = (memo: SegmentMemo | undefined, ps: PairInput[], glossary: GlossaryEntry[] = []): CheckContext =>
    contextFor(documentFromPairs('d', ps), glossary, undefined, undefined, new JobCache(undefined, undefined, memo))

  it('are made once per segment text across jobs, wherever the segment moves, and again when the glossary changes', () => {
    const memo = new SegmentMemo()
    const made: string[] = []
    const factsOf = (ctx: CheckContext): string[] =>
      ctx.document.segments.map((s) =>
        segmentFacts(ctx, ctx.document, s, 'length', () => {
          made.push(s.target)
          return String(s.target.length)
        })
      )
    expect(factsOf(jobOf(memo, pairs))).toEqual(['19', '21'])
    // The second segment moved to the top, the first edited.
    const edited = [pairs[1]!, { ...pairs[0]!, target: 'The minister spoke today.' }]
    expect(factsOf(jobOf(memo, edited))).toEqual(['21', '25'])
    expect(made).toEqual(['The minister spoke.', 'The minister arrived.', 'The minister spoke today.'])
    factsOf(jobOf(memo, edited, [{ source: 'ministro', target: 'minister', allowed: [], forbidden: [] }]))
    expect(made).toHaveLength(5)
    // Without a memo nothing is kept.
    factsOf(jobOf(undefined, pairs))
    factsOf(jobOf(undefined, pairs))
    expect(made).toHaveLength(9)
  })

  it('read from the document are made again when what they read changes, and moved with their segment', () => {
    const memo = new SegmentMemo()
    let runs = 0
    const findings = (ctx: CheckContext, common: Set<string>): RawFinding[] =>
      ctx.document.segments.flatMap((s) =>
        segmentFindingsReading(
          ctx,
          s,
          'minister',
          (w) => common.has(w),
          (has) => {
            runs++
            return s.target.includes('minister') && has('minister')
              ? [{ segment: s.index, side: 'target' as const, messageKey: 'common' }]
              : []
          }
        )
      )
    expect(findings(jobOf(memo, pairs), new Set(['minister']))).toHaveLength(2)
    expect(runs).toBe(2)
    // Same answer: kept, and given at the segment's new position.
    const moved = findings(jobOf(memo, [{ source: 'Hola.', target: 'Hello.' }, ...pairs]), new Set(['minister']))
    expect(moved.map((f) => f.segment)).toEqual([1, 2])
    expect(runs).toBe(3)
    // Another answer: made again.
    expect(findings(jobOf(memo, pairs), new Set())).toEqual([])
    expect(runs).toBe(5)
  })

  it('are taken by position for the segment objects the job before read there, and made again for one replaced', () => {
    const memo = new SegmentMemo()
    const made: string[] = []
    // A check worker's jobs: the segments an edit did not change come as the same objects.
    const read = (document: CheckContext['document'], valid?: (kept: string) => boolean): string[] => {
      memo.startJob()
      const ctx = contextFor(document, [], undefined, undefined, new JobCache(undefined, undefined, memo))
      return document.segments.map((s) =>
        segmentFacts(
          ctx,
          document,
          s,
          'length',
          () => {
            made.push(s.target)
            return String(s.target.length)
          },
          valid
        )
      )
    }
    const first = documentFromPairs('d', pairs)
    expect(read(first)).toEqual(['19', '21'])
    expect(read({ ...first, segments: [...first.segments] })).toEqual(['19', '21'])
    const edited = { ...first.segments[1]!, target: 'The minister arrived today.' }
    expect(read({ ...first, segments: [first.segments[0]!, edited] })).toEqual(['19', '27'])
    // Swapped: each is found by content, not taken from the other's position.
    expect(read({ ...first, segments: [edited, first.segments[0]!] })).toEqual(['27', '19'])
    expect(made).toEqual(['The minister spoke.', 'The minister arrived.', 'The minister arrived today.'])
    // A value its reader no longer accepts is made again, from the position as from the memo.
    expect(read({ ...first, segments: [edited, first.segments[0]!] }, (kept) => kept !== '19')).toEqual(['27', '19'])
    expect(made).toHaveLength(4)
  })

  it('are kept for a bounded number of segments, those read lately first', () => {
    const memo = new SegmentMemo(10)
    for (let job = 0; job < 5; job++) {
      memo.startJob()
      const ctx = jobOf(
        memo,
        Array.from({ length: 6 }, (_, i) => ({ source: `Uno ${job} ${i}.`, target: `One ${job} ${i}.` }))
      )
      for (const s of ctx.document.segments) segmentFacts(ctx, ctx.document, s, 'n', () => s.index)
      memo.endJob()
      expect(memo.size).toBeLessThanOrEqual(10)
    }
  })

  it('are kept for a bounded length of text, so a few huge paragraphs do not stay by the thousand', () => {
    const memo = new SegmentMemo(1000, 2000)
    for (let job = 0; job < 5; job++) {
      memo.startJob()
      const long = 'palabra '.repeat(60)
      const ctx = jobOf(
        memo,
        Array.from({ length: 4 }, (_, i) => ({ source: `${long}${job} ${i}.`, target: `Word ${job} ${i}.` }))
      )
      for (const s of ctx.document.segments) segmentFacts(ctx, ctx.document, s, 'n', () => s.index)
      memo.endJob()
      // Each content key is over 480 characters: at most four segments fit in 2,000.
      expect(memo.size).toBeLessThanOrEqual(4)
      expect(memo.size).toBeGreaterThan(0)
    }
  })
})
