import type { ApiHandlers } from '../../shared/api/contract'
import type { Db } from '../db/database'
import { createDocumentStore } from '../store/documents'
import { createProjectStore } from '../store/projects'
import { createRecentStore } from '../store/recent'
import { createSettingsStore } from '../store/settings'
import { systemClock, type Clock } from '../store/time'
import { createImportService, pairByPosition, type Aligner } from './import'

export interface ServiceOptions {
  now?: Clock
  align?: Aligner
}

/**
 * Every API method, implemented over one database. Transport-free: Electron IPC, the browser-mode
 * HTTP server, and tests all call these through `dispatch`.
 */
export function createHandlers(db: Db, options: ServiceOptions = {}): ApiHandlers {
  const now = options.now ?? systemClock
  const projects = createProjectStore(db, now)
  const documents = createDocumentStore(db, now)
  const recent = createRecentStore(db, now)
  const settings = createSettingsStore(db)
  const imports = createImportService({ projects, documents, recent, align: options.align ?? pairByPosition })

  return {
    listProjects: () => projects.list(),
    createProject: ({ name }) => projects.create(name),
    renameProject: ({ projectId, name }) => projects.rename(projectId, name),
    deleteProject: ({ projectId }) => {
      projects.remove(projectId)
      return null
    },
    getProject: ({ projectId }) => ({
      project: projects.get(projectId),
      documents: documents.listByProject(projectId)
    }),
    getDocument: ({ documentId }) => documents.view(documentId),
    deleteDocument: ({ documentId }) => {
      documents.remove(documentId)
      return null
    },
    importCombined: (input) => imports.importCombined(input),
    importPair: (input) => imports.importPair(input),
    importPasted: (input) => imports.importPasted(input),
    listRecentFiles: () => recent.list(),
    getSetting: ({ key }) => settings.get(key),
    setSetting: ({ key, value }) => {
      settings.set(key, value)
      return null
    }
  }
}
