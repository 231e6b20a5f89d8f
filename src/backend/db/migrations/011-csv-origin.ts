import type { Migration } from './types'

/** A well-formed BCP 47 tag, as 009 checks it. */
const tagCheck = (column: string): string =>
  `CHECK (length(${column}) BETWEEN 2 AND 35 AND ${column} GLOB '[A-Za-z][A-Za-z]*'
     AND ${column} NOT GLOB '*[^A-Za-z0-9-]*' AND ${column} NOT GLOB '*--*' AND ${column} NOT GLOB '*-')`

/**
 * A document may come from Cotejo's own bilingual CSV read back (origin 'csv'): SQLite cannot
 * alter a CHECK, so the document table is rebuilt as 009 left it with that origin allowed, every
 * column and row kept.
 */
export const migration011: Migration = {
  version: 11,
  name: 'csv-origin',
  foreignKeysOff: true,
  up: `
    CREATE TABLE document_new (
      id INTEGER PRIMARY KEY,
      project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      source_lang TEXT NOT NULL ${tagCheck('source_lang')},
      target_lang TEXT NOT NULL ${tagCheck('target_lang')},
      origin TEXT NOT NULL CHECK (origin IN ('combined', 'pair', 'paste', 'docx', 'xliff', 'tmx', 'csv')),
      status TEXT NOT NULL DEFAULT 'in_review' CHECK (status IN ('in_review', 'approved')),
      source_file TEXT,
      target_file TEXT,
      source_encoding TEXT,
      target_encoding TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      text_revision INTEGER NOT NULL DEFAULT 0
    ) STRICT;
    INSERT INTO document_new (id, project_id, name, source_lang, target_lang, origin, status, source_file,
        target_file, source_encoding, target_encoding, created_at, updated_at, text_revision)
      SELECT id, project_id, name, source_lang, target_lang, origin, status, source_file,
        target_file, source_encoding, target_encoding, created_at, updated_at, text_revision
      FROM document;
    DROP TABLE document;
    ALTER TABLE document_new RENAME TO document;
    CREATE INDEX document_project ON document(project_id);
  `
}
