import type { TFunction } from 'i18next'

/**
 * "3 open · 1 fixed · 1 ignored": each number with its own plural form ("1 ignorado", "2
 * ignorados"), which one sentence with three numbers cannot give.
 */
export function findingCounts(t: TFunction, counts: { open: number; fixed?: number; ignored: number }): string {
  const parts = [t('review.findingCounts.open', { count: counts.open })]
  if (counts.fixed !== undefined) parts.push(t('review.findingCounts.fixed', { count: counts.fixed }))
  parts.push(t('review.findingCounts.ignored', { count: counts.ignored }))
  return parts.join(' · ')
}
