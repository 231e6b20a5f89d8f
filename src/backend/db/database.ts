import Database from 'better-sqlite3'
import { AppError } from '../../core/api/result'
import { MIGRATIONS } from './migrations'
import type { Migration } from './migrations/types'

export type Db = Database.Database

/** Opens (creating if needed) the database file, sets pragmas once and brings the schema up to date. */
export function openDatabase(file: string, migrations: readonly Migration[] = MIGRATIONS): Db {
  const db = new Database(file)
  try {
    db.pragma('journal_mode = WAL')
    db.pragma('foreign_keys = ON')
    // FULL: a committed correction or sign-off survives a power cut too, not only a crash (NORMAL in WAL
    // mode may lose the last transactions then). It costs about 0.1 ms an edit (npm run bench:durability).
    db.pragma('synchronous = FULL')
    db.pragma('busy_timeout = 5000')
    migrate(db, migrations)
    return db
  } catch (err) {
    db.close()
    throw err
  }
}

/**
 * `fn` as one transaction that takes the write lock at BEGIN (IMMEDIATE). A deferred transaction
 * that reads first and writes later fails at once with "database is locked" when another process on
 * the same data folder (the app, browser mode, the CLI) wrote meanwhile; an immediate one waits for
 * the lock (busy_timeout) instead.
 */
export function writeTransaction<F extends (...args: never[]) => unknown>(db: Db, fn: F): F {
  return db.transaction(fn).immediate as unknown as F
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number
}

/**
 * Runs the pending migrations in one transaction and records `user_version`. A database written by
 * a newer Cotejo is refused: migrating it down could lose the reviewer's work.
 */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration ${m.name} has version ${m.version}, expected ${i + 1}`)
  })
  const current = schemaVersion(db)
  const latest = migrations.length
  if (current > latest) {
    throw new AppError(
      'db.newerVersion',
      `This database was written by a newer version of Cotejo (schema ${current}; this version knows ${latest}). Update Cotejo or choose another data folder.`,
      { found: current, supported: latest }
    )
  }
  if (current === latest) return
  const pending = migrations.slice(current)
  // The pragma is a no-op inside a transaction: it is switched around it, and back whatever happens.
  const keysOff = pending.some((m) => m.foreignKeysOff) && db.pragma('foreign_keys', { simple: true }) === 1
  if (keysOff) db.pragma('foreign_keys = OFF')
  try {
    db.transaction(() => {
      for (const m of pending) db.exec(m.up)
      if (keysOff) assertForeignKeys(db)
      db.pragma(`user_version = ${latest}`)
    }).immediate()
  } finally {
    if (keysOff) db.pragma('foreign_keys = ON')
  }
}

/** Throws (rolling the migration back) when a row references one that is not there. */
function assertForeignKeys(db: Db): void {
  const broken = db.pragma('foreign_key_check') as Array<{ table: string; rowid: number; parent: string }>
  const first = broken[0]
  if (first)
    throw new Error(
      `Migration left ${broken.length} rows referencing missing rows (first: ${first.table} row ${first.rowid} → ${first.parent})`
    )
}
