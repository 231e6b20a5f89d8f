import { describe, expect, it } from 'vitest'
import type { Bead } from '../../../../src/core/domain/document'
import type { FindingView, Severity } from '../../../../src/core/domain/findings'
import type { SourceQuery } from '../../../../src/core/domain/review'
import { signoffSummary } from '../../../../src/core/review/signoff-gate'

const bead = (position: number, status: Bead['status']) => ({ position, status }) as Bead
const finding = (severity: Severity, state: FindingView['state']) => ({ severity, state }) as FindingView
const query = (status: SourceQuery['status']) => ({ status }) as SourceQuery

describe('sign-off gate', () => {
  it('lists unreviewed segments, open findings by severity, open queries and ignored findings', () => {
    const s = signoffSummary({
      beads: [bead(0, 'reviewed'), bead(1, 'untouched'), bead(2, 'approved'), bead(3, 'untouched')],
      findings: [finding('major', 'open'), finding('minor', 'open'), finding('critical', 'ignored')],
      queries: [query('open'), query('answered')]
    })
    expect(s).toMatchObject({
      segments: 4,
      unreviewed: [1, 3],
      open: { minor: 1, major: 1, critical: 0 },
      openQueries: 1,
      ignored: 1
    })
    expect(s.blockers).toEqual([
      { kind: 'major', count: 1 },
      { kind: 'queries', count: 1 }
    ])
  })

  it('does not block on minor findings, ignored ones or unreviewed segments', () => {
    const s = signoffSummary({
      beads: [bead(0, 'untouched')],
      findings: [finding('minor', 'open'), finding('critical', 'ignored'), finding('major', 'fixed')],
      queries: [query('closed')]
    })
    expect(s.blockers).toEqual([])
  })
})
