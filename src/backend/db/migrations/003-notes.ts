import type { Migration } from './types'

/** Notes that arrive with bilingual files (XLIFF, TMX, CSV): kept per bead, shown and exported again. */
export const migration003: Migration = {
  version: 3,
  name: 'notes',
  up: `
    CREATE TABLE bead_note (
      id INTEGER PRIMARY KEY,
      bead_id INTEGER NOT NULL REFERENCES bead(id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('finding', 'comment', 'query')),
      text TEXT NOT NULL,
      author TEXT,
      category TEXT,
      severity TEXT
    ) STRICT;
    CREATE INDEX bead_note_bead ON bead_note(bead_id);
  `
}
