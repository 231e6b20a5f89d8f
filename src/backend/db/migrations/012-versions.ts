import type { Migration } from './types'

/**
 * Versions of a document: each import of a new version of a side keeps the texts it replaced (as
 * reviewed, and as the file had them), with when and by whom. A bead remembers whether the last
 * version changed it (reviewed again) and the corrections that version did not take.
 */
export const migration012: Migration = {
  version: 12,
  name: 'versions',
  up: `
    CREATE TABLE document_version (
      id INTEGER PRIMARY KEY,
      document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
      side TEXT NOT NULL CHECK (side IN ('source', 'target')),
      texts TEXT NOT NULL,
      original_texts TEXT NOT NULL,
      file_name TEXT,
      imported_by TEXT NOT NULL,
      imported_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX document_version_document ON document_version(document_id, id);

    ALTER TABLE bead ADD COLUMN changed_in_version INTEGER NOT NULL DEFAULT 0 CHECK (changed_in_version IN (0, 1));
    ALTER TABLE bead ADD COLUMN not_taken TEXT;
  `
}
