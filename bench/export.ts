/**
 * Exporting a 5,000-paragraph release (or `--paragraphs N`) through the browser mode's HTTP API:
 * each export's time, the slowest answer another client got meanwhile (issue 21: the server answers
 * other requests within 200 ms while any of them is processed), and how far the server's resident
 * memory rose during it (its peak during the export minus its size before). The paragraphs are
 * distinct real ones (bench/lib/latency-release.ts), checked before the exports start.
 *
 *   npm run bench:export
 *   npm run bench:export -- --paragraphs 10000 --formats docx-table,docx-target
 *
 * `--direct` writes the Word exports in this process instead (the writer the read worker runs, on a
 * review made up from the same release: every 4th segment corrected, findings and queries as
 * notes), each in a fresh child process, and prints its time, resident and heap rise.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import {
  call,
  callRaw,
  peakMiB,
  resetPeak,
  rssMiB,
  startServer,
  stopServer,
  timedWithOthers
} from './lib/browser-server'
import { paddedRelease } from './lib/padded-release'

const ALL_FORMATS = ['docx-table', 'xliff-2.0', 'xliff-1.2', 'tmx', 'csv', 'docx-target', 'report-html']

const { values: args } = parseArgs({
  options: {
    paragraphs: { type: 'string', default: '5000' },
    formats: { type: 'string', default: ALL_FORMATS.join(',') },
    direct: { type: 'boolean', default: false }
  }
})
const paragraphs = Number(args.paragraphs)
const formats = args.formats.split(',')

async function throughServer(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'cotejo-export-bench-'))
  const server = await startServer(dir)
  try {
    const pid = server.child.pid as number
    const release = paddedRelease(paragraphs)
    const project = await call<{ id: number }>(server, 'createProject', { name: 'bench' })
    const { document } = await call<{ document: { id: number } }>(server, 'importPasted', {
      projectId: project.id,
      name: 'release',
      source: release.source.join('\n\n'),
      target: release.target.join('\n\n'),
      sourceLang: 'es',
      targetLang: 'en'
    })
    for (let i = 0; i < 10; i++) {
      const status = await call<{ ready: boolean }>(server, 'findingsStatus', {
        documentId: document.id,
        waitMs: 30_000
      })
      if (status.ready) break
    }
    // The document as the screen reads it first, then a moment for what follows a first check (its
    // warm-up re-check): the exports are timed as a reviewer makes them, on a document open and idle.
    await call(server, 'getDocument', { documentId: document.id })
    await new Promise((r) => setTimeout(r, 2000))
    console.log(`data: ${release.what}`)
    for (const format of formats) {
      const before = rssMiB(pid)
      resetPeak(pid)
      const {
        value: answer,
        ms,
        slowest
      } = await timedWithOthers(server, () => callRaw(server, 'exportDocument', { documentId: document.id, format }))
      const peak = peakMiB(pid)
      console.log(
        `  ${format.padEnd(12)} ${answer.ok ? 'written' : `failed (${answer.error?.code})`} in ${ms.toFixed(0)} ms; ` +
          `slowest other answer ${slowest.toFixed(0)} ms (target < 200 ms) ${slowest < 200 ? 'ok' : 'MISSED'}; ` +
          `resident ${before.toFixed(0)} MiB before, peak ${peak.toFixed(0)} MiB during (+${(peak - before).toFixed(0)} MiB)`
      )
    }
  } finally {
    await stopServer(server)
    rmSync(dir, { recursive: true, force: true })
  }
}

function direct(): void {
  const release = paddedRelease(paragraphs)
  console.log(`data: ${release.what}; every 4th segment corrected, findings and queries as notes`)
  for (const format of formats.filter((f) => f.startsWith('docx-'))) {
    const out = execFileSync(
      process.execPath,
      [
        '--expose-gc',
        '--import',
        'tsx',
        join(import.meta.dirname, 'lib', 'docx-write-once.ts'),
        format,
        String(paragraphs)
      ],
      { encoding: 'utf8', maxBuffer: 1 << 20 }
    )
    console.log(`  ${format.padEnd(12)} ${out.trim()}`)
  }
}

if (args.direct) direct()
else void throughServer()
