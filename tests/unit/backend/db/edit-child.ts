/**
 * Child process of the shared-data-folder test: opens the services on a data folder another
 * process is writing too, makes `count` edits and status changes, and prints what failed.
 */
import { openServices } from '../../../../src/backend/services/open'
import { apiCaller, ApiCallError } from '../../support/api'

const [dataDir, documentId, paragraphs, count, tag] = process.argv.slice(2) as [string, string, string, string, string]
const services = openServices(dataDir, { checks: [] })
const call = apiCaller(services.handlers)
const failures: string[] = []
for (let i = 0; i < Number(count); i++) {
  const paragraph = i % Number(paragraphs)
  try {
    await call('editTarget', {
      documentId: Number(documentId),
      paragraph,
      text: `Edit ${tag} ${i} of paragraph ${paragraph}.`,
      category: 'accuracy/mistranslation',
      severity: 'minor'
    })
    await call('setSegmentStatus', { documentId: Number(documentId), segment: paragraph, status: 'reviewed' })
  } catch (err) {
    failures.push(err instanceof ApiCallError ? `${err.code}: ${err.message}` : String(err))
  }
}
services.close()
process.stdout.write(JSON.stringify({ failures }))
