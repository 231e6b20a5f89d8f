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
 * errors until a reviewer confirms them.
 */
export const SEVERITY_WEIGHTS: Readonly<Record<Severity, number>> = { minor: 1, major: 5, critical: 25 }

export const DEFAULT_PASS_THRESHOLD = 97

/** Words as a reviewer counts them: runs of letters or digits (with inner apostrophes, hyphens, points). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu)?.length ?? 0
}

export function qualityScore(
  wordCount: number,
  errors: Iterable<Severity>,
  threshold = DEFAULT_PASS_THRESHOLD,
  weights: Readonly<Record<Severity, number>> = SEVERITY_WEIGHTS
): QualityScore {
  const bySeverity: Record<Severity, number> = { minor: 0, major: 0, critical: 0 }
  for (const s of errors) bySeverity[s]++
  const penalty =
    bySeverity.minor * weights.minor + bySeverity.major * weights.major + bySeverity.critical * weights.critical
  const raw = wordCount > 0 ? 100 * (1 - penalty / wordCount) : penalty > 0 ? 0 : 100
  const score = Math.max(0, Math.round(raw * 100) / 100)
  return { wordCount, bySeverity, penalty, score, threshold, pass: score >= threshold, weights: { ...weights } }
}
