import type { Migration } from './types'

/**
 * A counter per document that moves only when its text or alignment changes, not when a status
 * does: the findings cache is keyed by it, so marking a segment reviewed or approving a document
 * never runs the checks again.
 */
export const migration006: Migration = {
  version: 6,
  name: 'text-revision',
  up: `
    ALTER TABLE document ADD COLUMN text_revision INTEGER NOT NULL DEFAULT 0;
  `
}
