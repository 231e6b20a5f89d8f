/** How the report words a finding: its check's title and its message, in the report's language. */
import type { FindingView } from '../../domain/findings'

export type FindingText = (f: FindingView) => { title: string; message: string }

/** Without the checks at hand: the check id and the English message the finding carries. */
export const storedFindingText: FindingText = (f) => ({ title: f.checkId, message: f.message })
