import type { Migration } from './types'

/**
 * A segment can be rejected (sent back to the translator). SQLite cannot alter a CHECK, so the
 * bead table is rebuilt as 012 left it with 'rejected' allowed, every column and row kept; its
 * children (bead_paragraph, bead_note) keep pointing at the same ids.
 */
export const migration013: Migration = {
  version: 13,
  name: 'rejected-status',
  foreignKeysOff: true,
  up: `
    CREATE TABLE bead_new (
      id INTEGER PRIMARY KEY,
      document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
      position INTEGER NOT NULL CHECK (position >= 0),
      origin TEXT NOT NULL CHECK (origin IN ('position', 'auto', 'manual')),
      confidence REAL CHECK (confidence IS NULL OR (confidence >= 0 AND confidence <= 1)),
      status TEXT NOT NULL DEFAULT 'untouched' CHECK (status IN ('untouched', 'reviewed', 'approved', 'rejected')),
      sentences TEXT CHECK (sentences IS NULL OR json_valid(sentences)),
      codes TEXT CHECK (codes IS NULL OR json_valid(codes)),
      changed_in_version INTEGER NOT NULL DEFAULT 0 CHECK (changed_in_version IN (0, 1)),
      not_taken TEXT,
      UNIQUE (document_id, position)
    ) STRICT;
    INSERT INTO bead_new (id, document_id, position, origin, confidence, status, sentences, codes,
        changed_in_version, not_taken)
      SELECT id, document_id, position, origin, confidence, status, sentences, codes,
        changed_in_version, not_taken
      FROM bead;
    DROP TABLE bead;
    ALTER TABLE bead_new RENAME TO bead;
  `
}
