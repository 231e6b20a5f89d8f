import { describe, expect, it } from 'vitest'
import { contextFor, documentFromPairs, type PairInput } from '../../../../../src/core/checks/engine/context'
import { JobCache } from '../../../../../src/core/checks/engine/job-cache'
import { runChecks } from '../../../../../src/core/checks/engine/runner'
import { memoryConsistencyCheck } from '../../../../../src/core/checks/rules/memory-consistency'
import type { ApprovedRendering } from '../../../../../src/core/domain/memory'

const BOILERPLATE = 'La Oficina de Prensa atiende consultas de lunes a viernes.'
const APPROVED = 'The Press Office answers queries from Monday to Friday.'

function approved(source: string, target: string, documentId: string | null = '7', changedAt = '2026-03-02T10:00:00Z') {
  return { source, target, documentId, origin: 'Boletín de marzo', projectName: 'Prensa', changedAt }
}

function findings(pairs: PairInput[], memory: ApprovedRendering[]) {
  const doc = documentFromPairs('3', pairs, 'es', 'en', 'Boletín de abril')
  const result = runChecks(
    [memoryConsistencyCheck],
    contextFor(doc, [], [doc], undefined, new JobCache(), undefined, memory)
  )
  expect(result.failures).toEqual([])
  return result.findings.map((f) => ({
    segment: f.segment,
    target: f.targetSpan?.text,
    message: f.message,
    suggestion: f.suggestion
  }))
}

describe('memory consistency', () => {
  it('flags a segment translated otherwise than its approved translation, suggesting that one', () => {
    expect(
      findings(
        [
          { source: 'Abrió la nueva sede.', target: 'The new office opened.' },
          { source: BOILERPLATE, target: 'The Press Office takes questions on weekdays.' }
        ],
        [approved(BOILERPLATE, APPROVED)]
      )
    ).toEqual([
      {
        segment: 1,
        target: 'The Press Office takes questions on weekdays.',
        message: 'This source was approved with another translation in Boletín de marzo (2026-03-02).',
        suggestion: APPROVED
      }
    ])
  })

  it('finds a sentence approved alone inside a longer paragraph, and marks only that sentence', () => {
    const [finding] = findings(
      [
        {
          source: `El acto empezó a las diez. ${BOILERPLATE}`,
          target: 'The ceremony began at ten. The Press Office takes questions on weekdays.'
        }
      ],
      [approved(BOILERPLATE, APPROVED)]
    )
    expect(finding?.target).toBe('The Press Office takes questions on weekdays.')
  })

  it('points at the latest approval when a source was approved several ways', () => {
    const [finding] = findings(
      [{ source: BOILERPLATE, target: 'Press queries are answered on weekdays.' }],
      [
        approved(BOILERPLATE, APPROVED, '7', '2026-01-10T09:00:00Z'),
        approved(BOILERPLATE, 'The Press Office answers questions Monday to Friday.', '8', '2026-04-01T09:00:00Z')
      ]
    )
    expect(finding?.suggestion).toBe('The Press Office answers questions Monday to Friday.')
  })

  it('stays silent when the translation is one of the approved ones (spacing aside)', () => {
    expect(
      findings(
        [{ source: ` ${BOILERPLATE}`, target: 'The Press Office  answers queries from Monday to Friday.' }],
        [approved(BOILERPLATE, 'The Press Office replies on weekdays.', '8'), approved(BOILERPLATE, APPROVED)]
      )
    ).toEqual([])
  })

  it('does not check a document against its own approved segments', () => {
    expect(
      findings(
        [{ source: BOILERPLATE, target: 'The Press Office takes questions on weekdays.' }],
        [approved(BOILERPLATE, APPROVED, '3')]
      )
    ).toEqual([])
  })

  it('leaves short sources alone: a heading may rightly be rendered differently', () => {
    expect(
      findings(
        [{ source: 'Más información', target: 'Further details' }],
        [approved('Más información', 'More information')]
      )
    ).toEqual([])
  })

  it('compares with units loaded from a TMX too (no document)', () => {
    expect(
      findings(
        [{ source: BOILERPLATE, target: 'The Press Office takes questions on weekdays.' }],
        [approved(BOILERPLATE, APPROVED, null)]
      )
    ).toHaveLength(1)
  })
})
