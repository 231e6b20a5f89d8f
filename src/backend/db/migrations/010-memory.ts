import type { Migration } from './types'

/**
 * The approved memory: segment pairs reviewed or approved in any project (kept in step with the
 * review, ../../services/memory.ts) and units loaded from TMX files. A pair outlives the document
 * it came from: its origin keeps the document's name. The full-text index over the sources is a
 * word index (case and accents folded): a fuzzy lookup asks it for the sources sharing the most
 * distinctive words, then scores those few by word edit distance. The store keeps the index in
 * step itself (no triggers), so that loading a large TMX indexes its rows in one statement.
 */
export const migration010: Migration = {
  version: 10,
  name: 'memory',
  up: `
    CREATE TABLE memory_unit (
      id INTEGER PRIMARY KEY,
      source TEXT NOT NULL,
      target TEXT NOT NULL,
      source_lang TEXT NOT NULL,
      target_lang TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('reviewed', 'approved', 'imported')),
      project_id INTEGER REFERENCES project(id) ON DELETE SET NULL,
      document_id INTEGER REFERENCES document(id) ON DELETE SET NULL,
      bead_position INTEGER,
      origin TEXT NOT NULL,
      changed_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX memory_unit_document ON memory_unit(document_id, bead_position);
    CREATE INDEX memory_unit_source ON memory_unit(source);
    CREATE VIRTUAL TABLE memory_index USING fts5(
      source, content = 'memory_unit', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
    );
  `
}
