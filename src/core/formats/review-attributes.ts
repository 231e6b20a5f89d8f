/**
 * Cotejo's review data on an XLIFF unit (1.2 and 2.x alike), in its own namespace: when the unit
 * was created and last changed, and by which reviewer.
 */
import { toIso } from './dates'
import type { BilingualUnit } from './model'
import { attr, type XmlElement } from './xml'

type ReviewFields = Pick<BilingualUnit, 'createdAt' | 'changedAt' | 'reviewer'>

export function readReviewAttributes(unit: XmlElement): ReviewFields {
  const out: ReviewFields = {}
  const createdAt = toIso(attr(unit, 'cotejo:created'))
  const changedAt = toIso(attr(unit, 'cotejo:changed'))
  const reviewer = attr(unit, 'cotejo:reviewer')
  if (createdAt) out.createdAt = createdAt
  if (changedAt) out.changedAt = changedAt
  if (reviewer) out.reviewer = reviewer
  return out
}

export function reviewAttributes(unit: BilingualUnit): Record<string, string | undefined> {
  return {
    'cotejo:created': toIso(unit.createdAt),
    'cotejo:changed': toIso(unit.changedAt),
    'cotejo:reviewer': unit.reviewer
  }
}
