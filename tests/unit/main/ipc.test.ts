import { describe, expect, it } from 'vitest'
import { registerIpc, type IpcEventLike } from '../../../src/main/ipc'
import { openServices } from '../../../src/backend/services/open'
import { API_METHODS, channelOf } from '../../../src/core/api/contract'
import { APP_INDEX_URL, isOurPage } from '../../../src/main/app-protocol'
import { tempDir } from '../support/fs'
import { parsedAnswer } from '../../../src/preload/encoded-answer'

const OUR_URL = APP_INDEX_URL

function setup() {
  const services = openServices(tempDir())
  const handlers = new Map<string, (event: IpcEventLike, input: unknown) => Promise<unknown>>()
  const logs: string[] = []
  registerIpc(
    { handle: (channel, fn) => void handlers.set(channel, fn) },
    services.handlers,
    (url) => isOurPage(url),
    (m) => logs.push(m),
    services.encoded
  )
  const mainFrame = { url: OUR_URL }
  const ours: IpcEventLike = { senderFrame: mainFrame, sender: { mainFrame } }
  return { services, handlers, logs, ours }
}

describe('IPC registration', () => {
  it('registers exactly one handler per API method', () => {
    const { handlers, services } = setup()
    expect([...handlers.keys()].sort()).toEqual(API_METHODS.map(channelOf).sort())
    services.close()
  })

  it('serves our main frame through the shared dispatch', async () => {
    const { handlers, ours, services } = setup()
    const r = await handlers.get(channelOf('createProject'))!(ours, { name: 'Notas' })
    expect(r).toMatchObject({ ok: true, value: { name: 'Notas' } })
    expect(await handlers.get(channelOf('createProject'))!(ours, { name: 5 })).toMatchObject({
      ok: false,
      error: { code: 'validation' }
    })
    services.close()
  })

  it("sends a document as JSON bytes that the preload turns into the services' own answer", async () => {
    const { handlers, ours, services } = setup()
    const call = (method: Parameters<typeof channelOf>[0], input: unknown) =>
      handlers.get(channelOf(method))!(ours, input)
    const project = (await call('createProject', { name: 'Notas' })) as { value: { id: number } }
    const imported = (await call('importPasted', {
      projectId: project.value.id,
      name: 'Nota',
      source: 'Se entregaron 40 becas.\n\nLa feria abre el 3 de mayo.',
      target: '41 grants were given.\n\nThe fair opens on 3 May.',
      sourceLang: 'es',
      targetLang: 'en'
    })) as { value: { document: { id: number } } }
    const documentId = imported.value.document.id
    const sent = (await call('getDocument', { documentId })) as { ok: boolean; value: unknown }
    expect(sent.value).toBeInstanceOf(Uint8Array)
    const expected = JSON.parse(JSON.stringify(await services.handlers.getDocument({ documentId })))
    expect(parsedAnswer(sent)).toEqual({ ok: true, value: expected })
    expect(expected.findings.length).toBeGreaterThan(0)
    // Errors and every other answer cross as they are.
    const missing = { ok: false, error: { code: 'notFound' } }
    expect(await call('getDocument', { documentId: 999 })).toMatchObject(missing)
    expect(parsedAnswer(missing)).toBe(missing)
    services.close()
  })

  it('refuses subframes and foreign pages, and does nothing for them', async () => {
    const { handlers, services, logs } = setup()
    const mainFrame = { url: OUR_URL }
    const iframe: IpcEventLike = { senderFrame: { url: OUR_URL }, sender: { mainFrame } }
    const foreign: IpcEventLike = { senderFrame: { url: 'https://example.com/' }, sender: { mainFrame: null } }
    foreign.sender.mainFrame = foreign.senderFrame
    const gone: IpcEventLike = { senderFrame: null, sender: { mainFrame } }
    for (const event of [iframe, foreign, gone]) {
      expect(await handlers.get(channelOf('createProject'))!(event, { name: 'X' })).toMatchObject({
        ok: false,
        error: { code: 'unauthorized' }
      })
    }
    expect(services.handlers.listProjects({})).toEqual([])
    expect(logs).toHaveLength(3)
    services.close()
  })
})
