/**
 * The bridge between the sandboxed page and the main process: named API methods only (no raw
 * ipcRenderer, no process.env). Imports only `electron` and types; `satisfies CotejoApi` makes the
 * compiler fail when a method of the contract is missing here or one is added that it lacks.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron'
import type { ApiMethod, CotejoApi } from '../core/api/contract'
import type { CotejoBridge } from './bridge'

function call<M extends ApiMethod>(method: M): CotejoApi[M] {
  return ((input: unknown) => ipcRenderer.invoke(`cotejo:${method}`, input)) as CotejoApi[M]
}

const api = {
  listProjects: call('listProjects'),
  createProject: call('createProject'),
  renameProject: call('renameProject'),
  deleteProject: call('deleteProject'),
  getProject: call('getProject'),
  getDocument: call('getDocument'),
  getDocumentHeader: call('getDocumentHeader'),
  getRowPage: call('getRowPage'),
  getRows: call('getRows'),
  findingsStatus: call('findingsStatus'),
  deleteDocument: call('deleteDocument'),
  renameDocument: call('renameDocument'),
  importCombined: call('importCombined'),
  importPair: call('importPair'),
  importPasted: call('importPasted'),
  importNewVersion: call('importNewVersion'),
  listRecentFiles: call('listRecentFiles'),
  getSettings: call('getSettings'),
  updateSettings: call('updateSettings'),
  listChecks: call('listChecks'),
  checkProgress: call('checkProgress'),
  editTarget: call('editTarget'),
  acceptFinding: call('acceptFinding'),
  ignoreFinding: call('ignoreFinding'),
  unignoreFinding: call('unignoreFinding'),
  previewFixAll: call('previewFixAll'),
  applyFixAll: call('applyFixAll'),
  setSegmentStatus: call('setSegmentStatus'),
  setSegmentsStatus: call('setSegmentsStatus'),
  createQuery: call('createQuery'),
  updateQuery: call('updateQuery'),
  approveDocument: call('approveDocument'),
  reopenDocument: call('reopenDocument'),
  getAuditLog: call('getAuditLog'),
  applyReviewTable: call('applyReviewTable'),
  memoryMatches: call('memoryMatches'),
  searchMemory: call('searchMemory'),
  memoryRenderings: call('memoryRenderings'),
  listVersions: call('listVersions'),
  getVersionTexts: call('getVersionTexts'),
  getSegmentChange: call('getSegmentChange'),
  exportVersion: call('exportVersion'),
  memoryStats: call('memoryStats'),
  importMemoryTmx: call('importMemoryTmx'),
  exportMemoryTmx: call('exportMemoryTmx'),
  importGlossary: call('importGlossary'),
  listGlossary: call('listGlossary'),
  saveGlossaryTerm: call('saveGlossaryTerm'),
  deleteGlossaryTerm: call('deleteGlossaryTerm'),
  exportGlossary: call('exportGlossary'),
  exportDocument: call('exportDocument'),
  exportProject: call('exportProject'),
  editAlignment: call('editAlignment'),
  realignDocument: call('realignDocument'),
  importBilingual: call('importBilingual'),
  importDocxPair: call('importDocxPair')
} satisfies CotejoApi

const bridge: CotejoBridge = {
  api,
  runtime: 'electron',
  // File.path is gone from Electron; the path of a dropped or picked file comes from webUtils.
  pathForFile: (file: File) => webUtils.getPathForFile(file) || null
}

contextBridge.exposeInMainWorld('cotejo', bridge)
