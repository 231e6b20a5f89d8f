/** A document's versions: the list, both texts of any one, a segment's change, a version as a file. */
import { z } from 'zod'
import type { DocumentVersionInfo, SegmentChange, VersionTexts } from '../../domain/document'
import type { ExportedFileData } from './exports'
import { id, position } from './shared'

const version = z.number().int().min(1)

export const versionInputs = {
  listVersions: z.object({ documentId: id }),
  getVersionTexts: z.object({ documentId: id, version }),
  /** A segment's text before the last version changed it, beside what it reads now. */
  getSegmentChange: z.object({ documentId: id, segment: position }),
  exportVersion: z.object({ documentId: id, version, format: z.enum(['txt-pair', 'tmx', 'xliff-2.0']) })
} as const

export interface VersionOutputs {
  listVersions: DocumentVersionInfo[]
  getVersionTexts: VersionTexts
  getSegmentChange: SegmentChange | null
  exportVersion: ExportedFileData
}
