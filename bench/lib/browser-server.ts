/**
 * A browser-mode server of the built app (out/main/server.js) on its own data folder, and one
 * call of its HTTP API: what the benchmarks that measure the app as the review screen uses it share.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { join } from 'node:path'

export const SERVER = join(import.meta.dirname, '..', '..', 'out', 'main', 'server.js')

export interface Server {
  child: ChildProcess
  port: number
  token: string
}

export async function startServer(dataDir: string, nodeArgs: string[] = []): Promise<Server> {
  const child = spawn(process.execPath, [...nodeArgs, SERVER, '--port', '0', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe']
  })
  return new Promise<Server>((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 30_000)
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const m = /COTEJO_URL=http:\/\/127\.0\.0\.1:(\d+)\/#token=([A-Za-z0-9_-]+)/.exec(out)
      if (m) {
        clearTimeout(timer)
        resolve({ child, port: Number(m[1]), token: m[2] as string })
      }
    })
    child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)))
  })
}

export async function stopServer(server: Server): Promise<void> {
  const exited = new Promise<void>((resolve) => server.child.once('exit', () => resolve()))
  server.child.kill('SIGTERM')
  await exited
}

export interface Answer<T> {
  ok: boolean
  value?: T
  error?: { code: string; message: string }
}

/** One API call, its envelope as answered (ok or a refusal); throws on a transport error only. */
export function callRaw<T>(server: Server, method: string, input: unknown): Promise<Answer<T>> {
  const body = Buffer.from(JSON.stringify(input))
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path: `/api/${method}`,
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${server.token}`,
          'Content-Length': body.length
        }
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Answer<T>))
      }
    )
    req.on('error', reject)
    req.end(body)
  })
}

/** One API call; throws on a transport or API error. */
export async function call<T>(server: Server, method: string, input: unknown): Promise<T> {
  const answer = await callRaw<T>(server, method, input)
  if (!answer.ok) throw new Error(`${method}: ${answer.error?.code} ${answer.error?.message}`)
  return answer.value as T
}

const procStatus = (pid: number, field: 'VmRSS' | 'VmHWM'): number =>
  Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024

/** Resident memory of a process now, in MiB. */
export const rssMiB = (pid: number): number => procStatus(pid, 'VmRSS')
/**
 * CPU time a process has used so far (all its threads: the check workers are threads of the
 * server), in ms, from /proc (10 ms ticks). Unlike wall time, it hardly moves with the load
 * others put on a shared machine.
 */
export function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
    .replace(/^.*\) /, '')
    .split(' ')
  // After the command's name: utime and stime are fields 14 and 15 of the line (11 and 12 here).
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100
}
/** Peak resident memory of a process since it started (or since `resetPeak`), in MiB. */
export const peakMiB = (pid: number): number => procStatus(pid, 'VmHWM')

/** Starts `peakMiB` again from the current resident size (Linux: clear_refs 5). */
export function resetPeak(pid: number): void {
  writeFileSync(`/proc/${pid}/clear_refs`, '5')
}

/** The slowest of `listProjects` calls made one after another until `work` settles, in ms. */
export async function slowestAnswerWhile(server: Server, work: Promise<unknown>): Promise<number> {
  let settled = false
  void work.then(
    () => (settled = true),
    () => (settled = true)
  )
  let slowest = 0
  while (!settled) {
    const t = performance.now()
    await call(server, 'listProjects', {})
    slowest = Math.max(slowest, performance.now() - t)
    await new Promise((r) => setTimeout(r, 10))
  }
  return slowest
}

/** `ms` of `work`, and the slowest answer another client got meanwhile (`slowestAnswerWhile`). */
export async function timedWithOthers<T>(
  server: Server,
  work: () => Promise<T>
): Promise<{ value: T; ms: number; slowest: number }> {
  const t = performance.now()
  const pending = work()
  const slowest = await slowestAnswerWhile(server, pending)
  const value = await pending
  return { value, ms: performance.now() - t, slowest }
}
