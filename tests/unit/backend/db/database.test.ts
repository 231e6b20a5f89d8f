import Database from 'better-sqlite3'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { migrate, openDatabase, schemaVersion } from '../../../../src/backend/db/database'
import { LATEST_VERSION, MIGRATIONS } from '../../../../src/backend/db/migrations'
import { AppError } from '../../../../src/core/api/result'
import { tempDir } from '../../support/fs'

describe('openDatabase', () => {
  it("counts a document's segments by status from an index, not by reading every bead", () => {
    const db = openDatabase(join(tempDir(), 'i.sqlite'))
    const plan = db
      .prepare<[], { detail: string }>(
        'EXPLAIN QUERY PLAN SELECT status, COUNT(*) AS n FROM bead WHERE document_id = 1 GROUP BY status'
      )
      .all()
    expect(plan.map((p) => p.detail).join(' | ')).toMatch(/USING COVERING INDEX bead_status/)
    db.close()
  })
  it('uses WAL, foreign keys, records user_version and creates STRICT tables', () => {
    const file = join(tempDir(), 'c.sqlite')
    const db = openDatabase(file)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(schemaVersion(db)).toBe(LATEST_VERSION)
    const tables = db
      .prepare<[], { name: string; strict: number }>(
        // Ordinary tables; the memory's full-text index is a virtual table with shadow tables of its own.
        "SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'"
      )
      .all()
    expect(tables.map((t) => t.name).sort()).toEqual([
      'audit_log',
      'bead',
      'bead_note',
      'bead_paragraph',
      'correction',
      'document',
      'document_version',
      'finding_state',
      'glossary_entry',
      'ignore_rule',
      'memory_unit',
      'original_file',
      'paragraph',
      'project',
      'recent_file',
      'setting',
      'signoff',
      'source_query'
    ])
    expect(tables.every((t) => t.strict === 1)).toBe(true)
    db.close()
  })

  it('is idempotent: reopening an up-to-date database changes nothing', () => {
    const file = join(tempDir(), 'c.sqlite')
    openDatabase(file).prepare("INSERT INTO project (name, created_at, updated_at) VALUES ('P', 't', 't')").run()
    const db = openDatabase(file)
    expect(db.prepare('SELECT COUNT(*) AS n FROM project').get()).toEqual({ n: 1 })
    db.close()
  })

  it('refuses a database written by a newer version, with a clear message, and leaves it untouched', () => {
    const file = join(tempDir(), 'c.sqlite')
    const raw = new Database(file)
    raw.pragma(`user_version = ${LATEST_VERSION + 1}`)
    raw.close()
    let error: unknown
    try {
      openDatabase(file)
    } catch (err) {
      error = err
    }
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).code).toBe('db.newerVersion')
    expect((error as AppError).message).toMatch(/newer version of Cotejo/)
    const check = new Database(file)
    expect(check.pragma('user_version', { simple: true })).toBe(LATEST_VERSION + 1)
    check.close()
  })

  it('rolls back every step of a failed migration run', () => {
    const db = new Database(join(tempDir(), 'c.sqlite'))
    const broken = [
      ...MIGRATIONS,
      {
        version: MIGRATIONS.length + 1,
        name: 'broken',
        up: 'CREATE TABLE x (a TEXT) STRICT; SELECT nope FROM nowhere;'
      }
    ]
    expect(() => migrate(db, broken)).toThrow()
    expect(schemaVersion(db)).toBe(0)
    expect(db.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table'").get()).toEqual({ n: 0 })
    db.close()
  })

  it('rejects a migration list with gaps', () => {
    const db = new Database(':memory:')
    expect(() => migrate(db, [{ ...MIGRATIONS[0]!, version: 2 }])).toThrow(/expected 1/)
    db.close()
  })
})

describe('migration 001 (initial schema)', () => {
  function fresh(): Database.Database {
    const db = new Database(':memory:')
    db.pragma('foreign_keys = ON')
    migrate(db, MIGRATIONS.slice(0, 1))
    return db
  }

  it('holds a document whose beads link any number of paragraphs per side', () => {
    const db = fresh()
    db.exec(`
      INSERT INTO project (id, name, created_at, updated_at) VALUES (1, 'P', 't', 't');
      INSERT INTO document (id, project_id, name, source_lang, target_lang, origin, created_at, updated_at)
        VALUES (1, 1, 'D', 'es', 'en', 'pair', 't', 't');
      INSERT INTO paragraph (id, document_id, side, position, text) VALUES
        (1, 1, 'source', 0, 'Uno.'), (2, 1, 'source', 1, 'Dos.'), (3, 1, 'target', 0, 'One. Two.'), (4, 1, 'source', 2, 'Tres.');
      INSERT INTO bead (id, document_id, position, origin) VALUES (1, 1, 0, 'auto'), (2, 1, 1, 'auto');
      INSERT INTO bead_paragraph (bead_id, paragraph_id) VALUES (1, 1), (1, 2), (1, 3), (2, 4);
    `)
    const rows = db
      .prepare(
        'SELECT b.position, p.side, COUNT(*) AS n FROM bead b JOIN bead_paragraph bp ON bp.bead_id = b.id JOIN paragraph p ON p.id = bp.paragraph_id GROUP BY b.position, p.side ORDER BY b.position, p.side'
      )
      .all()
    expect(rows).toEqual([
      { position: 0, side: 'source', n: 2 },
      { position: 0, side: 'target', n: 1 },
      { position: 1, side: 'source', n: 1 }
    ])
    db.close()
  })

  it('enforces types, sides, one bead per paragraph and cascading deletes', () => {
    const db = fresh()
    db.exec(`
      INSERT INTO project (id, name, created_at, updated_at) VALUES (1, 'P', 't', 't');
      INSERT INTO document (id, project_id, name, source_lang, target_lang, origin, created_at, updated_at)
        VALUES (1, 1, 'D', 'es', 'en', 'pair', 't', 't');
      INSERT INTO paragraph (id, document_id, side, position, text) VALUES (1, 1, 'source', 0, 'Uno.');
      INSERT INTO bead (id, document_id, position, origin) VALUES (1, 1, 0, 'auto'), (2, 1, 1, 'auto');
      INSERT INTO bead_paragraph (bead_id, paragraph_id) VALUES (1, 1);
    `)
    expect(() =>
      db.exec("INSERT INTO paragraph (document_id, side, position, text) VALUES (1, 'middle', 1, 'x')")
    ).toThrow()
    expect(() =>
      db.exec("INSERT INTO paragraph (document_id, side, position, text) VALUES (1, 'source', 'one', 'x')")
    ).toThrow()
    expect(() => db.exec('INSERT INTO bead_paragraph (bead_id, paragraph_id) VALUES (2, 1)')).toThrow(/UNIQUE/)
    expect(() =>
      db.exec(
        "INSERT INTO document (project_id, name, source_lang, target_lang, origin, created_at, updated_at) VALUES (99, 'D', 'es', 'en', 'pair', 't', 't')"
      )
    ).toThrow(/FOREIGN KEY/)
    db.exec('DELETE FROM project WHERE id = 1')
    for (const table of ['document', 'paragraph', 'bead', 'bead_paragraph']) {
      expect(db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get()).toEqual({ n: 0 })
    }
    db.close()
  })
})

describe('migration 002 (review)', () => {
  it('keeps version-1 data: current text becomes the original, beads start untouched', () => {
    const db = new Database(':memory:')
    db.pragma('foreign_keys = ON')
    migrate(db, MIGRATIONS.slice(0, 1))
    db.exec(`
      INSERT INTO project (id, name, created_at, updated_at) VALUES (1, 'P', 't', 't');
      INSERT INTO document (id, project_id, name, source_lang, target_lang, origin, created_at, updated_at)
        VALUES (1, 1, 'D', 'es', 'en', 'pair', 't', 't');
      INSERT INTO paragraph (id, document_id, side, position, text) VALUES (1, 1, 'target', 0, 'Hello.');
      INSERT INTO bead (id, document_id, position, origin) VALUES (1, 1, 0, 'position');
    `)
    migrate(db, MIGRATIONS.slice(0, 2))
    expect(schemaVersion(db)).toBe(2)
    expect(db.prepare('SELECT text, original_text FROM paragraph').get()).toEqual({
      text: 'Hello.',
      original_text: 'Hello.'
    })
    expect(db.prepare('SELECT status FROM bead').get()).toEqual({ status: 'untouched' })
    expect(() => db.exec("UPDATE bead SET status = 'done'")).toThrow(/CHECK/)
    expect(() =>
      db.exec(
        "INSERT INTO correction (paragraph_id, before_text, after_text, reviewer, severity, created_at) VALUES (1, 'a', 'b', 'r', 'huge', 't')"
      )
    ).toThrow(/CHECK/)
    db.close()
  })
})

describe('migration 003 (notes)', () => {
  it('adds notes per bead, removed with their bead', () => {
    const db = new Database(':memory:')
    db.pragma('foreign_keys = ON')
    migrate(db, MIGRATIONS.slice(0, 2))
    db.exec(`
      INSERT INTO project (id, name, created_at, updated_at) VALUES (1, 'P', 't', 't');
      INSERT INTO document (id, project_id, name, source_lang, target_lang, origin, created_at, updated_at)
        VALUES (1, 1, 'D', 'es', 'en', 'xliff', 't', 't');
      INSERT INTO bead (id, document_id, position, origin) VALUES (1, 1, 0, 'manual');
    `)
    migrate(db, MIGRATIONS.slice(0, 3))
    expect(schemaVersion(db)).toBe(3)
    db.exec("INSERT INTO bead_note (bead_id, kind, text) VALUES (1, 'comment', 'Revisar')")
    expect(() => db.exec("INSERT INTO bead_note (bead_id, kind, text) VALUES (1, 'rumour', 'x')")).toThrow(/CHECK/)
    db.exec('DELETE FROM bead')
    expect(db.prepare('SELECT COUNT(*) AS n FROM bead_note').get()).toEqual({ n: 0 })
    db.close()
  })
})

describe('migration 005 (sign-off override, actor role)', () => {
  it('keeps earlier sign-offs and audit rows, with no override and no role recorded', () => {
    const db = new Database(':memory:')
    db.pragma('foreign_keys = ON')
    migrate(db, MIGRATIONS.slice(0, 4))
    db.exec(`
      INSERT INTO project (id, name, created_at, updated_at) VALUES (1, 'P', 't', 't');
      INSERT INTO document (id, project_id, name, source_lang, target_lang, origin, created_at, updated_at)
        VALUES (1, 1, 'D', 'es', 'en', 'pair', 't', 't');
      INSERT INTO signoff (document_id, action, name, role, note, created_at) VALUES (1, 'approve', 'Marta', 'communications', NULL, 't');
      INSERT INTO audit_log (document_id, project_id, action, actor, created_at) VALUES (1, 1, 'approve', 'Marta', 't');
    `)
    migrate(db, MIGRATIONS.slice(0, 5))
    expect(schemaVersion(db)).toBe(5)
    expect(db.prepare('SELECT name, override_reason FROM signoff').get()).toEqual({
      name: 'Marta',
      override_reason: null
    })
    expect(db.prepare('SELECT actor, actor_role FROM audit_log').get()).toEqual({ actor: 'Marta', actor_role: null })
    db.close()
  })
})

describe('migration 008 (language tags, inline codes)', () => {
  /** Every table that references a document, with one row each, in a version-7 database file. */
  function version7(): Database.Database {
    const db = new Database(join(tempDir(), 'v7.sqlite'))
    db.pragma('foreign_keys = ON')
    migrate(db, MIGRATIONS.slice(0, 7))
    db.exec(`
      INSERT INTO project (id, name, created_at, updated_at) VALUES (1, 'P', 't', 't');
      INSERT INTO document (id, project_id, name, source_lang, target_lang, origin, status, source_file, created_at, updated_at, text_revision)
        VALUES (1, 1, 'D', 'es', 'en', 'pair', 'approved', 'a.docx', 't1', 't2', 3), (2, 1, 'E', 'en', 'es', 'paste', 'in_review', NULL, 't', 't', 0);
      INSERT INTO paragraph (id, document_id, side, position, text, original_text) VALUES
        (1, 1, 'source', 0, 'Uno.', 'Uno.'), (2, 1, 'target', 0, 'One!', 'One.');
      INSERT INTO bead (id, document_id, position, origin, status, sentences) VALUES (1, 1, 0, 'auto', 'reviewed', '{"source":[],"target":[],"links":[]}');
      INSERT INTO bead_paragraph (bead_id, paragraph_id) VALUES (1, 1), (1, 2);
      INSERT INTO bead_note (bead_id, kind, text) VALUES (1, 'comment', 'Ojo');
      INSERT INTO correction (paragraph_id, before_text, after_text, reviewer, created_at) VALUES (2, 'One.', 'One!', 'Marta', 't');
      INSERT INTO finding_state (document_id, finding_key, state, reviewer, updated_at) VALUES (1, 'k', 'ignored', 'Marta', 't');
      INSERT INTO source_query (document_id, bead_position, source_text, question, author, created_at, updated_at) VALUES (1, 0, 'Uno.', '¿?', 'Marta', 't', 't');
      INSERT INTO signoff (document_id, action, name, role, created_at, finding_keys) VALUES (1, 'approve', 'Marta', 'editor', 't', '[]');
      INSERT INTO audit_log (document_id, project_id, action, actor, created_at) VALUES (1, 1, 'approve', 'Marta', 't');
      INSERT INTO recent_file (name, kind, document_id, project_id, opened_at) VALUES ('a.docx', 'source', 1, 1, 't');
    `)
    return db
  }

  const CHILDREN = [
    'paragraph',
    'bead',
    'bead_paragraph',
    'bead_note',
    'correction',
    'finding_state',
    'source_query',
    'signoff',
    'audit_log',
    'recent_file'
  ]
  const counts = (db: Database.Database): Record<string, number> =>
    Object.fromEntries(
      CHILDREN.map((t) => [t, (db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n])
    )

  it('keeps every document and every row that hangs from one, and foreign keys stay on', () => {
    const db = version7()
    const before = counts(db)
    const documents = db.prepare('SELECT * FROM document ORDER BY id').all()
    migrate(db)
    expect(schemaVersion(db)).toBe(LATEST_VERSION)
    expect(counts(db)).toEqual(before)
    expect(Object.values(before).every((n) => n > 0)).toBe(true)
    // Later migrations add columns (014: no reshaping seen yet).
    expect(db.prepare('SELECT * FROM document ORDER BY id').all()).toEqual(
      documents.map((d) => ({ ...(d as object), shape_changed: 0 }))
    )
    expect(db.prepare('SELECT document_id FROM recent_file').get()).toEqual({ document_id: 1 })
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.pragma('foreign_key_check')).toEqual([])
    expect(db.prepare("SELECT strict FROM pragma_table_list WHERE name = 'document'").get()).toEqual({ strict: 1 })
    // The children still reference the rebuilt table: deleting a document takes its rows with it.
    db.prepare('DELETE FROM document WHERE id = 1').run()
    expect(counts(db)).toEqual({ ...Object.fromEntries(CHILDREN.map((t) => [t, 0])), audit_log: 0, recent_file: 1 })
    db.close()
  })

  it('accepts any well-formed language tag and still refuses what is not one', () => {
    const db = version7()
    migrate(db)
    const insert = (source: string, target: string): void => {
      db.prepare(
        `INSERT INTO document (project_id, name, source_lang, target_lang, origin, created_at, updated_at)
         VALUES (1, 'X', ?, ?, 'xliff', 't', 't')`
      ).run(source, target)
    }
    expect(() => insert('en-US', 'nl-NL')).not.toThrow()
    expect(() => insert('zh-Hant-TW', 'es-419')).not.toThrow()
    for (const bad of ['', 'e', 'en_US', 'en-', 'en--US', '1en', 'en US', 'x'.repeat(36)])
      expect(() => insert('en', bad), bad).toThrow(/CHECK constraint/)
    db.close()
  })

  it('gives beads a codes column that holds JSON or nothing', () => {
    const db = version7()
    migrate(db)
    expect(db.prepare('SELECT codes FROM bead').get()).toEqual({ codes: null })
    db.prepare('UPDATE bead SET codes = ? WHERE id = 1').run(
      '[{"k":0,"kind":"standalone","id":"1","label":"x1","xml":"<x/>"}]'
    )
    expect(() => db.prepare("UPDATE bead SET codes = 'not json' WHERE id = 1").run()).toThrow(/CHECK constraint/)
    db.close()
  })

  it('rolls back a rebuild that would leave rows pointing nowhere, foreign keys on again', () => {
    const db = version7()
    const dangling = {
      version: 8,
      name: 'dangling',
      foreignKeysOff: true as const,
      up: 'DELETE FROM project;'
    }
    expect(() => migrate(db, [...MIGRATIONS.slice(0, 7), dangling])).toThrow(/referencing missing rows/)
    expect(schemaVersion(db)).toBe(7)
    expect(db.prepare('SELECT COUNT(*) AS n FROM project').get()).toEqual({ n: 1 })
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    db.close()
  })
})

describe('migration 012 (versions)', () => {
  it('keeps beads as they were, unchanged and with nothing not taken, and versions go with their document', () => {
    const db = new Database(':memory:')
    db.pragma('foreign_keys = ON')
    migrate(db, MIGRATIONS.slice(0, 11))
    db.exec(`
      INSERT INTO project (id, name, created_at, updated_at) VALUES (1, 'P', 't', 't');
      INSERT INTO document (id, project_id, name, source_lang, target_lang, origin, created_at, updated_at)
        VALUES (1, 1, 'D', 'es', 'en', 'pair', 't', 't');
      INSERT INTO bead (id, document_id, position, origin, status) VALUES (1, 1, 0, 'auto', 'reviewed');
    `)
    migrate(db)
    expect(schemaVersion(db)).toBe(LATEST_VERSION)
    expect(db.prepare('SELECT status, changed_in_version, not_taken FROM bead').get()).toEqual({
      status: 'reviewed',
      changed_in_version: 0,
      not_taken: null
    })
    db.exec(`INSERT INTO document_version (document_id, side, texts, original_texts, imported_by, imported_at)
      VALUES (1, 'target', '["a"]', '["a"]', 'Ana', 't')`)
    expect(() => db.exec('UPDATE bead SET changed_in_version = 2')).toThrow(/CHECK/)
    db.exec('DELETE FROM document')
    expect(db.prepare('SELECT COUNT(*) AS n FROM document_version').get()).toEqual({ n: 0 })
    db.close()
  })
})

describe('migration 013 (rejected status)', () => {
  it('keeps every bead with its columns, notes and paragraphs, and accepts rejected', () => {
    const db = new Database(join(tempDir(), 'v12.sqlite'))
    db.pragma('foreign_keys = ON')
    migrate(db, MIGRATIONS.slice(0, 12))
    db.exec(`
      INSERT INTO project (id, name, created_at, updated_at) VALUES (1, 'P', 't', 't');
      INSERT INTO document (id, project_id, name, source_lang, target_lang, origin, created_at, updated_at)
        VALUES (1, 1, 'D', 'es', 'en', 'xliff', 't', 't');
      INSERT INTO paragraph (id, document_id, side, position, text, original_text) VALUES
        (1, 1, 'source', 0, 'Uno.', 'Uno.'), (2, 1, 'target', 0, 'One.', 'One.'), (3, 1, 'source', 1, 'Dos.', 'Dos.');
      INSERT INTO bead (id, document_id, position, origin, confidence, status, sentences, codes, changed_in_version, not_taken)
        VALUES (7, 1, 0, 'manual', 0.5, 'approved', '{"source":[],"target":[],"links":[]}', '[]', 1, '[{"before":"a","after":"b"}]'),
               (9, 1, 1, 'auto', NULL, 'untouched', NULL, NULL, 0, NULL);
      INSERT INTO bead_paragraph (bead_id, paragraph_id) VALUES (7, 1), (7, 2), (9, 3);
      INSERT INTO bead_note (bead_id, kind, text, author, category) VALUES (7, 'comment', 'Ojo', 'Ana', NULL);
    `)
    expect(() => db.exec("UPDATE bead SET status = 'rejected' WHERE id = 9")).toThrow(/CHECK constraint/)
    const beads = db.prepare('SELECT * FROM bead ORDER BY id').all()
    migrate(db)
    expect(schemaVersion(db)).toBe(LATEST_VERSION)
    expect(db.prepare('SELECT * FROM bead ORDER BY id').all()).toEqual(
      beads.map((b) => ({ ...(b as object), changed: 0 }))
    )
    expect(db.prepare('SELECT COUNT(*) AS n FROM bead_paragraph').get()).toEqual({ n: 3 })
    expect(db.prepare('SELECT bead_id, text FROM bead_note').all()).toEqual([{ bead_id: 7, text: 'Ojo' }])
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.pragma('foreign_key_check')).toEqual([])
    expect(db.prepare("SELECT strict FROM pragma_table_list WHERE name = 'bead'").get()).toEqual({ strict: 1 })

    db.exec("UPDATE bead SET status = 'rejected' WHERE id = 9")
    expect(db.prepare('SELECT status FROM bead WHERE id = 9').get()).toEqual({ status: 'rejected' })
    expect(() => db.exec("UPDATE bead SET status = 'refused' WHERE id = 9")).toThrow(/CHECK constraint/)
    // Still one bead per position, and the rebuilt table's children still cascade with it.
    expect(() => db.exec("INSERT INTO bead (document_id, position, origin) VALUES (1, 1, 'auto')")).toThrow(
      /UNIQUE constraint/
    )
    db.exec('DELETE FROM document WHERE id = 1')
    expect(
      db.prepare('SELECT (SELECT COUNT(*) FROM bead_paragraph) + (SELECT COUNT(*) FROM bead_note) AS n').get()
    ).toEqual({
      n: 0
    })
    db.close()
  })
})
