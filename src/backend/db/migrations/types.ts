/** One numbered schema step. `up` is SQL run inside the migration transaction. */
export interface Migration {
  version: number
  name: string
  up: string
  /**
   * The step rebuilds a table that others reference (SQLite changes a CHECK only by copying the
   * table): foreign keys are off while it runs, or dropping the old table would cascade-delete every
   * child row, and `PRAGMA foreign_key_check` must find nothing dangling before the run commits.
   */
  foreignKeysOff?: true
}
