/**
 * A CAT file's inline codes survive Cotejo's own exchange formats: exported as XLIFF 2, XLIFF 1.2 or
 * TMX (as the standard code elements, not private-use characters) and imported again, every
 * segment has the same text and the same codes under the same placeholders.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openServices } from '../../../../src/backend/services/open'
import type { DocumentReview } from '../../../../src/core/domain/review'
import type { ExportFormat } from '../../../../src/core/formats/export-formats'
import { apiCaller } from '../../support/api'
import { tempDir } from '../../support/fs'

const INTEROP = join(import.meta.dirname, '..', '..', '..', '..', '..', 'shared', 'fixtures', 'interop')
const have = existsSync(INTEROP)

/** Files whose segments carry codes of every kind: paired, standalone, target-only, several per segment. */
const FILES = [
  'xliff1/omegat-file-XLIFFFilter-tags.xlf',
  'xliff1/t5-03-across.xlf',
  'sdlxliff/okapi-home_links15990.sdlxliff',
  'mqxliff/disfr-ChangeTracking_memoQ_1.mqxliff',
  'xliff2/oasis21-everything-core.xlf',
  'xliff2/oasis22-withReorderedCodes.xlf',
  'tmx/omegat-ImportTest2A.tmx'
].filter((f) => have && existsSync(join(INTEROP, f)))

const FORMATS: ExportFormat[] = ['xliff-2.0', 'xliff-1.2', 'tmx']

/** Each segment as the reviewer sees it: its texts and the codes they hold. */
function segments(review: DocumentReview) {
  return review.beads
    .map((b) => {
      // Whitespace around a paragraph is not what this test is about (re-import trims it).
      const text = (side: 'source' | 'target') => b[side].map((p) => (review[side][p]?.text ?? '').trim()).join('\n\n')
      const source = text('source')
      const target = text('target')
      const used = new Set([...(source + target)].map((c) => c.charCodeAt(0) - 0xe000))
      const codes = (b.codes ?? [])
        .filter((c) => used.has(c.k))
        .map(({ k, kind, xml }) => ({ k, kind, xml }))
        .sort((a, b) => a.k - b.k)
      return { source, target, codes }
    })
    .filter((s) => s.source.trim() !== '' && s.target.trim() !== '')
}

describe.skipIf(FILES.length === 0)('inline codes through Cotejo XLIFF and TMX', () => {
  it.each(FILES.flatMap((f) => FORMATS.map((format) => [f, format] as const)))(
    '%s as %s and back',
    async (path, format) => {
      const services = openServices(tempDir(), { now: () => '2026-12-07T10:00:00.000Z' })
      const call = apiCaller(services.handlers)
      const project = await call('createProject', { name: 'Codes' })
      const name = path.split('/').at(-1) ?? path
      const base64 = readFileSync(join(INTEROP, path)).toString('base64')
      const { document } = await call('importBilingual', { projectId: project.id, file: { name, base64 } })
      const before = await call('getDocument', { documentId: document.id })
      expect(before.beads.some((b) => (b.codes ?? []).length > 0)).toBe(true)

      const out = await call('exportDocument', { documentId: document.id, format, options: { tmxUnits: 'all' } })
      const written = Buffer.from(out.base64, 'base64').toString('utf8')
      expect(segmentContents(written).filter((c) => /[\ue000-\uf8ff]/u.test(c))).toEqual([])
      if (segments(before).some((s) => s.codes.length > 0))
        expect(written).toMatch(format === 'xliff-2.0' ? /<(ph|sc|ec) / : /<(ph|bpt|ept|it) /)

      const again = await call('importBilingual', {
        projectId: project.id,
        file: { name: out.fileName, base64: out.base64 }
      })
      const after = await call('getDocument', { documentId: again.document.id })
      expect(segments(after)).toEqual(segments(before))
      services.close()
    }
  )
})

/** The content of every source, target and TMX seg element of a written file. */
function segmentContents(xml: string): string[] {
  return [...xml.matchAll(/<(source|target|seg)\b[^>]*>([\s\S]*?)<\/\1>/gu)].map((m) => m[2] ?? '')
}
