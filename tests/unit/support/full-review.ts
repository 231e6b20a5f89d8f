/**
 * A document with a full review, made through the API: every kind of record Cotejo keeps
 * (corrections, one fixing a finding; an ignored finding; segment statuses; an answered and an open
 * query; approvals and a reopening; a note that came with the file). For round-trip and schema tests.
 */
import type { ApiCall } from './api'

/** A clock that moves a minute per reading, so restored times are told apart from the import's own. */
export function ticking() {
  let t = Date.parse('2026-11-22T10:00:00.000Z')
  return () => new Date((t += 60_000)).toISOString()
}

export const asFile = (name: string, text: string) => ({ name, base64: Buffer.from(text, 'utf8').toString('base64') })

/** A file from another tool: a translator's note on the second unit. */
export const INCOMING = `<?xml version="1.0" encoding="UTF-8"?>
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
export async function fullReview(call: ApiCall): Promise<number> {
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
