import type { Migration } from './types'

/**
 * The findings a release had when it was approved (their keys, as JSON). Findings that appear
 * later, because another document joined the project or the checks changed, are shown as new
 * since approval instead of silently joining an approved release's list.
 */
export const migration007: Migration = {
  version: 7,
  name: 'approved-findings',
  up: `
    ALTER TABLE signoff ADD COLUMN finding_keys TEXT CHECK (finding_keys IS NULL OR json_valid(finding_keys));
  `
}
