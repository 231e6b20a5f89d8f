/** The approved memory: fuzzy matches for a segment, searching renderings, TMX in and out. */
import { z } from 'zod'
import type { MemoryMatch, MemoryStats, MemoryUnit, RenderingGroup } from '../../domain/memory'
import type { ExportedFileData } from './exports'
import { fileInput, id, languageTag, position } from './shared'

export const memoryInputs = {
  memoryMatches: z.object({ documentId: id, segment: position }),
  searchMemory: z.object({ phrase: z.string().max(200) }),
  /** How a phrase was rendered in the memory: each rendering with its count and dates. */
  memoryRenderings: z.object({ phrase: z.string().max(200) }),
  memoryStats: z.object({}),
  importMemoryTmx: z.object({ file: fileInput }),
  exportMemoryTmx: z.object({ sourceLang: languageTag, targetLang: languageTag })
} as const

export interface MemoryOutputs {
  memoryMatches: MemoryMatch[]
  searchMemory: MemoryUnit[]
  memoryRenderings: RenderingGroup[]
  memoryStats: MemoryStats
  /** How many units were loaded. */
  importMemoryTmx: { imported: number }
  exportMemoryTmx: ExportedFileData
}
