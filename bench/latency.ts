/**
 * Latency of the review at 5,000 paragraphs, through the browser mode's HTTP API, the way the
 * review screen calls it (issue 19, item 6). The release is real, distinct text: the sentences of
 * every document of ../shared/bench/align-dev/light, one paragraph each (Spanish and its
 * professional English, whose merged, split and dropped sentences the aligner has to find), then
 * whole press releases of ../shared/bench/releases-dev until there are at least 5,000 Spanish
 * paragraphs. No paragraph is repeated.
 *
 * It builds the app's server (`npm run bench:latency` runs electron-vite build first), starts it on
 * a temporary data folder, and prints:
 *   import → first rows   importPair, then what the screen reads to show its first rows: the
 *                         document's header and the first page of rows, together (they come before
 *                         the checks end), and their size
 *     → findings ready    then the screen's wait for the checks and its second read of the header
 *   reopen                a new server on the same data, then the document opened again (header
 *                         and first page)
 *     → findings ready    as after the import
 *   status change         setSegmentStatus, then what the screen reads to show it (p50/p95)
 *   save edit             editTarget, then the edited row with its new findings (p50/p95)
 *   accept suggestion     acceptFinding, then the corrected row with its findings (p50/p95)
 *   server memory         RSS after the 1st and the 50th edit
 * Each action also gives the server's CPU per action (every thread, the check workers' too): on a
 * shared machine the wall times follow the load, the CPU hardly does.
 *
 *   npm run bench:latency [-- --paragraphs 5000 --samples 30 --edits 50 --cpu-prof DIR]
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import type { ReviewHeaderView, RowPage } from '../src/core/api/contract'
import type { DocumentReview } from '../src/core/domain/review'
import { rowsSuffice, withRowsHeader } from '../src/core/api/rows-read'
import { NO_ROWS, PAGE_ROWS, pageOf, withRowsRead, type RowCache } from '../src/renderer/src/features/review/rows'
import { buildRelease } from './lib/latency-release'
import {
  call,
  cpuMs,
  rssMiB,
  SERVER,
  startServer as startBrowserServer,
  stopServer,
  type Server
} from './lib/browser-server'

const { values } = parseArgs({
  options: {
    paragraphs: { type: 'string' },
    samples: { type: 'string' },
    edits: { type: 'string' },
    'cpu-prof': { type: 'string' }
  }
})
const PARAGRAPHS = Number(values.paragraphs ?? 5000)
const SAMPLES = Number(values.samples ?? 30)
const EDITS = Number(values.edits ?? 50)

// ---------------------------------------------------------------- the server

// --cpu-prof DIR: the server and its workers write CPU profiles there (each on exit).
const PROFILE = values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${values['cpu-prof']}`] : []
const startServer = (dataDir: string): Promise<Server> => startBrowserServer(dataDir, PROFILE)

// ---------------------------------------------------------------- what the screen reads

/** The document as the review screen holds it: its header, and the rows it has read. */
interface Shown {
  header: ReviewHeaderView
  rows: RowCache
  /** Bytes of the answers read to get here (the JSON of their values). */
  bytes: number
}

const sizeOf = (value: unknown): number => Buffer.byteLength(JSON.stringify(value))

/** What the screen reads on opening: the header and the first page of rows, together. */
async function open(server: Server, documentId: number): Promise<Shown> {
  const [header, page] = await Promise.all([
    call<ReviewHeaderView>(server, 'getDocumentHeader', { documentId }),
    call<RowPage>(server, 'getRowPage', { documentId, start: 0, count: PAGE_ROWS })
  ])
  return { header, rows: withRowsRead(NO_ROWS, page), bytes: sizeOf(header) + sizeOf(page) }
}

/** The page of a row, read when the screen scrolls to it (before the action: not timed). */
async function scrolledTo(server: Server, shown: Shown, segment: number): Promise<Shown> {
  if (shown.rows.beads.has(segment)) return shown
  const start = pageOf(segment) * PAGE_ROWS
  const page = await call<RowPage>(server, 'getRowPage', {
    documentId: shown.header.document.id,
    start,
    count: PAGE_ROWS
  })
  return { ...shown, rows: withRowsRead(shown.rows, page) }
}

/** Full reads the screen fell back to after an action (another row's findings changed too). */
let fullReads = 0

/**
 * What the review screen reads after an action on some rows: those rows (`getRows`), or the
 * header again when the answer shows that other rows changed too (`rowsSuffice`).
 */
async function afterAction(server: Server, shown: Shown, segments: number[]): Promise<Shown> {
  const documentId = shown.header.document.id
  const read = await call<DocumentReview>(server, 'getRows', { documentId, segments })
  const rows = withRowsRead(shown.rows, read)
  // A re-check longer than the server waits for: the row shows its new findings once they come.
  if (read.findingsState === 'checking')
    return findingsReady(server, { ...shown, rows, header: withRowsHeader(shown.header, read, segments) })
  if (rowsSuffice(shown.header, read, segments))
    return { ...shown, rows, header: withRowsHeader(shown.header, read, segments) }
  fullReads++
  return { ...shown, rows, header: await call<ReviewHeaderView>(server, 'getDocumentHeader', { documentId }) }
}

/** What the screen does while the checks run: wait for them (long poll), then read the header again. */
async function findingsReady(server: Server, shown: Shown): Promise<Shown> {
  const documentId = shown.header.document.id
  let doc = shown
  while (doc.header.findingsState !== 'ready') {
    const status = await call<{ ready: boolean }>(server, 'findingsStatus', { documentId, waitMs: 10_000 })
    if (status.ready)
      doc = { ...doc, header: await call<ReviewHeaderView>(server, 'getDocumentHeader', { documentId }) }
  }
  return doc
}

// ---------------------------------------------------------------- measuring

const ms = (t0: number): number => performance.now() - t0

function percentile(list: number[], p: number): number {
  const sorted = [...list].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN
}

const fmt = (n: number): string => `${Math.round(n)} ms`
const kB = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`
const line = (label: string, list: number[], target: number, cpu?: number): string =>
  `${label.padEnd(22)} p50 ${fmt(percentile(list, 50)).padStart(8)}  p95 ${fmt(percentile(list, 95)).padStart(8)}  ` +
  `(n=${list.length}, target p95 < ${target} ms) ${percentile(list, 95) < target ? 'ok' : 'MISSED'}` +
  (cpu === undefined ? '' : `; server CPU ${fmt(cpu / list.length)} an action`)

/** Server CPU (ms, every thread) used since `from`: each action waits for its re-check, so that is in it. */
const cpuSince = (server: Server, from: number): number => cpuMs(server.child.pid as number) - from

/** A small real correction: the paragraph's last word written twice (a slip the checks flag). */
function edited(text: string, k: number): string {
  const trimmed = text.replace(/\s+$/, '')
  return k % 2 === 0 ? trimmed.replace(/(\S+)$/, '$1 $1') : `${trimmed} (${k})`
}

async function main(): Promise<void> {
  if (!existsSync(SERVER)) throw new Error('Build first: npm run bench:latency builds, or npx electron-vite build.')
  const release = buildRelease(PARAGRAPHS)
  console.log(`data: ${release.what}`)
  const dataDir = mkdtempSync(join(tmpdir(), 'cotejo-latency-'))
  let server = await startServer(dataDir)
  try {
    const project = await call<{ id: number }>(server, 'createProject', { name: 'Latency' })
    const file = (name: string, lines: string[]) => ({
      name,
      base64: Buffer.from(lines.join('\n\n') + '\n', 'utf8').toString('base64')
    })
    let t0 = performance.now()
    const imported = await call<{ document: { id: number } }>(server, 'importPair', {
      projectId: project.id,
      source: file('release.es.txt', release.source),
      target: file('release.en.txt', release.target),
      name: 'Latency release'
    })
    const importMs = ms(t0)
    const documentId = imported.document.id
    const t1 = performance.now()
    let doc = await open(server, documentId)
    const firstRowsMs = ms(t1)
    const total = ms(t0)
    const segmentCount = doc.header.segments.statuses.length
    console.log(
      `import → first rows     ${fmt(total)} (import ${fmt(importMs)}, then rows ${fmt(firstRowsMs)}; ` +
        `${doc.rows.beads.size} of ${segmentCount} rows, ${kB(doc.bytes)}, findings ${doc.header.findingsState}) ` +
        `target < 1500 ms ${total < 1500 ? 'ok' : 'MISSED'}`
    )
    doc = await findingsReady(server, doc)
    console.log(
      `  → findings ready        ${fmt(ms(t0))} after the import began (${doc.header.findings.length} findings; ` +
        `header then ${kB(sizeOf(doc.header))})`
    )

    await stopServer(server)
    t0 = performance.now()
    server = await startServer(dataDir)
    const startMs = ms(t0)
    const t2 = performance.now()
    doc = await open(server, documentId)
    const reopenMs = ms(t2)
    console.log(
      `reopen                  ${fmt(reopenMs)} (server start ${fmt(startMs)} not counted; ${kB(doc.bytes)}, ` +
        `findings ${doc.header.findingsState}) target < 1000 ms ${reopenMs < 1000 ? 'ok' : 'MISSED'}`
    )
    doc = await findingsReady(server, doc)
    console.log(`  → findings ready        ${fmt(ms(t2))} after the document was opened again`)

    // Rows spread over the document, each used once; picked from the whole document, read once (not timed).
    const whole = await call<DocumentReview>(server, 'getDocument', { documentId })
    const rows = whole.beads.filter((b) => b.target.length === 1)
    type Row = (typeof rows)[number]
    const spread = (n: number, offset: number): Row[] =>
      Array.from({ length: n }, (_, i) => rows[Math.floor(((i + offset / 7) * rows.length) / n)] as Row)

    const status: number[] = []
    let cpu0 = cpuMs(server.child.pid as number)
    for (const bead of spread(SAMPLES, 0)) {
      doc = await scrolledTo(server, doc, bead.position)
      t0 = performance.now()
      await call(server, 'setSegmentStatus', { documentId, segment: bead.position, status: 'reviewed' })
      doc = await afterAction(server, doc, [bead.position])
      status.push(ms(t0))
    }
    console.log(line('status change', status, 50, cpuSince(server, cpu0)))

    const edits: number[] = []
    let rssFirst = 0
    let rssLast = 0
    let k = 0
    cpu0 = cpuMs(server.child.pid as number)
    for (const bead of spread(EDITS, 3)) {
      const paragraph = bead.target[0] as number
      doc = await scrolledTo(server, doc, bead.position)
      const text = edited(doc.rows.target.get(paragraph)?.text ?? '', k++)
      t0 = performance.now()
      await call(server, 'editTarget', { documentId, paragraph, text })
      doc = await afterAction(server, doc, [bead.position])
      edits.push(ms(t0))
      if (doc.rows.target.get(paragraph)?.text !== text)
        throw new Error(`the edit of paragraph ${paragraph} is not shown`)
      if (k === 1) rssFirst = rssMiB(server.child.pid as number)
      rssLast = rssMiB(server.child.pid as number)
    }
    console.log(line('save edit', edits, 150, cpuSince(server, cpu0)))

    const accepts: number[] = []
    const used = new Set<number>()
    cpu0 = cpuMs(server.child.pid as number)
    for (let i = 0; i < SAMPLES; i++) {
      const f = doc.header.findings.find(
        (x) => x.state === 'open' && x.suggestion !== null && x.targetParagraph !== null && !used.has(x.targetParagraph)
      )
      if (!f || f.targetParagraph === null) break
      used.add(f.targetParagraph)
      doc = await scrolledTo(server, doc, f.segment)
      t0 = performance.now()
      await call(server, 'acceptFinding', { documentId, key: f.key })
      doc = await afterAction(server, doc, [f.segment])
      accepts.push(ms(t0))
    }
    console.log(line('accept suggestion', accepts, 150, cpuSince(server, cpu0)))
    console.log(
      `(after ${fullReads} of the actions another row's findings changed too: the whole document was read again)`
    )
    const growth = ((rssLast - rssFirst) / rssFirst) * 100
    console.log(
      `server memory (RSS)     after edit 1 ${Math.round(rssFirst)} MB, after edit ${EDITS} ${Math.round(rssLast)} MB ` +
        `(${growth >= 0 ? '+' : ''}${growth.toFixed(1)} %) target within 10 % ${Math.abs(growth) <= 10 ? 'ok' : 'MISSED'}`
    )
  } finally {
    await stopServer(server).catch(() => {})
    rmSync(dataDir, { recursive: true, force: true })
  }
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
