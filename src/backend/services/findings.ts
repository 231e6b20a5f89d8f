import type { CheckJob } from '../../core/checks/engine/job'
import { assemble, isSegmentLocal, segmentKey, type PartialRun } from '../../core/checks/engine/partial'
import type { DocumentContext, SegmentPair } from '../../core/checks/engine/types'
import type { CheckCoverage, CheckFailure, CheckSettings, FindingView } from '../../core/domain/findings'
import { type DocumentOrigin, PARAGRAPH_JOINER } from '../../core/domain/document'
import { conventionLangs } from '../../core/domain/language'
import { assignKeys, type caseSignature } from '../../core/review/keys'
import { withoutUndoingCorrections } from '../../core/review/suggestion-guard'
import type { CheckInput, DocumentStore, ReadAt } from '../store/documents'
import type { GlossaryStore } from '../store/glossary'
import type { ReviewStore } from '../store/review'
import type { CheckRunner, JobResult } from '../checks/runner'
import type { ApprovedRendering } from '../../core/domain/memory'
import type { CheckDefinition } from '../../core/checks/engine/types'
import type { Finding } from '../../core/domain/findings'
import { nextTurn, TURN_MS } from './turns'

/** How long after a request has answered the checks it asked for start (see `start`). */
const START_DELAY_MS = 50

/** Re-checks that change nothing run after a document's first check (see `warmUp`): one, so a reviewer's first actions do not wait behind more. */
const WARM_UP_JOBS = 1

/** A document's context for the checks, the text revision it was built at and its segments' keys. */
export interface KeptContext {
  revision: string
  /** The revision and counts of rows its rows were read at: a later read asks only for what changed since. */
  readAt: ReadAt
  context: DocumentContext
  keys: string[]
  /** Each segment as stored (`contextFromInput`): what tells an unchanged one. */
  stored: string[]
}

/** Documents whose file brought its own segments (CAT files, TMX, bilingual CSV). */
const SEGMENTED_ORIGINS: ReadonlySet<DocumentOrigin> = new Set(['xliff', 'tmx', 'csv'])

/**
 * The checks' view of a stored document (one segment per bead, paragraphs joined), from what they
 * read of it (`DocumentStore.checkInput`), with each segment's key. A segment stored as it was in
 * `before` (the same texts, paragraphs, sentences and codes) is `before`'s, its object and key, so
 * only an edited one is parsed and keyed.
 */
export function contextFromInput(input: CheckInput, revision: string, before?: KeptContext): KeptContext {
  const previous = new Map<string, { segment: SegmentPair; key: string }>()
  before?.context.segments.forEach((segment, k) =>
    previous.set(before.stored[k] as string, { segment, key: before.keys[k] as string })
  )
  const segments: SegmentPair[] = []
  const keys: string[] = []
  const stored: string[] = []
  for (const b of input.beads) {
    const raw = storedForm(b, input)
    const hit = previous.get(raw)
    const segment = hit?.segment ?? segmentOf(b, input)
    segments.push(segment)
    keys.push(hit?.key ?? segmentKey(segment))
    stored.push(raw)
  }
  const readAt = {
    created: input.document.createdAt,
    revision: input.revision,
    beads: input.beads.length,
    source: input.source.length,
    target: input.target.length
  }
  return { revision, readAt, context: documentContext(input.document, segments), keys, stored }
}

/**
 * `before` with the beads of `changes` (`DocumentStore.checkChanges`: the beads changed since
 * `before` was read, and their paragraphs' texts) built anew: what `contextFromInput` makes of a
 * full read, without reading or keying the unchanged rest. Null when a changed bead is not one of
 * `before`'s positions (the document must be read whole).
 */
export function contextWithChanges(before: KeptContext, changes: CheckInput, revision: string): KeptContext | null {
  const segments = [...before.context.segments]
  const keys = [...before.keys]
  const stored = [...before.stored]
  const at = new Map(segments.map((s, k) => [s.index, k]))
  for (const b of changes.beads) {
    const k = at.get(b.position)
    if (k === undefined) return null
    const raw = storedForm(b, changes)
    if (raw === stored[k]) continue
    const segment = segmentOf(b, changes)
    segments[k] = segment
    keys[k] = segmentKey(segment)
    stored[k] = raw
  }
  const readAt = { ...before.readAt, revision: changes.revision }
  return { revision, readAt, context: documentContext(changes.document, segments), keys, stored }
}

type InputBead = CheckInput['beads'][number]

const joined = (input: CheckInput, side: 'source' | 'target', paragraphs: readonly number[]): string =>
  paragraphs.map((p) => input[side][p] ?? '').join(PARAGRAPH_JOINER)

/** A bead as stored, in one string: equal strings, equal segments. */
function storedForm(b: InputBead, input: CheckInput): string {
  const as = [
    b.position,
    b.source.join(),
    b.target.join(),
    joined(input, 'source', b.source),
    joined(input, 'target', b.target),
    b.sentences,
    b.codes === null ? '-' : `+${b.codes}`
  ]
  return as.map((part) => `${String(part).length}:${part}`).join('|')
}

function segmentOf(b: InputBead, input: CheckInput): SegmentPair {
  return {
    index: b.position,
    sourceParagraphs: b.source,
    targetParagraphs: b.target,
    source: joined(input, 'source', b.source),
    target: joined(input, 'target', b.target),
    sentences: JSON.parse(b.sentences) as SegmentPair['sentences'],
    ...(b.codes === null ? {} : { codes: JSON.parse(b.codes) as NonNullable<SegmentPair['codes']> })
  }
}

function documentContext(document: CheckInput['document'], segments: SegmentPair[]): DocumentContext {
  return {
    id: String(document.id),
    name: document.name,
    sourceTag: document.sourceLang,
    targetTag: document.targetLang,
    ...conventionLangs(document),
    segmented: SEGMENTED_ORIGINS.has(document.origin),
    segments
  }
}

interface Deps {
  documents: DocumentStore
  glossary: GlossaryStore
  review: ReviewStore
  checkSettings: () => CheckSettings
  runner: CheckRunner
  /** The checks the runner runs (the registry's in the app), in their order. */
  checks: readonly CheckDefinition[]
  log?: (message: string, err?: unknown) => void
  /**
   * The approved memory the memory-consistency check reads: its revision (part of the cache key, so
   * an approval elsewhere refreshes results) and the approved translations of some documents' sources.
   */
  memory?: {
    revision: () => string
    approvedFor: (projectId: number, documents: readonly DocumentContext[]) => ApprovedRendering[]
    /** What `approvedFor` looks up in these segments, worked out by the document reader. */
    knowSources?: (segments: readonly SegmentPair[], sources: readonly string[][]) => void
  }
  /**
   * Reads a document's context whole off this thread (the document reader), for a document this
   * process has none of yet: at 5,000 paragraphs the read held every other request up.
   */
  readContext?: (documentId: number) => Promise<KeptContext & { sources?: string[][] }>
}

export interface DocumentFindings {
  findings: FindingView[]
  failures: CheckFailure[]
  checks: CheckCoverage
  /** Findings an approved document did not have when approved: shown as a notice, not in its list. */
  sinceApproval: FindingView[]
}

interface Checked {
  findings: ReturnType<typeof assignKeys>
  failures: CheckFailure[]
  checks: CheckCoverage
}

/**
 * Runs the checks on documents inside their project (consistency reaches across documents) and
 * applies the reviewer's decisions: ignored findings, project ignore rules, fixed findings, and no
 * suggestion that would take a correction back. Results are cached until a text or an alignment of
 * the project, its glossary or the check settings change (a status or an approval does not count).
 *
 * `ensure` brings results up to date off this thread (the runner's worker); `forDocument` then
 * reads them at once. A document changed in between is checked here, so a result never describes
 * text that is no longer there.
 */
export function createFindingsService({
  documents,
  glossary,
  review,
  checkSettings,
  runner,
  checks,
  log = (message, err) => console.error(`[cotejo] ${message}`, err ?? ''),
  memory,
  readContext
}: Deps) {
  const localIds = new Set(checks.filter(isSegmentLocal).map((c) => c.id))
  const cache = new Map<number, { revision: string; result: Checked }>()
  /**
   * Per document: the segment-local checks' findings on each segment, with the segment's key, made
   * under `inputs` (languages, glossary, settings, speller). A re-check runs those checks only on
   * the segments whose key changed; the checks that read more run on the whole document.
   */
  const local = new Map<number, { inputs: string; segments: Map<number, { key: string; findings: Finding[] }> }>()

  function revision(projectId: number): string {
    return `${documents.revision(projectId)}|${glossary.revision(projectId)}|${JSON.stringify(checkSettings())}|${runner.state()}|${memory?.revision() ?? ''}`
  }

  /** A job for `targets`, with what each target keeps of its earlier run: its segments' keys and kept findings. */
  interface Planned {
    job: CheckJob
    keep: Map<number, { inputs: string; keys: Map<number, string>; kept: Map<number, Finding[]> }>
  }

  /**
   * The checks' view of each document and its segments' keys (`segmentKey`), kept until its text or
   * alignment changes: a re-check reads only what changed. A segment whose key did not change keeps
   * its object, so the check workers are sent only the segments that did (`encodeJob`).
   */
  const contexts = new Map<number, KeptContext>()

  function contextOf(id: number, revision: string): KeptContext {
    const known = contexts.get(id)
    if (known?.revision === revision) return known
    const changes = known ? documents.checkChanges(id, known.readAt) : null
    const kept =
      (known && changes && contextWithChanges(known, changes, revision)) ??
      contextFromInput(documents.checkInput(id), revision, known)
    contexts.set(id, kept)
    return kept
  }

  /**
   * The contexts of the documents of these documents' projects that this process has none of, read
   * off this thread (`readContext`); a failed read leaves the document to `contextOf`. Any change
   * made meanwhile is caught up with by `contextOf`, as after an edit.
   */
  async function readMissing(documentIds: readonly number[]): Promise<void> {
    if (!readContext) return
    const projects = new Set(documentIds.map((id) => documents.projectOf(id)))
    const missing = [...projects].flatMap((p) => documents.idsInProject(p)).filter((id) => !contexts.has(id))
    for (const id of missing) {
      const read = await readContext(id).catch((err: unknown) => log(`document ${id} was read on this thread`, err))
      if (read && !contexts.has(id)) {
        const { sources, ...kept } = read
        contexts.set(id, kept)
        if (sources) memory?.knowSources?.(kept.context.segments, sources)
      }
      // Taking in a large read is a turn's work.
      await nextTurn()
    }
  }

  function contextsOf(projectId: number): KeptContext[] {
    return documents.textRevisions(projectId).map(({ id, revision }) => contextOf(id, revision))
  }

  function job(projectId: number, targets: number[]): Planned {
    const project = contextsOf(projectId)
    const contexts = project.map((c) => c.context)
    const settings = checkSettings()
    const base = JSON.stringify([glossary.revision(projectId), settings, runner.state()])
    const dirty: Record<string, number[]> = {}
    const keep: Planned['keep'] = new Map()
    for (const id of targets) {
      const entry = project.find((c) => c.context.id === String(id))
      if (!entry) continue
      const ctx = entry.context
      const inputs = JSON.stringify([base, ctx.sourceTag, ctx.targetTag, ctx.segmented ?? false])
      const known = local.get(id)
      const usable = known?.inputs === inputs ? known.segments : undefined
      const keys = new Map<number, string>()
      const kept = new Map<number, Finding[]>()
      const todo: number[] = []
      ctx.segments.forEach((segment, k) => {
        const key = entry.keys[k] as string
        keys.set(segment.index, key)
        const hit = usable?.get(segment.index)
        if (hit?.key === key) kept.set(segment.index, hit.findings)
        else todo.push(segment.index)
      })
      dirty[String(id)] = todo
      keep.set(id, { inputs, keys, kept })
    }
    return {
      job: {
        documents: contexts,
        targets: targets.map(String),
        glossary: glossary.forProject(projectId),
        settings,
        dirty,
        // Approved translations of the targets' sources (memory-consistency reads them).
        ...(memory
          ? {
              memory: memory.approvedFor(
                projectId,
                contexts.filter((c) => targets.includes(Number(c.id)))
              )
            }
          : {})
      },
      keep
    }
  }

  /**
   * Per document, its findings' key hashes by what was hashed (`assignKeys`): a re-check's findings
   * are mostly those of the check before. Emptied when it holds far more than one check's worth.
   */
  const keyHashes = new Map<number, Map<string, string>>()

  function store(rev: string, planned: Planned, result: JobResult): Map<number, Checked> {
    const out = new Map<number, Checked>()
    for (const [id, run] of Object.entries(result.results)) {
      const documentId = Number(id)
      const plan = planned.keep.get(documentId)
      const complete = plan ? withKept(run, plan.kept) : run
      const assembled = assemble(checks, complete)
      let hashes = keyHashes.get(documentId)
      if (!hashes || hashes.size > 2 * assembled.findings.length + 1000) keyHashes.set(documentId, (hashes = new Map()))
      const checked = {
        findings: assignKeys(assembled.findings, hashes),
        failures: assembled.failures,
        checks: { ran: assembled.ran, skipped: assembled.skipped }
      }
      out.set(documentId, checked)
      if (!result.cacheable) continue
      cache.set(documentId, { revision: rev, result: checked })
      // A segment-local check that failed is run again next time, on every segment.
      if (plan && !run.failures.some((f) => localIds.has(f.checkId))) {
        const segments = new Map<number, { key: string; findings: Finding[] }>()
        for (const s of complete.segments)
          segments.set(s.index, { key: plan.keys.get(s.index) ?? '', findings: s.findings })
        local.set(documentId, { inputs: plan.inputs, segments })
      }
    }
    return out
  }

  /** Per project: its current revision (worked out once) and the documents whose results are older. */
  function stale(documentIds: readonly number[]): Map<number, { rev: string; ids: number[] }> {
    const byProject = new Map<number, { rev: string; ids: number[] }>()
    for (const id of new Set(documentIds)) {
      const projectId = documents.projectOf(id)
      let project = byProject.get(projectId)
      if (!project) byProject.set(projectId, (project = { rev: revision(projectId), ids: [] }))
      if (cache.get(id)?.revision !== project.rev) project.ids.push(id)
    }
    return byProject
  }

  /**
   * Results computed on this thread that the cache would not keep (made without the worker's
   * dictionaries): shown for their revision rather than checked again on every read.
   */
  const here = new Map<number, { revision: string; result: Checked }>()

  /** The document's results for the project's current revision, or null when none are. */
  function current(documentId: number, rev: string): Checked | null {
    for (const hit of [cache.get(documentId), here.get(documentId)]) if (hit?.revision === rev) return hit.result
    return null
  }

  function raw(documentId: number): Checked {
    const projectId = documents.projectOf(documentId)
    const rev = revision(projectId)
    const hit = current(documentId, rev)
    if (hit) return hit
    const planned = job(projectId, [documentId])
    const result = runner.runHere(planned.job)
    const checked = store(rev, planned, result).get(documentId) as Checked
    if (!result.cacheable) here.set(documentId, { revision: rev, result: checked })
    return checked
  }

  /**
   * A job to the runner. One that took long to plan (a document read whole) goes in the next turn,
   * so that the requests waiting meanwhile are answered first; the jobs planned after it wait for
   * it, so that the runner gets them in the order they were planned.
   */
  let waitingTurn: Promise<void> | null = null
  function send(job: CheckJob, planningWasLong: boolean): Promise<JobResult> {
    if (!planningWasLong && !waitingTurn) return runner.run(job)
    const turn = (waitingTurn ?? Promise.resolve()).then(() => (planningWasLong ? nextTurn() : undefined))
    waitingTurn = turn
    const sent = turn.then(() => runner.run(job))
    void turn.then(() => {
      if (waitingTurn === turn) waitingTurn = null
    })
    return sent
  }

  /** Jobs under way, per document: a second request for the same text waits for the first. */
  const inflight = new Map<number, { revision: string; done: Promise<void> }>()

  /**
   * After a document's first check on the workers, re-checks of one segment that change nothing,
   * while no other job is under way: the workers compile the re-check's way through the checks
   * then, not on the reviewer's first edits (which took two to three times as long).
   */
  function warmUp(projectId: number, ids: readonly number[], rounds: number): void {
    try {
      warmUpRound(projectId, ids, rounds)
    } catch {
      // Best effort, on a timer: the services may have closed (and their database) since.
    }
  }

  function warmUpRound(projectId: number, ids: readonly number[], rounds: number): void {
    if (rounds === 0 || inflight.size > 0 || runner.state() !== 'worker') return
    const rev = revision(projectId)
    if (ids.some((id) => cache.get(id)?.revision !== rev)) return
    const planned = job(projectId, [...ids])
    for (const id of ids) {
      const segment = contexts.get(id)?.context.segments[0]
      if (segment && planned.job.dirty) planned.job.dirty[String(id)] = [segment.index]
    }
    // Its results are the ones kept already: only the time matters, and a failure does not.
    send(planned.job, false).then(
      () => warmUp(projectId, ids, rounds - 1),
      () => {}
    )
  }

  /** Whether the document's findings describe its text as it is now (reading them costs no check). */
  function ready(documentId: number): boolean {
    return current(documentId, revision(documents.projectOf(documentId))) !== null
  }

  const service = {
    /** Whether `forDocument` would answer at once, without running a check. */
    ready,

    /** Drops what is kept for deleted documents: a long session of imports and deletions holds nothing of them. */
    forget(documentIds: readonly number[]): void {
      for (const id of documentIds) for (const kept of [cache, local, contexts, here, keyHashes]) kept.delete(id)
    },

    /** The documents this process keeps results or text for (diagnostics and tests). */
    kept: (): number[] => [
      ...new Set([...cache.keys(), ...local.keys(), ...contexts.keys(), ...here.keys(), ...keyHashes.keys()])
    ],

    /** Whether this process has results for the document, current or not: a re-check reuses them. */
    checkedBefore: (documentId: number): boolean => cache.has(documentId) || here.has(documentId),

    /**
     * Starts bringing the documents' results up to date in the background, a moment after the
     * current request has answered: planning a job reads every text of the project and copies it to
     * the worker, which would otherwise hold up the answer (megabytes of rows) on its way out.
     */
    start(documentIds: readonly number[]): void {
      setTimeout(
        () => service.ensure(documentIds).catch((err: unknown) => log('checks in the background could not start', err)),
        START_DELAY_MS
      )
    },

    /**
     * Waits up to `ms` for the document's results (starting its checks if need be). True when they
     * describe its current text. A job that ended without them (a worker that failed) has the
     * document checked on this thread, so no one waits forever for results that will not come.
     */
    async whenReady(documentId: number, ms: number): Promise<boolean> {
      if (ready(documentId)) return true
      const before = revision(documents.projectOf(documentId))
      let ended = false
      const job = service.ensure([documentId]).then(
        () => void (ended = true),
        (err: unknown) => {
          ended = true
          log('checks in the background failed', err)
        }
      )
      let timer: ReturnType<typeof setTimeout> | undefined
      const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))
      await Promise.race([job, timeout])
      clearTimeout(timer)
      if (ready(documentId)) return true
      if (!ended) return false
      // The job ended without current results: the text changed meanwhile (the next call checks
      // it again) or the runner failed, and then the document is checked here.
      if (revision(documents.projectOf(documentId)) !== before) return false
      raw(documentId)
      return true
    },

    /** Checks the documents whose results are out of date, those of one project in one job. */
    async ensure(documentIds: readonly number[]): Promise<void> {
      if (readContext) await readMissing(documentIds)
      const waits: Promise<void>[] = []
      for (const [projectId, { rev, ids }] of stale(documentIds)) {
        const todo = ids.filter((id) => {
          const running = inflight.get(id)
          if (running?.revision !== rev) return true
          waits.push(running.done)
          return false
        })
        if (todo.length === 0) continue
        const planning = performance.now()
        const planned = job(projectId, todo)
        const first = todo.some((id) => planned.keep.get(id)?.kept.size === 0)
        const done = send(planned.job, performance.now() - planning > TURN_MS)
          .then(
            (result) => {
              store(rev, planned, result)
              // Once this job is no longer in flight.
              if (first) setTimeout(() => warmUp(projectId, todo, WARM_UP_JOBS), 0)
            },
            // A crashed worker must not keep the document from opening: `forDocument` checks it here.
            (err: unknown) => log('checks in the background failed; checking on the main thread', err)
          )
          .finally(() => {
            for (const id of todo) if (inflight.get(id)?.done === done) inflight.delete(id)
          })
        for (const id of todo) inflight.set(id, { revision: rev, done })
        waits.push(done)
      }
      await Promise.all(waits)
    },

    forDocument(documentId: number): DocumentFindings {
      const projectId = documents.projectOf(documentId)
      const checked = raw(documentId)
      const findings = withoutUndoingCorrections(checked.findings, review.projectCorrectionTexts(projectId))
      const states = review.findingStates(documentId)
      const rules = new Map(
        review.ignoreRules(projectId).map((r) => [ruleKey(r.checkId, r.sourceText, r.targetText), r])
      )
      const views: FindingView[] = findings.map((f) => {
        const stored = states.get(f.key)
        // A finding marked fixed that the checks still raise was not fixed: it is open again.
        if (stored?.state === 'ignored')
          return { ...f, state: 'ignored', reason: stored.reason, ignoredBy: stored.reviewer }
        // Most projects have no ignore rules: no key is built for each finding then.
        const rule = rules.size > 0 ? rules.get(findingRuleKey(f)) : undefined
        if (rule) return { ...f, state: 'ignored', reason: rule.reason, ignoredBy: rule.reviewer }
        return { ...f, state: 'open', reason: null, ignoredBy: null }
      })
      const approved = review.approvedFindingKeys(documentId)
      const { failures, checks } = checked
      if (approved === null) return { findings: views, failures, checks, sinceApproval: [] }
      return {
        findings: views.filter((f) => approved.has(f.key)),
        failures,
        checks,
        sinceApproval: views.filter((f) => !approved.has(f.key))
      }
    }
  }
  return service
}

/**
 * A document's partial run with the findings its clean segments kept from the run before; a
 * segment-local check that failed this time counts as failed on every segment (as on a whole run).
 */
function withKept(run: PartialRun, kept: ReadonlyMap<number, Finding[]>): PartialRun {
  const failed = new Set(run.failures.map((f) => f.checkId))
  const segments = [...run.segments]
  for (const [index, findings] of kept)
    segments.push({ index, findings: failed.size === 0 ? findings : findings.filter((f) => !failed.has(f.checkId)) })
  return { ...run, segments }
}

/** Project ignore rules match on check and span texts ("every identical case"). */
function ruleKey(checkId: string, sourceText: string, targetText: string): string {
  return `${checkId}\u241f${sourceText}\u241f${targetText}`
}

export function findingRuleKey(f: Parameters<typeof caseSignature>[0]): string {
  return ruleKey(f.checkId, f.sourceSpan?.text ?? '', f.targetSpan?.text ?? '')
}

export type FindingsService = ReturnType<typeof createFindingsService>
