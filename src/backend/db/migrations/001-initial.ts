import type { Migration } from './types'

/** Projects, documents, paragraphs of each side, and beads linking any number of paragraphs per side. */
export const migration001: Migration = {
  version: 1,
  name: 'initial',
  up: `
    CREATE TABLE project (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE document (
      id INTEGER PRIMARY KEY,
      project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      source_lang TEXT NOT NULL CHECK (source_lang IN ('es', 'en')),
      target_lang TEXT NOT NULL CHECK (target_lang IN ('es', 'en')),
      origin TEXT NOT NULL CHECK (origin IN ('combined', 'pair', 'paste', 'docx', 'xliff', 'tmx')),
      status TEXT NOT NULL DEFAULT 'in_review' CHECK (status IN ('in_review', 'approved')),
      source_file TEXT,
      target_file TEXT,
      source_encoding TEXT,
      target_encoding TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX document_project ON document(project_id);

    CREATE TABLE paragraph (
      id INTEGER PRIMARY KEY,
      document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
      side TEXT NOT NULL CHECK (side IN ('source', 'target')),
      position INTEGER NOT NULL CHECK (position >= 0),
      text TEXT NOT NULL,
      UNIQUE (document_id, side, position)
    ) STRICT;

    CREATE TABLE bead (
      id INTEGER PRIMARY KEY,
      document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
      position INTEGER NOT NULL CHECK (position >= 0),
      origin TEXT NOT NULL CHECK (origin IN ('position', 'auto', 'manual')),
      confidence REAL CHECK (confidence IS NULL OR (confidence >= 0 AND confidence <= 1)),
      UNIQUE (document_id, position)
    ) STRICT;

    -- A paragraph belongs to exactly one bead; a bead holds 0..n paragraphs of each side.
    CREATE TABLE bead_paragraph (
      bead_id INTEGER NOT NULL REFERENCES bead(id) ON DELETE CASCADE,
      paragraph_id INTEGER NOT NULL UNIQUE REFERENCES paragraph(id) ON DELETE CASCADE,
      PRIMARY KEY (bead_id, paragraph_id)
    ) STRICT;

    CREATE TABLE recent_file (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      path TEXT,
      kind TEXT NOT NULL CHECK (kind IN ('combined', 'source', 'target')),
      document_id INTEGER REFERENCES document(id) ON DELETE SET NULL,
      project_id INTEGER REFERENCES project(id) ON DELETE SET NULL,
      opened_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE setting (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;
  `
}
