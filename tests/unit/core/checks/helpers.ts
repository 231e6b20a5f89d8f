import { expect } from 'vitest'
import { contextFor, documentFromPairs, type PairInput } from '../../../../src/core/checks/engine/context'
import { runChecks } from '../../../../src/core/checks/engine/runner'
import type { CheckDefinition } from '../../../../src/core/checks/engine/types'
import type { Finding } from '../../../../src/core/domain/findings'
import type { GlossaryEntry } from '../../../../src/core/domain/glossary'
import type { LanguageTag } from '../../../../src/core/domain/language'
import type { SpellService } from '../../../../src/core/text/speller'
import type { BilingualLexicon } from '../../../../src/core/text/bilingual-lexicon'

export interface CaseOptions {
  glossary?: GlossaryEntry[]
  /** Language tags of the two sides (default es → en). */
  sourceLang?: LanguageTag
  targetLang?: LanguageTag
  /** Extra segments in the same document (consistency needs company). */
  context?: PairInput[]
  /** Spelling dictionaries, for checks that read them. */
  spell?: SpellService
  /** The bilingual lexicon omission and addition align words with. */
  lexicon?: BilingualLexicon
}

/** Runs one check on a single pair (plus optional context pairs) and returns its findings. */
export function findingsFor(check: CheckDefinition, pair: PairInput, opts: CaseOptions = {}): Finding[] {
  const pairs = [...(opts.context ?? []), pair]
  const doc = documentFromPairs('t', pairs, opts.sourceLang ?? 'es', opts.targetLang ?? 'en')
  const { findings, failures } = runChecks(
    [check],
    contextFor(doc, opts.glossary ?? [], undefined, opts.spell, undefined, opts.lexicon),
    {
      [check.id]: { enabled: true }
    }
  )
  expect(failures).toEqual([])
  return findings.filter((f) => f.segment === pairs.length - 1)
}

/** Asserts the check flags the pair; returns the findings for further assertions on spans. */
export function fails(check: CheckDefinition, pair: PairInput, opts?: CaseOptions): Finding[] {
  const f = findingsFor(check, pair, opts)
  expect(f, `${check.id} should flag: ${JSON.stringify(pair)}`).not.toEqual([])
  return f
}

/** Asserts the check stays silent on the pair. */
export function passes(check: CheckDefinition, pair: PairInput, opts?: CaseOptions): void {
  const f = findingsFor(check, pair, opts)
  expect(
    f.map((x) => x.message),
    `${check.id} should not flag: ${JSON.stringify(pair)}`
  ).toEqual([])
}
