import { readFile } from 'node:fs'
import { createServer, connect, type Server, type Socket } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { nextTurn } from '../../../../src/backend/services/turns'

let server: Server | null = null
const sockets: Socket[] = []
afterEach(async () => {
  for (const s of sockets.splice(0)) s.destroy()
  await new Promise((r) => (server ? server.close(r) : r(null)))
  server = null
})

/** A connected pair of sockets on the loopback: what a client writes, the server side receives. */
async function connection(): Promise<{ client: Socket; received: string[] }> {
  const received: string[] = []
  const accepted = new Promise<void>((resolve) => {
    server = createServer((s) => {
      sockets.push(s)
      s.on('data', (chunk) => received.push(chunk.toString()))
      resolve()
    })
  })
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r))
  const port = (server!.address() as { port: number }).port
  const client = connect(port, '127.0.0.1')
  sockets.push(client)
  await Promise.all([accepted, new Promise((r) => client.once('connect', r))])
  return { client, received }
}

describe('work in turns', () => {
  it('takes in what came over a socket meanwhile, even from inside an I/O callback', async () => {
    const { client, received } = await connection()
    const seen = await new Promise<string[]>((resolve) => {
      // An I/O callback runs where a worker's message or a request's body is handled.
      readFile(__filename, () => {
        client.write('listProjects')
        void nextTurn().then(() => resolve([...received]))
      })
    })
    expect(seen).toEqual(['listProjects'])
  })
})
