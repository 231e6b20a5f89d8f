/**
 * A new version of a 1,000-paragraph release with 5 % of its target paragraphs edited (issue 22:
 * carried over in under 1 s). The paragraphs are real news sentences with their professional
 * translations (../shared/bench/align-dev); every segment is reviewed first, then every 20th
 * target paragraph gets a word more. The time is the API call from the file's bytes to the stored
 * version (reading, comparing, storing, the approved memory refreshed); the checks are off, so the
 * time is the carry-over's, not the checks'.
 *
 *   npx tsx bench/versions.ts [--paragraphs 1000] [--every 20]
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { openServices } from '../src/backend/services/open'
import { sentencePairs } from './lib/cli-speed'

const { values } = parseArgs({ options: { paragraphs: { type: 'string' }, every: { type: 'string' } } })
const PARAGRAPHS = Number(values.paragraphs ?? 1000)
const EVERY = Number(values.every ?? 20)
const alignDev = join(import.meta.dirname, '..', '..', 'shared', 'bench', 'align-dev')

const pairs = sentencePairs(alignDev).slice(0, PARAGRAPHS)
const dir = mkdtempSync(join(tmpdir(), 'cotejo-versions-bench-'))
const services = openServices(dir, { checks: [] })
const api = services.handlers
const text = (lines: string[]) => ({
  name: 'v.txt',
  base64: Buffer.from(lines.join('\n\n'), 'utf8').toString('base64')
})

const project = await api.createProject({ name: 'Bench' })
const { document } = await api.importPair({
  projectId: project.id,
  source: text(pairs.map((p) => p.source)),
  target: text(pairs.map((p) => p.target)),
  sourceLang: 'es',
  targetLang: 'en'
})
const before = await api.getDocument({ documentId: document.id })
await api.setSegmentsStatus({
  documentId: document.id,
  segments: before.beads.map((b) => b.position),
  status: 'reviewed'
})
const next = pairs.map((p, i) => (i % EVERY === EVERY - 1 ? `${p.target} Indeed.` : p.target))

const t = performance.now()
const result = await api.importNewVersion({ documentId: document.id, side: 'target', file: text(next) })
const ms = performance.now() - t

const after = await api.getDocument({ documentId: document.id })
const reviewed = after.beads.filter((b) => b.status === 'reviewed').length
const edited = Math.floor(PARAGRAPHS / EVERY)
console.log(
  `data: ${before.beads.length} segments (${pairs.length} real sentence pairs), ${edited} target paragraphs edited`
)
console.log(`new version: ${ms.toFixed(0)} ms; ${result.changed} segments changed, ${reviewed} still reviewed`)
if (
  result.changed !== after.beads.filter((b) => b.changedInVersion).length ||
  reviewed + result.changed !== after.beads.length
)
  throw new Error('carry-over lost the state of unchanged segments')
services.close()
rmSync(dir, { recursive: true, force: true })
