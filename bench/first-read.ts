/**
 * The first reading of a 5,000-unit XLIFF document just imported, through the browser mode's HTTP
 * API, and the slowest answer another client got meanwhile (issue 21: the server answers other
 * requests within 200 ms while any input is processed). The units are distinct real paragraph
 * pairs of ../shared/bench/align-dev. A file's units come without a sentence alignment; the
 * import aligns their sentences on the read worker, so the first reading does not. The first
 * reading is the review screen's (its header and first page of rows), then the whole document's.
 *
 *   npm run bench:first-read
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writeBilingual } from '../src/backend/formats'
import { call, startServer, stopServer, timedWithOthers } from './lib/browser-server'
import { realPairs } from './lib/cli-speed'

const UNITS = 5000
const alignDev = join(import.meta.dirname, '..', '..', 'shared', 'bench', 'align-dev')

const units = realPairs(alignDev, UNITS).pairs.map((p, i) => ({
  id: String(i + 1),
  source: p.source,
  target: p.target,
  state: 'translated' as const,
  notes: []
}))
const xliff = await writeBilingual('xliff-2.0', { name: 'bench', sourceLang: 'es', targetLang: 'en', units })
const dir = mkdtempSync(join(tmpdir(), 'cotejo-first-read-'))
const server = await startServer(dir)
try {
  const { id: projectId } = await call<{ id: number }>(server, 'createProject', { name: 'bench' })
  const file = { name: 'bench.xlf', base64: Buffer.from(xliff).toString('base64') }
  let documentId = 0
  const { ms: importMs, slowest: duringImport } = await timedWithOthers(server, async () => {
    documentId = (await call<{ document: { id: number } }>(server, 'importBilingual', { projectId, file })).document.id
  })
  console.log(`XLIFF 2.0, ${units.length.toLocaleString('en')} units, ${(xliff.length / 1e6).toFixed(1)} MB`)
  console.log(
    `  import            ${importMs.toFixed(0)} ms; slowest listProjects meanwhile ${duringImport.toFixed(0)} ms`
  )
  // What the review screen reads on opening (the header and the first page of rows, together), then
  // the whole document as the exports' callers and the CLI read it.
  for (const label of ['first header + page', 'again header + page']) {
    const { ms, slowest, value } = await timedWithOthers(server, () =>
      Promise.all([
        call(server, 'getDocumentHeader', { documentId }),
        call(server, 'getRowPage', { documentId, start: 0, count: 100 })
      ])
    )
    const kB = Buffer.byteLength(JSON.stringify(value)) / 1024
    console.log(
      `  ${label} ${ms.toFixed(0)} ms, ${kB.toFixed(1)} kB; slowest listProjects meanwhile ${slowest.toFixed(0)} ms`
    )
  }
  for (const label of ['first getDocument ', 'second getDocument']) {
    const { ms, slowest } = await timedWithOthers(server, () => call(server, 'getDocument', { documentId }))
    console.log(`  ${label} ${ms.toFixed(0)} ms; slowest listProjects meanwhile ${slowest.toFixed(0)} ms`)
  }
} finally {
  await stopServer(server)
  rmSync(dir, { recursive: true, force: true })
}
