import { contextFor } from '../../shared/checks/context'
import { runChecks } from '../../shared/checks/runner'
import { CHECKS } from '../../shared/checks/registry'
import {
  PARAGRAPH_JOINER,
  type CheckDefinition,
  type CheckFailure,
  type CheckSettings,
  type DocumentContext,
  type GlossaryEntry,
  type SpellService
} from '../../shared/checks/types'
import type { FindingView } from '../../shared/domain/review'
import type { DocumentView } from '../../shared/domain/types'
import { assignKeys, type caseSignature } from '../../shared/review/keys'
import type { DocumentStore } from '../store/documents'
import type { GlossaryStore } from '../store/glossary'
import type { ReviewStore } from '../store/review'

/** The checks' view of a stored document: one segment per bead, paragraphs joined. */
export function documentContext(view: DocumentView): DocumentContext {
  const text = (side: 'source' | 'target', positions: number[]): string =>
    positions.map((p) => view[side][p]?.text ?? '').join(PARAGRAPH_JOINER)
  return {
    id: String(view.document.id),
    name: view.document.name,
    sourceLang: view.document.sourceLang,
    targetLang: view.document.targetLang,
    segments: view.beads.map((b) => ({
      index: b.position,
      sourceParagraphs: b.source,
      targetParagraphs: b.target,
      source: text('source', b.source),
      target: text('target', b.target)
    }))
  }
}

interface Deps {
  documents: DocumentStore
  glossary: GlossaryStore
  review: ReviewStore
  checkSettings: () => CheckSettings
  checks?: readonly CheckDefinition[]
  /** Spelling dictionaries once loaded (they load in the background at start-up). */
  spell?: () => SpellService | undefined
}

export interface DocumentFindings {
  findings: FindingView[]
  failures: CheckFailure[]
}

/**
 * Runs the checks on a document inside its project (consistency reaches across documents) and
 * applies the reviewer's decisions: ignored findings, project ignore rules, fixed findings. Results
 * are cached until any document of the project, its glossary or the check settings change.
 */
export function createFindingsService({
  documents,
  glossary,
  review,
  checkSettings,
  checks = CHECKS,
  spell = () => undefined
}: Deps) {
  const cache = new Map<
    number,
    { revision: string; result: { findings: ReturnType<typeof assignKeys>; failures: CheckFailure[] } }
  >()

  function raw(documentId: number, projectId: number) {
    const settings = checkSettings()
    const speller = spell()
    const revision = `${documents.revision(projectId)}|${glossary.revision(projectId)}|${JSON.stringify(settings)}|${speller ? 1 : 0}`
    const hit = cache.get(documentId)
    if (hit && hit.revision === revision) return hit.result
    const contexts = documents.idsInProject(projectId).map((id) => documentContext(documents.view(id)))
    const own = contexts.find((c) => c.id === String(documentId))
    if (!own) throw new Error(`Document ${documentId} is not in project ${projectId}`)
    const terms: GlossaryEntry[] = glossary.forProject(projectId)
    const run = runChecks(
      checks,
      { ...contextFor(own, terms, contexts), ...(speller ? { spell: speller } : {}) },
      settings
    )
    const result = { findings: assignKeys(run.findings), failures: run.failures }
    cache.set(documentId, { revision, result })
    return result
  }

  return {
    forDocument(documentId: number): DocumentFindings {
      const { projectId } = documents.get(documentId)
      const { findings, failures } = raw(documentId, projectId)
      const states = review.findingStates(documentId)
      const rules = new Map(
        review.ignoreRules(projectId).map((r) => [ruleKey(r.checkId, r.sourceText, r.targetText), r])
      )
      const views: FindingView[] = findings.map((f) => {
        const stored = states.get(f.key)
        // A finding marked fixed that the checks still raise was not fixed: it is open again.
        if (stored?.state === 'ignored') return { ...f, state: 'ignored', reason: stored.reason }
        const rule = rules.get(findingRuleKey(f))
        if (rule) return { ...f, state: 'ignored', reason: rule.reason }
        return { ...f, state: 'open', reason: null }
      })
      return { findings: views, failures }
    }
  }
}

/** Project ignore rules match on check and span texts ("every identical case"). */
function ruleKey(checkId: string, sourceText: string, targetText: string): string {
  return `${checkId}\u241f${sourceText}\u241f${targetText}`
}

export function findingRuleKey(f: Parameters<typeof caseSignature>[0]): string {
  return ruleKey(f.checkId, f.sourceSpan?.text ?? '', f.targetSpan?.text ?? '')
}

export type FindingsService = ReturnType<typeof createFindingsService>
