import { describe, expect, it } from 'vitest'
import {
  encodeStatuses,
  positionsWith,
  segmentStatuses,
  statusAt,
  withStatuses
} from '../../../../src/core/api/segment-index'
import type { SegmentStatus } from '../../../../src/core/domain/document'

const statuses: SegmentStatus[] = ['untouched', 'reviewed', 'approved', 'rejected', 'reviewed', 'untouched']

describe('the index of every row the review screen keeps', () => {
  it('gives back each row’s status as it was encoded, in one letter a row', () => {
    const index = { statuses: encodeStatuses(statuses), changed: [] }
    expect(index.statuses).toHaveLength(statuses.length)
    expect(statuses.map((_, p) => statusAt(index, p))).toEqual(statuses)
    expect(segmentStatuses(index)).toEqual(statuses.map((status, position) => ({ position, status })))
    expect(statusAt(index, statuses.length)).toBeUndefined()
  })

  it('lists the rows of a status, for the filter and bulk status', () => {
    const index = { statuses: encodeStatuses(statuses), changed: [] }
    expect(positionsWith(index, 'reviewed')).toEqual([1, 4])
    expect(positionsWith(index, 'untouched')).toEqual([0, 5])
    expect(positionsWith({ statuses: '', changed: [] }, 'reviewed')).toEqual([])
  })

  it('takes the statuses of rows read again, leaving the others and the one it came from', () => {
    const index = { statuses: encodeStatuses(statuses), changed: [2] }
    const after = withStatuses(index, [
      { position: 0, status: 'approved' },
      { position: 3, status: 'untouched' },
      { position: 99, status: 'reviewed' }
    ])
    expect(segmentStatuses(after).map((s) => s.status)).toEqual([
      'approved',
      'reviewed',
      'approved',
      'untouched',
      'reviewed',
      'untouched'
    ])
    expect(after.changed).toEqual([2])
    expect(statusAt(index, 0)).toBe('untouched')
  })
})
