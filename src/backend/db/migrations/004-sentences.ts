import type { Migration } from './types'

/**
 * The sentence alignment inside each bead (sentence bounds per paragraph and sentence links), as
 * JSON: read whole with its bead, never queried inside. NULL until computed: beads of databases
 * written before this version, and beads whose text or shape changed, are aligned on first read.
 */
export const migration004: Migration = {
  version: 4,
  name: 'sentences',
  up: `
    ALTER TABLE bead ADD COLUMN sentences TEXT CHECK (sentences IS NULL OR json_valid(sentences));
  `
}
