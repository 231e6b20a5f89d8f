import { describe, expect, it } from 'vitest'
import { registerIpc, type IpcEventLike } from '../../../src/main/ipc'
import { openServices } from '../../../src/backend/services/open'
import { API_METHODS, channelOf } from '../../../src/core/api/contract'
import { APP_INDEX_URL, isOurPage } from '../../../src/main/app-protocol'
import { tempDir } from '../support/fs'

const OUR_URL = APP_INDEX_URL

function setup() {
  const services = openServices(tempDir())
  const handlers = new Map<string, (event: IpcEventLike, input: unknown) => Promise<unknown>>()
  const logs: string[] = []
  registerIpc(
    { handle: (channel, fn) => void handlers.set(channel, fn) },
    services.handlers,
    (url) => isOurPage(url),
    (m) => logs.push(m)
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
