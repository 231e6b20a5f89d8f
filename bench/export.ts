/**
 * Exporting a 5,000-paragraph release through the browser mode's HTTP API: each export's time, the
 * slowest answer another client got meanwhile (issue 21: the server answers other requests within
 * 200 ms while any of them is processed), and the server's peak memory. The paragraphs are distinct
 * real ones (bench/lib/latency-release.ts), checked before the exports start.
 *
 *   npm run bench:export
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { call, callRaw, peakMiB, rssMiB, startServer, stopServer, timedWithOthers } from './lib/browser-server'
import { buildRelease } from './lib/latency-release'

const FORMATS = ['docx-table', 'xliff-2.0', 'xliff-1.2', 'tmx', 'csv', 'docx-target', 'report-html']

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'cotejo-export-bench-'))
  const server = await startServer(dir)
  try {
    const pid = server.child.pid as number
    const release = buildRelease(5000)
    const project = await call<{ id: number }>(server, 'createProject', { name: 'bench' })
    const { document } = await call<{ document: { id: number } }>(server, 'importPasted', {
      projectId: project.id,
      name: 'release',
      source: release.source.join('\n\n'),
      target: release.target.join('\n\n'),
      sourceLang: 'es',
      targetLang: 'en'
    })
    await call(server, 'findingsStatus', { documentId: document.id, waitMs: 30_000 })
    // The document as the screen reads it first, then a moment for what follows a first check (its
    // warm-up re-check): the exports are timed as a reviewer makes them, on a document open and idle.
    await call(server, 'getDocument', { documentId: document.id })
    await new Promise((r) => setTimeout(r, 2000))
    console.log(`data: ${release.what}`)
    for (const format of FORMATS) {
      const before = rssMiB(pid)
      const {
        value: answer,
        ms,
        slowest
      } = await timedWithOthers(server, () => callRaw(server, 'exportDocument', { documentId: document.id, format }))
      console.log(
        `  ${format.padEnd(12)} ${answer.ok ? 'written' : `failed (${answer.error?.code})`} in ${ms.toFixed(0)} ms; ` +
          `slowest other answer ${slowest.toFixed(0)} ms (target < 200 ms) ${slowest < 200 ? 'ok' : 'MISSED'}; ` +
          `resident ${before.toFixed(0)} MiB before, peak so far ${peakMiB(pid).toFixed(0)} MiB`
      )
    }
  } finally {
    await stopServer(server)
    rmSync(dir, { recursive: true, force: true })
  }
}

void main()
