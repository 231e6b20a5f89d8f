/**
 * Browser mode: the same renderer and the same services as the desktop app, over HTTP on
 * 127.0.0.1 only, with a random per-run token required on every API call.
 *   node out/main/server.js [--port N] [--data-dir DIR]
 */
import { randomBytes } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defaultDataDir, resolveDataDir } from '../backend/paths'
import { openServices } from '../backend/services/open'
import { createHttpApi, keepIdleConnections } from './http-api'

const HOST = '127.0.0.1'
const DEFAULT_PORT = 5178

function portFlag(argv: readonly string[]): number | null {
  const i = argv.indexOf('--port')
  const raw = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--port='))?.slice(7)
  if (raw === undefined) return null
  const port = Number(raw)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid --port ${raw}`)
  return port
}

const HELP = `Usage: node out/main/server.js [--port N] [--data-dir DIR]

Serves Cotejo in a browser on http://${HOST}:PORT (loopback only; the address printed at start
carries the session token).

Options:
  --port N          port to listen on (default ${DEFAULT_PORT}, or COTEJO_PORT; the next free one if taken)
  --data-dir DIR    where the database lives (default: the desktop app's data folder, or COTEJO_DATA_DIR)
  --help            this text`

async function main(): Promise<void> {
  const argv = process.argv.slice(2)
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(HELP)
    return
  }
  const dataDir = resolveDataDir(argv, process.env, defaultDataDir())
  const here = dirname(fileURLToPath(import.meta.url))
  const services = openServices(dataDir, { loadSpelling: true, checkWorker: join(here, 'check-worker.js') })
  const token = randomBytes(24).toString('base64url')
  let port = portFlag(argv) ?? (process.env.COTEJO_PORT ? Number(process.env.COTEJO_PORT) : DEFAULT_PORT)

  const handle = createHttpApi({
    handlers: services.handlers,
    encoded: services.encoded,
    token,
    staticDir: process.env.COTEJO_RENDERER_DIR ?? join(here, '..', 'renderer'),
    allowedHosts: () => [`${HOST}:${port}`, `localhost:${port}`],
    log: (msg, err) => console.error(`[cotejo] ${msg}`, err ?? '')
  })
  const server = keepIdleConnections(createServer((req, res) => void handle(req, res)))
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      // The default port may be taken (a second instance): fall back to any free port.
      if (err.code === 'EADDRINUSE' && portFlag(argv) === null) server.listen(0, HOST, resolveListen)
      else reject(err)
    })
    server.listen(port, HOST, resolveListen)
  })
  port = (server.address() as AddressInfo).port
  console.log(`Cotejo browser mode. Data: ${dataDir}`)
  console.log(`Open this address (it carries this run's access token; keep it private):`)
  console.log(`COTEJO_URL=http://${HOST}:${port}/#token=${token}`)

  const stop = (): void => {
    server.close()
    services.close()
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((err: unknown) => {
  console.error(`[cotejo] ${err instanceof Error ? err.message : String(err)}`)
  process.exit(1)
})
