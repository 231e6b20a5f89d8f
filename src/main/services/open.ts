import { mkdirSync } from 'node:fs'
import type { ApiHandlers } from '../../shared/api/contract'
import { openDatabase, type Db } from '../db/database'
import { databasePath } from '../paths'
import { createHandlers, type ServiceOptions } from './handlers'

export interface Services {
  db: Db
  handlers: ApiHandlers
  dataDir: string
  close(): void
}

/** Opens the data folder's database and builds the API handlers over it. */
export function openServices(dataDir: string, options: ServiceOptions = {}): Services {
  mkdirSync(dataDir, { recursive: true })
  const db = openDatabase(databasePath(dataDir))
  return { db, handlers: createHandlers(db, options), dataDir, close: () => db.close() }
}
