/**
 * What the desktop app's main process spends on `getDocument` for a 5,000-paragraph document
 * (issue 21: the main process answers other requests while a document is read): the longest
 * stretch its event loop is blocked, built there and cloned as Electron's IPC clones it (V8's
 * serializer; what the app does), against the document reader's JSON bytes joined and cloned (what
 * browser mode sends). The paragraphs are distinct real ones (bench/lib/latency-release.ts).
 * Electron itself cannot run here; the services are the app's own, with its worker threads.
 *
 *   npm run bench:ipc-document [-- --rounds 7]
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { serialize } from 'node:v8'
import { openServices } from '../src/backend/services/open'
import type { EncodedJson } from '../src/backend/services/encoded-json'
import { buildRelease } from './lib/latency-release'

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(name)
  return i >= 0 ? Number(process.argv[i + 1]) : fallback
}
const ROUNDS = arg('--rounds', 7)
const PARAGRAPHS = 5000

/** Wall time of `work` and the longest the event loop was blocked meanwhile, in ms. */
async function measured(work: () => Promise<number>): Promise<{ ms: number; blockedMs: number; bytes: number }> {
  const delay = monitorEventLoopDelay({ resolution: 1 })
  delay.enable()
  const t = performance.now()
  const bytes = await work()
  const ms = performance.now() - t
  // One more turn, so a block at the very end is sampled.
  await new Promise((r) => setTimeout(r, 5))
  delay.disable()
  return { ms, blockedMs: delay.max / 1e6, bytes }
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'cotejo-ipc-document-'))
  const services = openServices(dir, {
    loadSpelling: true,
    checkWorker: join(import.meta.dirname, '..', 'out', 'main', 'check-worker.js')
  })
  try {
    const release = buildRelease(PARAGRAPHS)
    const project = await services.handlers.createProject({ name: 'Bench' })
    const imported = await services.handlers.importPasted({
      projectId: project.id,
      name: 'Release',
      source: release.source.join('\n\n'),
      target: release.target.join('\n\n'),
      sourceLang: 'es',
      targetLang: 'en'
    })
    const documentId = imported.document.id
    await services.handlers.findingsStatus({ documentId, waitMs: 30_000 })
    const view = await services.handlers.getDocument({ documentId })
    console.log(
      `document: ${release.what}; ${view.beads.length} rows, ${view.findings.length} findings; ${ROUNDS} rounds each, alternating`
    )
    // Each read follows an edit, as when the document is opened again after work on it: the answer
    // is not the one cached from the read before.
    let edits = 0
    const edited = async (): Promise<void> => {
      const paragraph = edits++ % 50
      await services.handlers.editTarget({ documentId, paragraph, text: `${release.target[paragraph]} (${edits})` })
      await services.handlers.findingsStatus({ documentId, waitMs: 30_000 })
    }
    const built: Awaited<ReturnType<typeof measured>>[] = []
    const bytes: Awaited<ReturnType<typeof measured>>[] = []
    for (let round = 0; round < ROUNDS; round++) {
      await edited()
      built.push(
        await measured(async () => {
          const value = await services.handlers.getDocument({ documentId })
          return serialize({ ok: true, value }).byteLength
        })
      )
      await edited()
      bytes.push(
        await measured(async () => {
          const encoded = await services.encoded.getDocument({ documentId })
          const value = Buffer.concat((encoded as EncodedJson).parts)
          return serialize({ ok: true, value }).byteLength
        })
      )
    }
    const line = (name: string, runs: typeof built): string =>
      `  ${name.padEnd(44)} answer ${median(runs.map((r) => r.ms)).toFixed(0)} ms, main thread blocked up to ` +
      `${median(runs.map((r) => r.blockedMs)).toFixed(0)} ms (worst ${Math.max(...runs.map((r) => r.blockedMs)).toFixed(0)}), ` +
      `${((runs[0]?.bytes ?? 0) / 1e6).toFixed(1)} MB cloned`
    console.log('getDocument on the main process, medians:')
    console.log(line('built and cloned on the main thread (the app)', built))
    console.log(line("the reader's bytes, joined and cloned", bytes))
  } finally {
    services.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

void main()
