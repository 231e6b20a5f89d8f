import { describe, expect, it } from 'vitest'
import { contextFor, documentFromPairs, type PairInput } from '../../../../../src/core/checks/engine/context'
import { runChecks } from '../../../../../src/core/checks/engine/runner'
import { notTranslatedCheck } from '../../../../../src/core/checks/rules/not-translated'
import { unalignedCheck } from '../../../../../src/core/checks/rules/unaligned'
import type { Finding } from '../../../../../src/core/domain/findings'

const PAIRS: PairInput[] = [
  { source: 'Hoy se inauguró el puente.', target: 'De brug is vandaag geopend.' },
  { source: 'El alcalde habló.', target: '' },
  { source: '', target: 'Een toegevoegde zin.' }
]

function run(segmented: boolean): Finding[] {
  const doc = { ...documentFromPairs('t', PAIRS, 'es', 'nl-NL'), segmented }
  const result = runChecks([notTranslatedCheck, unalignedCheck], contextFor(doc))
  expect(result.failures).toEqual([])
  return result.findings
}

const summary = (findings: Finding[]) => findings.map((f) => [f.checkId, f.messageKey, f.segment])

describe('not-translated', () => {
  it('reports a segment of a segmented file with an empty target once, as untranslated, not as an omission', () => {
    const found = run(true)
    expect(summary(found)).toEqual([
      ['not-translated', 'empty', 1],
      ['unaligned', 'added', 2]
    ])
    expect(found[0]?.category).toBe('accuracy/untranslated')
    expect(found[0]?.sourceSpan?.text).toBe('El alcalde habló.')
  })

  it('leaves an aligned document to the unaligned check: there an empty side is a paragraph left out', () => {
    expect(summary(run(false))).toEqual([
      ['unaligned', 'omitted', 1],
      ['unaligned', 'added', 2]
    ])
  })
})
