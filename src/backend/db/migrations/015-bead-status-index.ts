import type { Migration } from './types'

/**
 * A document's segments counted by status (progress, the score's gate) read this index alone
 * instead of every bead row with its sentences: at 5,000 paragraphs that scan came with each read
 * of the rows.
 */
export const migration015: Migration = {
  version: 15,
  name: 'bead-status-index',
  up: `CREATE INDEX bead_status ON bead(document_id, status);`
}
