/**
 * Segment states of each format read as Cotejo's statuses, and Cotejo's statuses written back in
 * the format's own words. Reading keeps the native value beside the status; writing happens only
 * for a status the review changed.
 *
 * XLIFF 1.2 (and TXLF): `state` and `state-qualifier` on the target (OmegaT puts the state on the
 *   trans-unit) and `approved` on the trans-unit. A `rejected-*` state-qualifier (rejected-grammar,
 *   -inaccurate, -length, -spelling) → rejected, as is translate-toolkit's non-standard
 *   state="rejected"; new, needs-translation → new; needs-* and translated → translated;
 *   signed-off → reviewed; final → final; approved="yes" raises to reviewed, except a rejection (a
 *   rejected-* qualifier or state="rejected" wins over approved="yes"); any other (x-…) value:
 *   translated when there is a target. Written: new, translated, signed-off (+approved="yes"),
 *   final (+approved="yes"), and rejected as state="needs-translation"
 *   state-qualifier="rejected-inaccurate" (XLIFF 1.2 has no rejected state; the qualifier says why
 *   it needs translating again) with approved="no" where the unit said yes, so the file does not
 *   say both; a rejected-* qualifier is removed when the status moves on.
 * XLIFF 2: `state` on the segment, default initial; subState is kept as read, and dropped when
 *   the state changes (it qualifies the old one). XLIFF 2 has no rejected state: a subState whose
 *   value is `rejected` (any authority: `cotejo:rejected`, `my:rejected`) below reviewed reads as rejected, and
 *   rejected is written as state="initial" subState="cotejo:rejected" (back to the translator).
 * SDLXLIFF: `conf` on the segment's `sdl:seg`: none/Draft → new, Translated → translated,
 *   ApprovedTranslation → reviewed, ApprovedSignOff → final, Rejected* → rejected.
 * MQXLIFF: `mq:status` on the trans-unit: NotStarted → new, ManuallyConfirmed and the unconfirmed
 *   edits (Edited, PartiallyEdited, PreTranslated, MachineTranslated…) → translated,
 *   Reviewer1Confirmed and Proofread → reviewed, Reviewer2Confirmed → final, Rejected → rejected.
 * TMX and TXML have no state: a target is translated, its absence new.
 */
import type { CatStatus } from './model'

const RANK: Record<CatStatus, number> = { new: 0, rejected: 1, translated: 2, reviewed: 3, final: 4 }

export function xliff1Status(
  state: string | undefined,
  approved: string | undefined,
  hasTarget: boolean,
  qualifier?: string
): CatStatus {
  let status: CatStatus
  if (qualifier?.startsWith(XLIFF1_REJECTED_PREFIX)) status = 'rejected'
  else if (state === undefined || state === '') status = hasTarget ? 'translated' : 'new'
  else if (state === 'new' || state === 'needs-translation') status = 'new'
  else if (state === 'signed-off') status = 'reviewed'
  else if (state === 'final') status = 'final'
  else if (state === 'rejected') status = 'rejected'
  else status = hasTarget ? 'translated' : 'new'
  // A rejection outranks approved="yes": the qualifier says why the target needs work again, and a
  // file that says both (approved before someone rejected it) must not pass as reviewed.
  if (approved === 'yes' && status !== 'rejected' && RANK[status] < RANK.reviewed) status = 'reviewed'
  return status
}

/** The prefix of XLIFF 1.2's rejection qualifiers, and the one written for a rejection. */
export const XLIFF1_REJECTED_PREFIX = 'rejected-'
export const XLIFF1_REJECTED_QUALIFIER = 'rejected-inaccurate'

export const XLIFF1_STATE: Record<CatStatus, string> = {
  new: 'new',
  translated: 'translated',
  reviewed: 'signed-off',
  final: 'final',
  rejected: 'needs-translation'
}

/** The subState Cotejo writes for a rejected segment: its own authority, as XLIFF 2 asks. */
export const XLIFF2_REJECTED_SUBSTATE = 'cotejo:rejected'

export function xliff2Status(state: string | undefined, subState?: string): CatStatus {
  const rejected = subState !== undefined && subState.slice(subState.indexOf(':') + 1) === 'rejected'
  if (rejected && state !== 'reviewed' && state !== 'final') return 'rejected'
  switch (state) {
    case 'translated':
      return 'translated'
    case 'reviewed':
      return 'reviewed'
    case 'final':
      return 'final'
    default:
      return 'new'
  }
}

export const XLIFF2_STATE: Record<CatStatus, string> = {
  new: 'initial',
  translated: 'translated',
  reviewed: 'reviewed',
  final: 'final',
  rejected: 'initial'
}

export function sdlStatus(conf: string | undefined): CatStatus {
  switch (conf) {
    case 'Translated':
      return 'translated'
    case 'ApprovedTranslation':
      return 'reviewed'
    case 'ApprovedSignOff':
      return 'final'
    case 'RejectedTranslation':
    case 'RejectedSignOff':
      return 'rejected'
    default:
      return 'new'
  }
}

export const SDL_CONF: Record<CatStatus, string> = {
  new: 'Draft',
  translated: 'Translated',
  reviewed: 'ApprovedTranslation',
  final: 'ApprovedSignOff',
  rejected: 'RejectedTranslation'
}

export function memoqStatus(status: string | undefined, hasTarget: boolean): CatStatus {
  switch (status) {
    case undefined:
      return hasTarget ? 'translated' : 'new'
    case 'NotStarted':
      return 'new'
    case 'Reviewer1Confirmed':
    case 'Proofread':
      return 'reviewed'
    case 'Reviewer2Confirmed':
      return 'final'
    case 'Rejected':
      return 'rejected'
    default:
      return hasTarget ? 'translated' : 'new'
  }
}

export const MEMOQ_STATUS: Record<CatStatus, string> = {
  new: 'NotStarted',
  translated: 'ManuallyConfirmed',
  reviewed: 'Reviewer1Confirmed',
  final: 'Reviewer2Confirmed',
  rejected: 'Rejected'
}

/** `name=value` pairs of the values present, as the file wrote them. */
export function nativeState(pairs: readonly (readonly [string, string | undefined])[]): string {
  return pairs
    .filter((p): p is readonly [string, string] => p[1] !== undefined && p[1] !== '')
    .map(([k, v]) => `${k}=${v}`)
    .join(' ')
}
