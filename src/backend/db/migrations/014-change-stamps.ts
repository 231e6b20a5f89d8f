import type { Migration } from './types'

/** The stamp a row changed now gets: above every text revision a reader may already have seen. */
const stamp = (documentId: string): string => `(SELECT text_revision + 1 FROM document WHERE id = ${documentId})`

/** A reader that kept a document at an older revision must read it whole again. */
const reshaped = (documentId: string): string =>
  `UPDATE document SET shape_changed = text_revision + 1 WHERE id = ${documentId};`

/**
 * Change stamps, so that the checks read only the paragraphs and beads that changed since the text
 * revision they last read a document at (the whole document is 25,000 rows at 5,000 paragraphs).
 *
 * A paragraph's text or a bead's sentences or codes changed: the row's `changed` becomes its
 * document's `text_revision + 1`. Sentences stored where there were none do not count: every reader
 * aligned them from the same texts itself (the aligner is deterministic), so nothing it read changed. A row moved or removed (an alignment edit, a new version):
 * the document's `shape_changed` does. A reader that kept a document at revision R reads the rows
 * with `changed > R`, or all of it when `shape_changed > R` or its counts of rows differ (rows
 * added). The stamps live in the database and are written by triggers in the writer's own
 * transaction, so a rolled-back write leaves none and a write by another process (the CLI, a second
 * server on the same data folder) is seen like this one's. Adding rows stamps nothing: an import
 * fires no trigger.
 */
export const migration014: Migration = {
  version: 14,
  name: 'change-stamps',
  up: `
    ALTER TABLE paragraph ADD COLUMN changed INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE bead ADD COLUMN changed INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE document ADD COLUMN shape_changed INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX paragraph_changed ON paragraph(document_id, changed);
    CREATE INDEX bead_changed ON bead(document_id, changed);

    CREATE TRIGGER paragraph_text_changed AFTER UPDATE OF text ON paragraph
      WHEN NEW.text IS NOT OLD.text
    BEGIN
      UPDATE paragraph SET changed = ${stamp('NEW.document_id')} WHERE id = NEW.id;
    END;
    CREATE TRIGGER bead_text_changed AFTER UPDATE OF sentences, codes ON bead
      WHEN (NEW.sentences IS NOT OLD.sentences AND OLD.sentences IS NOT NULL) OR NEW.codes IS NOT OLD.codes
    BEGIN
      UPDATE bead SET changed = ${stamp('NEW.document_id')} WHERE id = NEW.id;
    END;

    CREATE TRIGGER paragraph_moved AFTER UPDATE OF document_id, side, position ON paragraph
    BEGIN
      ${reshaped('OLD.document_id')}
      ${reshaped('NEW.document_id')}
    END;
    CREATE TRIGGER paragraph_removed AFTER DELETE ON paragraph
    BEGIN
      ${reshaped('OLD.document_id')}
    END;
    CREATE TRIGGER bead_moved AFTER UPDATE OF document_id, position ON bead
    BEGIN
      ${reshaped('OLD.document_id')}
      ${reshaped('NEW.document_id')}
    END;
    CREATE TRIGGER bead_removed AFTER DELETE ON bead
    BEGIN
      ${reshaped('OLD.document_id')}
    END;
    CREATE TRIGGER link_moved AFTER UPDATE ON bead_paragraph
    BEGIN
      ${reshaped('(SELECT document_id FROM bead WHERE id = OLD.bead_id)')}
      ${reshaped('(SELECT document_id FROM bead WHERE id = NEW.bead_id)')}
    END;
    CREATE TRIGGER link_removed AFTER DELETE ON bead_paragraph
    BEGIN
      ${reshaped('(SELECT document_id FROM bead WHERE id = OLD.bead_id)')}
    END;
  `
}
