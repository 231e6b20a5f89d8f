/** Projects and the recent-files list. */
import { z } from 'zod'
import type { ProjectSummary, RecentFile } from '../../domain/document'
import type { ProjectDetail } from '../../domain/review'
import { id, name } from './shared'

export const projectInputs = {
  listProjects: z.object({}),
  createProject: z.object({ name }),
  renameProject: z.object({ projectId: id, name }),
  deleteProject: z.object({ projectId: id }),
  getProject: z.object({ projectId: id }),
  listRecentFiles: z.object({})
} as const

export interface ProjectOutputs {
  listProjects: ProjectSummary[]
  createProject: ProjectSummary
  renameProject: ProjectSummary
  deleteProject: null
  getProject: ProjectDetail
  listRecentFiles: RecentFile[]
}
