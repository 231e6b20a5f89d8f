import type { Migration } from './types'

/** A well-formed BCP 47 tag, as far as SQL can tell: letters first, then letters, digits and single hyphens. */
const tagCheck = (column: string): string =>
  `CHECK (length(${column}) BETWEEN 2 AND 35 AND ${column} GLOB '[A-Za-z][A-Za-z]*'
     AND ${column} NOT GLOB '*[^A-Za-z0-9-]*' AND ${column} NOT GLOB '*--*' AND ${column} NOT GLOB '*-')`

/**
 * Documents keep the languages their file says ('nl-NL', 'ja-JP'), not only Spanish and English:
 * the document table is rebuilt with a CHECK on any well-formed tag (the canonical form is the
 * store's job), every column and row kept. Beads of CAT files carry their inline codes (JSON
 * InlineCode[], NULL when the bead has none) so the grid can show them and exports write them back.
 */
export const migration009: Migration = {
  version: 9,
  name: 'language-tags-and-codes',
  foreignKeysOff: true,
  up: `
    CREATE TABLE document_new (
      id INTEGER PRIMARY KEY,
      project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      source_lang TEXT NOT NULL ${tagCheck('source_lang')},
      target_lang TEXT NOT NULL ${tagCheck('target_lang')},
      origin TEXT NOT NULL CHECK (origin IN ('combined', 'pair', 'paste', 'docx', 'xliff', 'tmx')),
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

    ALTER TABLE bead ADD COLUMN codes TEXT CHECK (codes IS NULL OR json_valid(codes));
  `
}
