/**
 * The approved memory in review: every reviewed or approved segment pair of every project (kept in
 * step after each status change, edit and sign-off), plus units loaded from TMX files. A segment
 * under review is offered the pairs whose sources are at least 75 % alike (word edit distance);
 * a search finds how a phrase was rendered in approved releases; the memory goes out as TMX.
 */
import { AppError } from '../../core/api/result'
import { getOrMake } from '../../core/collections/multimap'
import type { ApprovedRendering, MemoryMatch, MemoryScope, MemoryUnit, RenderingGroup } from '../../core/domain/memory'
import type { DocumentContext, SegmentPair } from '../../core/checks/engine/types'
import { comparedUnits } from '../../core/checks/rules/memory-consistency'
import { stripPlaceholders } from '../../core/formats/inline-codes'
import type { BilingualDocument } from '../../core/formats/model'
import { lookupWords, memoryWords, similarity } from '../../core/memory/similarity'
import { renderingsOf } from '../../core/memory/renderings'
import { writeBilingual } from '../formats'
import type { DocumentStore } from '../store/documents'
import type { MemoryStore, NewMemoryUnit } from '../store/memory'
import type { Clock } from '../store/time'

/** The least alike a source may be to be offered, as CAT tools count fuzzy matches. */
export const FUZZY_THRESHOLD = 0.75
/** Candidates the index hands over for scoring, and matches shown. */
const CANDIDATES = 40
const SHOWN = 5
/** Pairs read to group a phrase's renderings (the newest). */
const RENDERING_PAIRS = 500
/** Up to this many segments are refreshed one by one; more, the whole document at once. */
const FEW_SEGMENTS = 32
/** Sources whose approved translations are kept per language pair (`approvedFor`). */
const MAX_LOOKUPS = 100_000

/**
 * What `approvedFor` looks up for a segment: the sources of the units the check compares
 * (`comparedUnits`: the segment, and its sentences when it has several), placeholders stripped.
 */
export function comparedSources(seg: SegmentPair): string[] {
  return comparedUnits(seg).flatMap((unit) => {
    const source = stripPlaceholders(unit.source).trim()
    return source === '' ? [] : [source]
  })
}

/** A TMX's units as memory pairs: both sides needed; codes are not part of a memory's text. */
export function unitsFromTmx(tmx: BilingualDocument, origin: string, changedAt: string): NewMemoryUnit[] {
  return tmx.units.flatMap((u) => {
    const source = stripPlaceholders(u.source).trim()
    const target = stripPlaceholders(u.target).trim()
    return source === '' || target === ''
      ? []
      : [
          {
            source,
            target,
            sourceLang: tmx.sourceLang,
            targetLang: tmx.targetLang,
            status: 'imported' as const,
            origin,
            changedAt: u.changedAt ?? changedAt
          }
        ]
  })
}

interface Deps {
  memory: MemoryStore
  documents: DocumentStore
  now: Clock
  /** Whose approved translations the memory-consistency check reads (default: this project's). */
  scope?: () => MemoryScope
}

/** What `approvedFor` is asked: its sources by segment (`comparedSources`), language pairs, project and memory revision. */
interface Question {
  revision: string
  project: number | null
  pairs: string
  sources: string[][][]
}

/** Whether two questions ask for the same sources (each segment's the same array, or equal). */
function sameQuestion(a: Question, b: Question): boolean {
  if (a.revision !== b.revision || a.project !== b.project || a.pairs !== b.pairs) return false
  if (a.sources.length !== b.sources.length) return false
  return a.sources.every((doc, d) => {
    const other = b.sources[d] as string[][]
    return (
      doc.length === other.length &&
      doc.every((s, k) => {
        const o = other[k] as string[]
        return s === o || (s.length === o.length && s.every((x, i) => x === o[i]))
      })
    )
  })
}

export function createMemoryService({ memory, documents, now, scope = () => 'project' }: Deps) {
  /** TMX files loaded since start: with the approved releases, what the checks' cache key reads. */
  let imports = 0
  /**
   * What `approvedFor` found per source, by project scope and language pair, under one memory
   * revision: a re-check after an edit looks up only the sources it has not seen. What it reads
   * (approved releases, TMX units) changes only with the revision, which empties it.
   */
  /**
   * Writes of an approved release's pairs: the approval changes `approvedReleases` before its
   * pairs are written, so the writes themselves must change the revision too.
   */
  let approvedWrites = 0
  const revisionNow = (): string => `${scope()}:${memory.approvedReleases()}:${imports}:${approvedWrites}`
  let found: { revision: string; project: number | null; pairs: Map<string, Map<string, ApprovedRendering[]>> } | null =
    null
  const lookups = (project: number | null): Map<string, Map<string, ApprovedRendering[]>> => {
    const revision = revisionNow()
    if (found?.revision !== revision || found.project !== project) found = { revision, project, pairs: new Map() }
    return found.pairs
  }
  /** Ranks the index's candidates for a source text; pairs from `except` (the document itself) are left out. */
  function matchesFor(source: string, except: number | null): MemoryMatch[] {
    const words = memoryWords(source)
    return memory
      .candidates(lookupWords(words), CANDIDATES)
      .filter((u) => except === null || u.documentId !== except)
      .map((u) => ({ ...u, score: similarity(words, memoryWords(u.source)) }))
      .filter((m) => m.score >= FUZZY_THRESHOLD)
      .sort((a, b) => b.score - a.score || b.changedAt.localeCompare(a.changedAt))
      .slice(0, SHOWN)
  }

  /**
   * Each segment's compared sources, kept while the segment object is (a re-check after an edit
   * keeps the others' objects): worked out once per segment, here or by the document reader.
   */
  const segmentSources = new WeakMap<SegmentPair, string[]>()
  const sourcesOf = (seg: SegmentPair): string[] => {
    let sources = segmentSources.get(seg)
    if (!sources) segmentSources.set(seg, (sources = comparedSources(seg)))
    return sources
  }

  /** `approvedFor`'s answer, looked up (only the sources not looked up before under this revision). */
  function approvedAnswer(project: number | null, contexts: readonly DocumentContext[]): ApprovedRendering[] {
    // One query per language pair, with every source the check compares.
    const byPair = new Map<string, { sourceLang: string; targetLang: string; sources: Set<string> }>()
    for (const doc of contexts) {
      const key = `${doc.sourceTag}>${doc.targetTag}`
      const pair = byPair.get(key) ?? { sourceLang: doc.sourceTag, targetLang: doc.targetTag, sources: new Set() }
      byPair.set(key, pair)
      for (const seg of doc.segments) for (const source of sourcesOf(seg)) pair.sources.add(source)
    }
    const known = lookups(project)
    return [...byPair.values()].flatMap(({ sourceLang, targetLang, sources }) => {
      const pair = getOrMake(known, `${sourceLang}>${targetLang}`, () => new Map<string, ApprovedRendering[]>())
      // Bounded: a long session of source edits does not grow it without end.
      if (pair.size > MAX_LOOKUPS) pair.clear()
      const missing = [...sources].filter((s) => !pair.has(s))
      for (const s of missing) pair.set(s, [])
      for (const u of memory.approvedExact(missing, sourceLang, targetLang, project))
        pair.get(u.source)?.push({
          source: u.source,
          target: u.target,
          documentId: u.documentId === null ? null : String(u.documentId),
          origin: u.origin,
          projectName: u.projectName,
          changedAt: u.changedAt
        })
      return [...sources].flatMap((s) => pair.get(s) ?? [])
    })
  }

  /** The last question `approvedFor` answered, and its answer. */
  let answered: (Question & { answer: ApprovedRendering[] }) | null = null

  return {
    /** Compared sources worked out elsewhere (`comparedSources`, by the document reader), for these segments. */
    knowSources(segments: readonly SegmentPair[], sources: readonly string[][]): void {
      segments.forEach((seg, k) => {
        const known = sources[k]
        if (known) segmentSources.set(seg, known)
      })
    },

    /**
     * Brings the memory in step with some segments of a document (all when `segments` is null):
     * reviewed and approved pairs go in (all pairs once the document is approved), others go out.
     */
    refresh(documentId: number, touched: readonly number[] | null = null): void {
      // Many segments at once (a bulk status change): one pass over the document is cheaper.
      const segments = touched !== null && touched.length > FEW_SEGMENTS ? null : touched
      const doc = documents.info(documentId)
      const approved = doc.status === 'approved'
      const units: NewMemoryUnit[] = []
      for (const bead of memory.beadTexts(documentId, segments)) {
        // A rejected translation is never remembered, even in an approved document.
        if (bead.status === 'rejected' || (!approved && bead.status === 'untouched')) continue
        const source = stripPlaceholders(bead.source).trim()
        const target = stripPlaceholders(bead.target).trim()
        if (source === '' || target === '') continue
        units.push({
          source,
          target,
          sourceLang: doc.sourceLang,
          targetLang: doc.targetLang,
          status: approved || bead.status === 'approved' ? 'approved' : 'reviewed',
          origin: doc.name,
          changedAt: doc.updatedAt,
          beadPosition: bead.position
        })
      }
      memory.replaceSegments(documentId, doc.projectId, segments, units)
      // The approved pairs the checks read are those of approved releases: these may have changed.
      if (approved) approvedWrites++
    },

    /** Stores pairs loaded from a TMX. */
    addImported(units: readonly NewMemoryUnit[]): void {
      memory.addImported(units)
      if (units.length > 0) imports++
    },

    /**
     * What the approved translations the checks read depend on: the scope, the approved releases,
     * the writes of their pairs and the TMX units loaded. A segment's status is not part of it: only a signed-off release counts.
     */
    revision: revisionNow,

    /**
     * The approved translations of what the checks compare in these documents (segments, and
     * sentences of longer segments), in the documents' language pair, from this project or from all
     * (`scope`). The documents' own pairs are included: the check leaves out each document's own.
     */
    approvedFor(projectId: number, contexts: readonly DocumentContext[]): ApprovedRendering[] {
      const project = scope() === 'all' ? null : projectId
      // An edit of a target changes no source: the answer before stands.
      const asked = {
        revision: revisionNow(),
        project,
        pairs: contexts.map((doc) => `${doc.sourceTag}>${doc.targetTag}`).join('|'),
        sources: contexts.map((doc) => doc.segments.map(sourcesOf))
      }
      if (answered && sameQuestion(answered, asked)) return answered.answer
      const answer = approvedAnswer(project, contexts)
      answered = { ...asked, answer }
      return answer
    },

    /** Fuzzy matches (≥ 75 %) for one segment's source, best first. */
    matches({ documentId, segment }: { documentId: number; segment: number }): MemoryMatch[] {
      const [bead] = memory.beadTexts(documentId, [segment])
      if (!bead) throw new AppError('notFound', `Segment ${segment + 1} does not exist.`)
      return matchesFor(stripPlaceholders(bead.source), documentId)
    },

    matchesFor,

    /** How a phrase was rendered: the pairs whose source holds it, newest first. */
    search({ phrase }: { phrase: string }): MemoryUnit[] {
      const query = phrase.trim()
      return query.length < 3 ? [] : memory.containing(query, 100)
    },

    /** How a phrase was rendered: each rendering with how often and when (the newest pairs that hold it). */
    renderings({ phrase }: { phrase: string }): RenderingGroup[] {
      const query = phrase.trim()
      return query.length < 3 ? [] : renderingsOf(query, memory.containing(query, RENDERING_PAIRS))
    },

    /** The units of a TMX read (by `readTmx`), to load into the memory. */
    unitsOf(tmx: BilingualDocument, fileName: string): NewMemoryUnit[] {
      return unitsFromTmx(tmx, fileName, now())
    },

    /** The memory of one language pair as TMX. */
    async exportTmx({ sourceLang, targetLang }: { sourceLang: string; targetLang: string }): Promise<Uint8Array> {
      const units = memory.all().filter((u) => u.sourceLang === sourceLang && u.targetLang === targetLang)
      const doc: BilingualDocument = {
        name: 'Cotejo memory',
        sourceLang,
        targetLang,
        units: units.map((u) => ({
          id: String(u.id),
          source: u.source,
          target: u.target,
          state: u.status === 'approved' ? 'final' : 'reviewed',
          notes: [],
          changedAt: u.changedAt
        }))
      }
      if (doc.units.length === 0)
        throw new AppError('export.emptyMemory', `The memory has no ${sourceLang} → ${targetLang} pairs yet.`, {
          sourceLang,
          targetLang
        })
      return writeBilingual('tmx', doc, { now: new Date(now()) })
    }
  }
}

export type MemoryService = ReturnType<typeof createMemoryService>
