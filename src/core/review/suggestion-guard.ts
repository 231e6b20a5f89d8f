import type { CorrectionRecord } from '../domain/review'
import type { Finding } from '../domain/findings'
import { correctionRuns } from './corrections'

/** A phrase a correction took out and the phrase it put in its place. */
interface Replaced {
  removed: string
  inserted: string
}

/** The replacements of one correction, run by run ("Ministry" → "Secretariat"). */
function replacements(c: Pick<CorrectionRecord, 'beforeText' | 'afterText'>): Replaced[] {
  const out: Replaced[] = []
  let removed = ''
  let inserted = ''
  const flush = (): void => {
    if (removed.trim() !== '' || inserted.trim() !== '')
      out.push({ removed: removed.trim(), inserted: inserted.trim() })
    removed = inserted = ''
  }
  for (const run of correctionRuns(c.beforeText, c.afterText)) {
    if (run.kind === 'deleted') removed += run.text
    else if (run.kind === 'inserted') inserted += run.text
    else if (run.text.trim() !== '') flush()
  }
  flush()
  return out
}

/**
 * Drops suggestions that would take back a reviewer's correction: the text a correction put in
 * replaced by the text it took out ("Secretariat" back to "Ministry" because other paragraphs still
 * say "Ministry"). The finding stays, without a one-key replacement: the reviewer decides.
 */
export function withoutUndoingCorrections<F extends Finding>(
  findings: readonly F[],
  corrections: readonly Pick<CorrectionRecord, 'beforeText' | 'afterText'>[]
): F[] {
  if (corrections.length === 0) return [...findings]
  const taken = new Set(corrections.flatMap(replacements).map((r) => `${r.inserted}\u241f${r.removed}`))
  return findings.map((f) =>
    f.suggestion !== null && f.targetSpan && taken.has(`${f.targetSpan.text.trim()}\u241f${f.suggestion.trim()}`)
      ? { ...f, suggestion: null }
      : f
  )
}
