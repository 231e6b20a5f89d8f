/**
 * Memory of an import against its size (issue 21, item 5: at most 5× the input plus a fixed base).
 * Each input, near the 10 MB import limit, goes to a new browser-mode server through its HTTP API
 * as the screen sends it. Growth is the server's peak resident memory during a call minus what it
 * held just before. The fixed base is the growth of the same kind of call with a tiny input, made
 * after a first one (so code and dictionaries loaded on first use are not counted anywhere): what
 * an empty import costs. The ratio is (growth − fixed base) / input size. Meanwhile another client keeps asking for the
 * project list: the slowest answer shows whether the import held up everyone else. The texts are real, distinct news
 * paragraphs of ../shared/bench/align-dev with their professional translations.
 *
 *   npm run bench:import-memory
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writeBilingual } from '../src/backend/formats'
import type { BilingualDocument } from '../src/core/formats/model'
import { MAX_IMPORT_BYTES } from '../src/core/formats/limits'
import {
  callRaw,
  call,
  peakMiB,
  resetPeak,
  rssMiB,
  slowestAnswerWhile,
  startServer,
  stopServer,
  type Server
} from './lib/browser-server'
import { realPairs } from './lib/cli-speed'

const alignDev = join(import.meta.dirname, '..', '..', 'shared', 'bench', 'align-dev')
const TARGET = 5
/** Issue 21: the server answers other requests within this while any import is processed. */
const ANSWER_MS = 200
const b64 = (s: string | Uint8Array): string => Buffer.from(s).toString('base64')

/** Distinct paragraph pairs until `bytes` of Spanish and English together, under the paragraph limits. */
function pairsOf(bytes: number): { source: string; target: string }[] {
  const out: { source: string; target: string }[] = []
  let size = 0
  for (const p of realPairs(alignDev, 20_000).pairs) {
    if (size >= bytes) break
    out.push(p)
    size += Buffer.byteLength(p.source) + Buffer.byteLength(p.target) + 2
  }
  return out
}

const csvCell = (s: string): string => `"${s.replace(/"/g, '""')}"`

interface Case {
  what: string
  method: string
  bytes: number
  input: (projectId: number) => unknown
  /** The same kind of call, small: loads what the first such call loads. */
  warm: (projectId: number) => unknown
}

async function cases(): Promise<Case[]> {
  const limit = MAX_IMPORT_BYTES - 64 * 1024
  const pairs = pairsOf(limit)
  const half = pairs.slice(0, Math.floor(pairs.length / 2))
  const source = half.map((p) => p.source).join('\n\n')
  const target = half.map((p) => p.target).join('\n\n')
  const glossaryRows = pairs.map((p) => `${csvCell(p.source.slice(0, 240))},${csvCell(p.target.slice(0, 240))},,`)
  let glossary = 'spanish,english,forbidden_english_variants,note\n'
  for (const row of glossaryRows) {
    if (glossary.length + row.length + 1 > limit) break
    glossary += `${row}\n`
  }
  const small = 'spanish,english\nSecretaría,Secretariat\n'
  const xliffDoc: BilingualDocument = {
    name: 'bench',
    sourceLang: 'es',
    targetLang: 'en',
    units: []
  }
  let xliff: Uint8Array = new Uint8Array()
  for (let n = half.length; n > 0; n = Math.floor(n * 0.9)) {
    xliffDoc.units = half
      .slice(0, n)
      .map((p, i) => ({ id: String(i + 1), source: p.source, target: p.target, state: 'translated', notes: [] }))
    xliff = await writeBilingual('xliff-2.0', xliffDoc)
    if (xliff.length <= limit) break
  }
  const term = `${'a'.repeat(limit - 40)}`
  return [
    {
      what: 'glossary CSV, one term of the whole size (refused: over 500 characters)',
      method: 'importGlossary',
      bytes: term.length + 30,
      input: () => ({ projectId: null, file: { name: 'g.csv', base64: b64(`spanish,english\n${term},x\n`) } }),
      warm: () => ({ projectId: null, file: { name: 'g.csv', base64: b64(small) } })
    },
    {
      what: `glossary CSV, ${glossaryRows.length.toLocaleString('en')} rows of real text`,
      method: 'importGlossary',
      bytes: Buffer.byteLength(glossary),
      input: () => ({ projectId: null, file: { name: 'g.csv', base64: b64(glossary) } }),
      warm: () => ({ projectId: null, file: { name: 'g.csv', base64: b64(small) } })
    },
    {
      what: `pasted pair, ${half.length.toLocaleString('en')} paragraphs a side`,
      method: 'importPasted',
      bytes: Buffer.byteLength(source) + Buffer.byteLength(target),
      input: (projectId) => ({ projectId, name: 'pasted', source, target }),
      warm: (projectId) => ({ projectId, name: 'warm', source: 'Hola.', target: 'Hello.' })
    },
    {
      what: `XLIFF 2.0, ${xliffDoc.units.length.toLocaleString('en')} units`,
      method: 'importBilingual',
      bytes: xliff.length,
      input: (projectId) => ({ projectId, file: { name: 'b.xlf', base64: b64(xliff) } }),
      warm: async (projectId) => ({
        projectId,
        file: {
          name: 'w.xlf',
          base64: b64(await writeBilingual('xliff-2.0', { ...xliffDoc, units: xliffDoc.units.slice(0, 2) }))
        }
      })
    }
  ]
}

const SETTLE_MS = 3000

async function measure(c: Case): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'cotejo-import-memory-'))
  let server: Server | undefined
  try {
    server = await startServer(dir)
    const pid = server.child.pid as number
    const { id: projectId } = await call<{ id: number }>(server, 'createProject', { name: 'bench' })
    // Two warm-up calls, then a settling wait before each reading: on a busy machine the standby
    // read worker (some 20 MB of code) may still be starting half a second after the first call.
    for (let i = 0; i < 2; i++) await callRaw(server, c.method, await c.warm(projectId))
    const settle = (): Promise<void> => new Promise((r) => setTimeout(r, SETTLE_MS))
    /** The peak growth over the resident size just before, in MiB, of one call. */
    const growthOf = async (input: unknown): Promise<{ before: number; growth: number }> => {
      await settle()
      const before = rssMiB(pid)
      resetPeak(pid)
      await callRaw(server as Server, c.method, input)
      return { before, growth: peakMiB(pid) - before }
    }
    const fixed = (await growthOf(await c.warm(projectId))).growth
    await settle()
    const base = rssMiB(pid)
    resetPeak(pid)
    const t = performance.now()
    const pending = callRaw(server, c.method, c.input(projectId))
    const slowest = await slowestAnswerWhile(server, pending)
    const answer = await pending
    const ms = performance.now() - t
    const peak = peakMiB(pid)
    const growth = peak - base
    const ratio = ((growth - fixed) * 1024 * 1024) / c.bytes
    const outcome = answer.ok ? 'imported' : `refused (${answer.error?.code})`
    return (
      `  ${c.what}\n    ${(c.bytes / 1e6).toFixed(1)} MB, ${outcome} in ${(ms / 1000).toFixed(1)} s: ` +
      `resident before ${base.toFixed(0)} MiB, peak ${peak.toFixed(0)} MiB, growth +${growth.toFixed(0)} MiB ` +
      `(${((growth * 1024 * 1024) / c.bytes).toFixed(1)}× the input); fixed base (a tiny import) ` +
      `+${fixed.toFixed(0)} MiB; (growth − base) / input = ` +
      `${ratio.toFixed(1)}× (target ≤ ${TARGET}×) ${ratio <= TARGET ? 'ok' : 'MISSED'}\n` +
      `    meanwhile the slowest answer to listProjects took ${slowest.toFixed(0)} ms ` +
      `(target < ${ANSWER_MS} ms) ${slowest < ANSWER_MS ? 'ok' : 'MISSED'}`
    )
  } finally {
    if (server) await stopServer(server)
    rmSync(dir, { recursive: true, force: true })
  }
}

console.log('Import memory: a new browser-mode server per input (out/main/server.js), real align-dev text')
for (const c of await cases()) console.log(await measure(c))
