/**
 * What `synchronous = FULL` costs a reviewer: 500 target edits through the API on a fresh data
 * folder, per setting, twice. `npx tsx bench/durability.ts`
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openServices } from '../src/backend/services/open'
import { dispatch } from '../src/core/api/dispatch'

const EDITS = 500
const PARAGRAPHS = 20

async function call(handlers: Parameters<typeof dispatch>[0], method: string, input: unknown): Promise<unknown> {
  const r = await dispatch(handlers, method, input)
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`)
  return r.value
}

async function msPerEdit(synchronous: 'NORMAL' | 'FULL'): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'cotejo-durability-'))
  const services = openServices(dir, { checks: [] })
  services.db.pragma(`synchronous = ${synchronous}`)
  const { id: projectId } = (await call(services.handlers, 'createProject', { name: 'P' })) as { id: number }
  const lines = (word: string): string => Array.from({ length: PARAGRAPHS }, (_, i) => `${word} ${i}.`).join('\n\n')
  const { document } = (await call(services.handlers, 'importPasted', {
    projectId,
    name: 'Nota',
    source: lines('Párrafo'),
    target: lines('Paragraph')
  })) as { document: { id: number } }
  const start = process.hrtime.bigint()
  for (let i = 0; i < EDITS; i++)
    await call(services.handlers, 'editTarget', {
      documentId: document.id,
      paragraph: i % PARAGRAPHS,
      text: `Edit ${i}.`
    })
  const ms = Number(process.hrtime.bigint() - start) / 1e6 / EDITS
  services.close()
  rmSync(dir, { recursive: true, force: true })
  return ms
}

console.log(`${EDITS} edits through the API, WAL mode, data folder in ${tmpdir()}`)
for (let round = 1; round <= 2; round++)
  for (const mode of ['NORMAL', 'FULL'] as const)
    console.log(`  round ${round}  synchronous=${mode.padEnd(6)} ${(await msPerEdit(mode)).toFixed(3)} ms per edit`)
