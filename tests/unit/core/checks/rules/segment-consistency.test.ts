import { describe, expect, it } from 'vitest'
import { contextFor, documentFromPairs } from '../../../../../src/core/checks/engine/context'
import { runChecks } from '../../../../../src/core/checks/engine/runner'
import { segmentConsistencyCheck } from '../../../../../src/core/checks/rules/segment-consistency'
import type { PairInput } from '../../../../../src/core/checks/engine/context'

const WARNING = 'Keep the device away from water.'

function findings(pairs: PairInput[], others: PairInput[][] = []) {
  const doc = documentFromPairs('a', pairs, 'en-US', 'nl-NL', 'Handleiding')
  const project = [doc, ...others.map((p, i) => documentFromPairs(`o${i}`, p, 'en-US', 'nl-NL', `Other ${i + 1}`))]
  const result = runChecks([segmentConsistencyCheck], contextFor(doc, [], project))
  expect(result.failures).toEqual([])
  return result.findings.map((f) => [f.segment, f.message])
}

describe('segment consistency', () => {
  it('flags the repeat that departs from the usual translation, in any language pair', () => {
    expect(
      findings([
        { source: WARNING, target: 'Houd het apparaat uit de buurt van water.' },
        { source: 'Charge it first.', target: 'Laad het eerst op.' },
        { source: WARNING, target: 'Houd het toestel weg van water.' },
        { source: WARNING, target: 'Houd het apparaat uit de buurt van water.' }
      ])
    ).toEqual([[2, 'The same source is translated differently in segment 1.']])
  })

  it('reaches the other documents of the project', () => {
    expect(
      findings(
        [{ source: WARNING, target: 'Houd het toestel weg van water.' }],
        [
          [
            { source: WARNING, target: 'Houd het apparaat uit de buurt van water.' },
            { source: WARNING, target: 'Houd het apparaat uit de buurt van water.' }
          ]
        ]
      )
    ).toEqual([[0, 'The same source is translated differently in segment 1 (Other 1).']])
  })

  it('stays silent on repeats translated alike (spacing and case aside), and on short sources', () => {
    expect(
      findings([
        { source: WARNING, target: 'Houd het apparaat uit de buurt van water.' },
        { source: ` ${WARNING}`, target: 'houd het apparaat  uit de buurt van water.' },
        { source: 'Yes.', target: 'Ja.' },
        { source: 'Yes.', target: 'Jazeker.' }
      ])
    ).toEqual([])
  })
})
