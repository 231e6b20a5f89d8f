/** Findings worded in one UI language from their checks' own catalogues, for reports made outside the UI. */
import { formatMessage } from '../../core/checks/engine/runner'
import type { CheckMessages } from '../../core/domain/findings'
import type { FindingText } from '../../core/review/report/finding-text'

export type CheckCatalogues = ReadonlyArray<{ id: string; i18n: Record<'en' | 'es', CheckMessages> }>

/** A check no longer registered keeps its id as title and its English message. */
export function findingText(checks: CheckCatalogues, lang: 'en' | 'es'): FindingText {
  const byId = new Map(checks.map((c) => [c.id, c.i18n[lang]]))
  return (f) => {
    const own = byId.get(f.checkId)
    const template = own?.messages[f.messageKey]
    return {
      title: own?.title ?? f.checkId,
      message: template === undefined ? f.message : formatMessage(template, f.params)
    }
  }
}
