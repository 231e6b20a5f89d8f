import type { Migration } from './types'

/**
 * The file a CAT document came from, kept whole so it can be written back in its own format with
 * only the reviewed targets changed: its text as decoded, the encoding to write it in again, and
 * the CAT segment each bead stands for (the bead's position indexes `segment_keys`; such documents
 * keep the file's segmentation, so positions do not move).
 */
export const migration008: Migration = {
  version: 8,
  name: 'original-file',
  up: `
    CREATE TABLE original_file (
      document_id INTEGER PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,
      format TEXT NOT NULL,
      file_name TEXT NOT NULL,
      encoding TEXT NOT NULL,
      content TEXT NOT NULL,
      target_lang TEXT,
      segment_keys TEXT NOT NULL CHECK (json_valid(segment_keys))
    ) STRICT;
  `
}
