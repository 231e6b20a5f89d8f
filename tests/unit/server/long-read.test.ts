import { existsSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openServices, type Services } from '../../../src/backend/services/open'
import { createHttpApi } from '../../../src/server/http-api'
import { tempDir } from '../support/fs'

const BUILT = resolve(__dirname, '../../../out/main')
const CHECK_WORKER = resolve(BUILT, 'check-worker.js')
const TOKEN = 'test-token-0123456789'
const PARAGRAPHS = 2000

let server: Server | null = null
let services: Services | null = null
afterEach(async () => {
  await new Promise((r) => (server ? server.close(r) : r(null)))
  services?.close()
  server = services = null
})

/** The browser mode over the built workers, as `npm run web` starts it. */
async function start(): Promise<(method: string, input: unknown) => Promise<unknown>> {
  services = openServices(tempDir(), { checkWorker: CHECK_WORKER })
  let port = 0
  const handle = createHttpApi({
    handlers: services.handlers,
    encoded: services.encoded,
    token: TOKEN,
    staticDir: tempDir(),
    allowedHosts: () => [`127.0.0.1:${port}`]
  })
  server = createServer((req, res) => void handle(req, res))
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r))
  port = (server.address() as AddressInfo).port
  return async (method, input) => {
    const res = await fetch(`http://127.0.0.1:${port}/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify(input)
    })
    return res.json()
  }
}

/** A made-up release of `PARAGRAPHS` numbered paragraph pairs. */
const paragraphs = (make: (n: number) => string): string =>
  Array.from({ length: PARAGRAPHS }, (_, i) => make(i + 1)).join('\n\n')

describe.skipIf(!existsSync(CHECK_WORKER))('a long read beside other requests (on the built workers)', () => {
  it('answers other requests while a large document is read, and gives the document the services give', async () => {
    const call = await start()
    const project = (await call('createProject', { name: 'Notas' })) as { value: { id: number } }
    const imported = (await call('importPasted', {
      projectId: project.value.id,
      name: 'Nota',
      source: paragraphs((n) => `El comité aprobó la medida ${n}. Luego se reunió con los vecinos del barrio.`),
      target: paragraphs((n) => `The committee approved measure ${n}. Then it met the neighbours.`),
      sourceLang: 'es',
      targetLang: 'en'
    })) as { value: { document: { id: number } } }
    const documentId = imported.value.document.id

    // The first reading of the document, and other calls one after another until it has answered.
    let answered = false
    const reading = call('getDocument', { documentId }).finally(() => (answered = true))
    const meanwhile: boolean[] = []
    while (!answered) {
      await call('listProjects', {})
      meanwhile.push(!answered)
    }
    expect(meanwhile).toContain(true)
    const first = (await reading) as { ok: boolean; value: { beads: unknown[]; findingsState: string } }
    expect(first.ok).toBe(true)
    expect(first.value.beads).toHaveLength(PARAGRAPHS)

    // Its findings come from the check workers, which were sent the document as read off the main
    // thread; the answer then is the one the services give (the desktop app's path), findings included.
    let ready = false
    while (!ready)
      ready = ((await call('findingsStatus', { documentId, waitMs: 1000 })) as { value: { ready: boolean } }).value
        .ready
    const again = (await call('getDocument', { documentId })) as {
      value: { findingsState: string; findings: unknown[] }
    }
    expect(again.value.findingsState).toBe('ready')
    expect(again).toEqual({
      ok: true,
      value: JSON.parse(JSON.stringify(await services!.handlers.getDocument({ documentId })))
    })
  }, 60_000)
})
