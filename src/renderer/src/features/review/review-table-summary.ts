import type { TFunction } from 'i18next'
import type { ReviewTableResult } from '@core/domain/review'

/**
 * What applying a Word review table did, in words: corrections, unchanged rows, status changes,
 * status cells not understood (with their rows and labels) and rows not applied.
 */
export function reviewTableSummary(t: TFunction, result: ReviewTableResult): string {
  return [
    t('reviewTable.applied', { count: result.applied }),
    t('reviewTable.unchanged', { count: result.unchanged }),
    ...(result.statusChanged > 0 ? [t('reviewTable.statusChanged', { count: result.statusChanged })] : []),
    ...(result.unknownStatus.length > 0
      ? [
          t('reviewTable.unknownStatus', {
            count: result.unknownStatus.length,
            rows: result.unknownStatus.map((u) => `${u.id} (“${u.label}”)`).join(', ')
          })
        ]
      : []),
    ...(result.skipped.length > 0
      ? [t('reviewTable.skipped', { count: result.skipped.length, ids: result.skipped.map((s) => s.id).join(', ') })]
      : [])
  ].join(' · ')
}
