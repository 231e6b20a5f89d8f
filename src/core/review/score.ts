import type { Severity } from '../domain/findings'
import type { QualityScore } from '../domain/review'

/**
 * MQM-style quality score. Each error confirmed by the reviewer (a correction recorded with a
 * severity) adds its severity weight to the absolute penalty total (APT); the score is
 *
 *   score = max(0, 100 × (1 − APT / evaluated word count))
 *
 * with the source word count as the evaluated word count. Weights follow MQM's customary
 * 1 / 5 / 25 for minor / major / critical. Open machine findings do not count: they are not
 * errors until a reviewer confirms them, but while any is open the score is provisional.
 */
export const SEVERITY_WEIGHTS: Readonly<Record<Severity, number>> = { minor: 1, major: 5, critical: 25 }

export const DEFAULT_PASS_THRESHOLD = 97

/** Words as a reviewer counts them: runs of letters or digits (with inner apostrophes, hyphens, points). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu)?.length ?? 0
}

/**
 * Counts the words of paragraphs read again into `counts` (by position), and returns by how much
 * the total changed: a document's count kept up to date from its changed paragraphs only.
 */
export function recountWords(paragraphs: readonly { position: number; text: string }[], counts: number[]): number {
  let change = 0
  for (const p of paragraphs) {
    const n = countWords(p.text)
    change += n - (counts[p.position] ?? 0)
    counts[p.position] = n
  }
  return change
}

export interface ScoreOptions {
  threshold?: number
  weights?: Readonly<Record<Severity, number>>
  /** Severities of the findings not yet triaged: they make the score provisional. */
  open?: Iterable<Severity>
  /** An approver signed off with findings open (an override): the score is final as it stands. */
  overridden?: boolean
}

function tally(severities: Iterable<Severity>): Record<Severity, number> {
  const by: Record<Severity, number> = { minor: 0, major: 0, critical: 0 }
  for (const s of severities) by[s]++
  return by
}

function penaltyOf(by: Record<Severity, number>, weights: Readonly<Record<Severity, number>>): number {
  return by.minor * weights.minor + by.major * weights.major + by.critical * weights.critical
}

function scoreOf(wordCount: number, penalty: number): number {
  const raw = wordCount > 0 ? 100 * (1 - penalty / wordCount) : penalty > 0 ? 0 : 100
  return Math.max(0, Math.round(raw * 100) / 100)
}

/**
 * The score of the confirmed errors. While findings are open it is provisional (it can only fall),
 * and carries what it would be if every open finding were confirmed.
 */
export function qualityScore(wordCount: number, errors: Iterable<Severity>, options: ScoreOptions = {}): QualityScore {
  const { threshold = DEFAULT_PASS_THRESHOLD, weights = SEVERITY_WEIGHTS, overridden = false } = options
  const bySeverity = tally(errors)
  const open = tally(options.open ?? [])
  const penalty = penaltyOf(bySeverity, weights)
  const score = scoreOf(wordCount, penalty)
  const openCount = open.minor + open.major + open.critical
  return {
    wordCount,
    bySeverity,
    penalty,
    score,
    threshold,
    pass: score >= threshold,
    weights: { ...weights },
    open: openCount,
    provisional: openCount > 0 && !overridden,
    ifOpenConfirmed: scoreOf(wordCount, penalty + penaltyOf(open, weights))
  }
}
