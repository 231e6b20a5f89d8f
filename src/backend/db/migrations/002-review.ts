import type { Migration } from './types'

/**
 * Review: the corrected target text beside the original, segment statuses, document sign-off,
 * corrections with their reasons, finding states (ignored / fixed), project ignore rules, queries to
 * the source author, the audit log, and glossaries (per project, or global when project_id is NULL).
 */
export const migration002: Migration = {
  version: 2,
  name: 'review',
  up: `
    ALTER TABLE paragraph ADD COLUMN original_text TEXT;
    UPDATE paragraph SET original_text = text;

    ALTER TABLE bead ADD COLUMN status TEXT NOT NULL DEFAULT 'untouched'
      CHECK (status IN ('untouched', 'reviewed', 'approved'));

    CREATE TABLE correction (
      id INTEGER PRIMARY KEY,
      paragraph_id INTEGER NOT NULL REFERENCES paragraph(id) ON DELETE CASCADE,
      before_text TEXT NOT NULL,
      after_text TEXT NOT NULL,
      reviewer TEXT NOT NULL,
      category TEXT,
      severity TEXT CHECK (severity IS NULL OR severity IN ('minor', 'major', 'critical')),
      comment TEXT,
      finding_key TEXT,
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX correction_paragraph ON correction(paragraph_id);

    CREATE TABLE finding_state (
      document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
      finding_key TEXT NOT NULL,
      state TEXT NOT NULL CHECK (state IN ('ignored', 'fixed')),
      reason TEXT,
      reviewer TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      PRIMARY KEY (document_id, finding_key)
    ) STRICT;

    -- "Ignore every identical case in the project": same check, same source and target text.
    CREATE TABLE ignore_rule (
      id INTEGER PRIMARY KEY,
      project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
      check_id TEXT NOT NULL,
      source_text TEXT NOT NULL,
      target_text TEXT NOT NULL,
      reason TEXT,
      reviewer TEXT NOT NULL,
      created_at TEXT NOT NULL,
      UNIQUE (project_id, check_id, source_text, target_text)
    ) STRICT;

    CREATE TABLE source_query (
      id INTEGER PRIMARY KEY,
      document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
      bead_position INTEGER NOT NULL,
      finding_key TEXT,
      source_text TEXT NOT NULL,
      question TEXT NOT NULL,
      status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'answered', 'closed')),
      answer TEXT,
      author TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX source_query_document ON source_query(document_id);

    CREATE TABLE signoff (
      id INTEGER PRIMARY KEY,
      document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
      action TEXT NOT NULL CHECK (action IN ('approve', 'reopen')),
      name TEXT NOT NULL,
      role TEXT NOT NULL,
      note TEXT,
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX signoff_document ON signoff(document_id);

    CREATE TABLE audit_log (
      id INTEGER PRIMARY KEY,
      document_id INTEGER REFERENCES document(id) ON DELETE CASCADE,
      project_id INTEGER REFERENCES project(id) ON DELETE CASCADE,
      action TEXT NOT NULL,
      actor TEXT NOT NULL,
      details TEXT NOT NULL DEFAULT '{}',
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX audit_log_document ON audit_log(document_id, id);

    CREATE TABLE glossary_entry (
      id INTEGER PRIMARY KEY,
      project_id INTEGER REFERENCES project(id) ON DELETE CASCADE,
      source TEXT NOT NULL,
      target TEXT NOT NULL,
      allowed TEXT NOT NULL DEFAULT '[]',
      forbidden TEXT NOT NULL DEFAULT '[]',
      note TEXT,
      case_sensitive INTEGER NOT NULL DEFAULT 0 CHECK (case_sensitive IN (0, 1)),
      accent_insensitive INTEGER NOT NULL DEFAULT 0 CHECK (accent_insensitive IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX glossary_entry_project ON glossary_entry(project_id);
  `
}
