import { describe, expect, it } from 'vitest'
import { openServices } from '../../../../src/backend/services/open'
import type { DocumentReview } from '../../../../src/core/domain/review'
import { apiCaller, type ApiCall } from '../../support/api'
import { colourCheck } from '../../support/checks'
import { tempDir } from '../../support/fs'

/** A clock that moves a minute per reading, so restored times are told apart from the import's own. */
function ticking() {
  let t = Date.parse('2026-11-22T10:00:00.000Z')
  return () => new Date((t += 60_000)).toISOString()
}

const asFile = (name: string, text: string) => ({ name, base64: Buffer.from(text, 'utf8').toString('base64') })

/** A file from another tool: a translator's note on the second unit. */
const INCOMING = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="nota" source-language="es" target-language="en" datatype="plaintext"><body>
    <trans-unit id="a"><source>El color del logo.</source><target>The colour of the logo.</target></trans-unit>
    <trans-unit id="b"><source>Otro color nuevo.</source><target>Another new colour.</target>
      <note from="Traductora" priority="2">La fecha la confirmó prensa.</note></trans-unit>
    <trans-unit id="c"><source>Añadió: «sí».</source><target>He added: “yes”.</target></trans-unit>
    <trans-unit id="d"><source>Un color más.</source><target>One more colour.</target></trans-unit>
  </body></file>
</xliff>`

/** Every kind of review record: corrections (one fixing a finding), an ignored finding, statuses, queries, sign-offs. */
async function fullReview(call: ApiCall): Promise<number> {
  const project = await call('createProject', { name: 'Origen' })
  const { document } = await call('importBilingual', { projectId: project.id, file: asFile('nota.xlf', INCOMING) })
  const documentId = document.id
  await call('updateSettings', { reviewerName: 'Ana Quispe' })
  await call('editTarget', {
    documentId,
    paragraph: 0,
    text: 'The color of the logo.',
    category: 'linguistic-conventions/spelling',
    severity: 'minor',
    comment: 'US spelling; see style guide §2'
  })
  const findings = (await call('getDocument', { documentId })).findings
  const key = (segment: number): string => findings.find((f) => f.segment === segment)?.key ?? ''
  await call('acceptFinding', { documentId, key: key(1) })
  await call('ignoreFinding', { documentId, key: key(3), reason: 'Quoted from a British source', scope: 'document' })
  await call('setSegmentStatus', { documentId, segment: 0, status: 'reviewed' })
  await call('setSegmentStatus', { documentId, segment: 1, status: 'approved' })
  const answered = await call('createQuery', {
    documentId,
    segment: 2,
    question: '¿Comillas correctas?',
    findingKey: null
  })
  await call('updateQuery', { queryId: answered.id, status: 'answered', answer: 'Sí, las inglesas.' })
  await call('createQuery', { documentId, segment: 3, question: '¿«Un color más» o «otro color»?', findingKey: null })
  await call('updateSettings', { reviewerName: 'Rosa Díaz', reviewerRole: 'communications' })
  await call('approveDocument', { documentId, note: 'First pass', override: 'Author answers by phone' })
  await call('reopenDocument', { documentId, note: 'One more question' })
  await call('approveDocument', { documentId, note: null, override: 'Still waiting; published anyway' })
  return documentId
}

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
