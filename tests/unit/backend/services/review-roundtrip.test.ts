import { describe, expect, it } from 'vitest'
import { openServices } from '../../../../src/backend/services/open'
import type { DocumentReview } from '../../../../src/core/domain/review'
import { apiCaller } from '../../support/api'
import { colourCheck } from '../../support/checks'
import { tempDir } from '../../support/fs'
import { asFile, fullReview, INCOMING, ticking } from '../../support/full-review'

/** What a reviewer sees of a document, without the ids a new project renumbers. */
function seen(view: DocumentReview) {
  const { id: _id, projectId: _p, createdAt: _c, updatedAt: _u, origin: _o, ...document } = view.document
  return {
    document,
    source: view.source.map((p) => [p.text, p.originalText]),
    target: view.target.map((p) => [p.text, p.originalText]),
    beads: view.beads.map((b) => ({ status: b.status, source: b.source, target: b.target, notes: b.notes })),
    findings: view.findings.map((f) => [f.key, f.state, f.reason, f.ignoredBy]),
    newSinceApproval: view.newSinceApproval,
    corrections: view.corrections.map(({ id: _i, ...c }) => c),
    queries: view.queries.map(({ id: _i, documentId: _d, ...q }) => q),
    signoffs: view.signoffs.map(({ id: _i, ...s }) => s),
    score: view.score,
    progress: view.progress
  }
}

describe("Cotejo's own XLIFF round trip", () => {
  it.each(['xliff-2.0', 'xliff-1.2'] as const)(
    '%s: a full review comes back whole in a new project, score included',
    async (format) => {
      const services = openServices(tempDir(), { checks: [colourCheck], now: ticking() })
      const call = apiCaller(services.handlers)
      const documentId = await fullReview(call)
      const before = await call('getDocument', { documentId })
      // The review really has every kind of record, so that the comparison below means something.
      expect(before.corrections.map((c) => [c.paragraph, c.severity, c.findingKey !== null])).toEqual([
        [0, 'minor', false],
        [1, 'minor', true]
      ])
      expect(before.findings.map((f) => f.state)).toEqual(['ignored'])
      expect(before.queries.map((q) => q.status)).toEqual(['answered', 'open'])
      expect(before.signoffs.map((s) => s.action)).toEqual(['approve', 'reopen', 'approve'])
      expect(before.beads[1]?.notes.map((n) => n.text)).toEqual(['La fecha la confirmó prensa.'])

      const file = await call('exportDocument', { documentId, format })
      const xml = Buffer.from(file.base64, 'base64').toString('utf8')
      const other = await call('createProject', { name: 'Destino' })
      const back = await call('importBilingual', { projectId: other.id, file: asFile(file.fileName, xml) })
      expect(back.document.status).toBe('approved')
      const after = await call('getDocument', { documentId: back.document.id })
      expect(seen(after)).toEqual(seen(before))
      services.close()
    }
  )

  it('a file from another tool with a Cotejo-looking note keeps it as a note', async () => {
    const services = openServices(tempDir(), { checks: [colourCheck], now: ticking() })
    const call = apiCaller(services.handlers)
    const project = await call('createProject', { name: 'P' })
    const { document } = await call('importBilingual', { projectId: project.id, file: asFile('n.xlf', INCOMING) })
    const file = await call('exportDocument', { documentId: document.id, format: 'xliff-2.0' })
    const edited = Buffer.from(file.base64, 'base64')
      .toString('utf8')
      .replace('prensa.</note>', 'prensa.</note><note>Added in another tool.</note>')
    const back = await call('importBilingual', { projectId: project.id, file: asFile('n.xlf', edited) })
    const view = await call('getDocument', { documentId: back.document.id })
    expect(view.beads[1]?.notes.map((n) => n.text)).toEqual(['La fecha la confirmó prensa.', 'Added in another tool.'])
    services.close()
  })
})

describe('notes that came with a file travel with its exports', () => {
  it('into XLIFF notes (2.0 and 1.2), the CSV table and the review report', async () => {
    const services = openServices(tempDir(), { checks: [colourCheck], now: ticking() })
    const call = apiCaller(services.handlers)
    const project = await call('createProject', { name: 'P' })
    const { document } = await call('importBilingual', { projectId: project.id, file: asFile('n.xlf', INCOMING) })
    const text = async (format: 'xliff-2.0' | 'xliff-1.2' | 'csv' | 'report-html'): Promise<string> =>
      Buffer.from((await call('exportDocument', { documentId: document.id, format })).base64, 'base64').toString('utf8')
    expect(await text('xliff-2.0')).toMatch(/<note[^>]*>La fecha la confirmó prensa\.<\/note>/)
    expect(await text('xliff-1.2')).toContain('<note from="Traductora">La fecha la confirmó prensa.</note>')
    expect(await text('csv')).toContain('La fecha la confirmó prensa.')
    const report = await text('report-html')
    expect(report).toContain('Notes that came with the file (1)')
    expect(report).toMatch(
      /<td>2<\/td>\s*<td>Comment<\/td>\s*<td>Traductora<\/td>\s*<td>La fecha la confirmó prensa\.<\/td>/
    )
    services.close()
  })
})
