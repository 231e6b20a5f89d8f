import { describe, expect, it } from 'vitest'
import { openServices } from '../../../../src/backend/services/open'
import { apiCaller, type ApiCall } from '../../support/api'
import { tempDir } from '../../support/fs'

const BOILERPLATE = 'La Oficina de Prensa atiende consultas de lunes a viernes.'
const APPROVED = 'The Press Office answers queries from Monday to Friday.'
const OTHER = 'The Press Office takes questions on weekdays.'

async function release(call: ApiCall, projectId: number, name: string, lead: string, target: string): Promise<number> {
  const { document } = await call('importPasted', {
    projectId,
    name,
    source: `${lead}\n\n${BOILERPLATE}`,
    target: `${lead === 'Abrió la nueva sede.' ? 'The new office opened.' : 'The fair closed.'}\n\n${target}`
  })
  return document.id
}

async function memoryFindings(call: ApiCall, documentId: number): Promise<Array<[number, string | null]>> {
  const view = await call('getDocument', { documentId })
  // On a span another check flags too (the same source translated otherwise in the project), it is one of the finding's reasons.
  return view.findings.flatMap((f) =>
    [f, ...(f.otherReasons ?? [])]
      .filter((r) => r.checkId === 'memory-consistency')
      .map((r) => [f.segment, r.suggestion] as [number, string | null])
  )
}

async function setup(): Promise<{ call: ApiCall; march: number; marchProject: number }> {
  const call = apiCaller(openServices(tempDir(), { now: () => '2026-12-07T10:00:00.000Z' }).handlers)
  await call('updateSettings', { reviewerRole: 'communications' })
  const project = await call('createProject', { name: 'Marzo' })
  const march = await release(call, project.id, 'Sede', 'Abrió la nueva sede.', APPROVED)
  return { call, march, marchProject: project.id }
}

describe('the memory-consistency check', () => {
  it('flags a release of the project that renders an approved source otherwise, once the approval is in', async () => {
    const { call, march, marchProject } = await setup()
    const april = await release(call, marchProject, 'Feria', 'Cerró la feria.', OTHER)
    // Read before the approval: the cached results must not outlive it.
    expect(await memoryFindings(call, april)).toEqual([])
    await call('approveDocument', { documentId: march, note: null, override: 'test' })
    expect(await memoryFindings(call, april)).toEqual([[1, APPROVED]])
    // The approved document is not checked against itself.
    expect(await memoryFindings(call, march)).toEqual([])
  })

  it('reads a memory loaded after the release was checked, then an approval made after that', async () => {
    const { call, march, marchProject } = await setup()
    // Loaded pairs belong to no project: they are read with every approved release.
    await call('updateSettings', { memoryScope: 'all' })
    const april = await release(call, marchProject, 'Feria', 'Cerró la feria.', OTHER)
    // Checked once: what the memory had for its sources (nothing) must not outlive what comes next.
    expect(await memoryFindings(call, april)).toEqual([])
    const loaded = 'Press enquiries are answered on weekdays.'
    const tmx =
      '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="es" segtype="sentence" datatype="plaintext" ' +
      'adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/><body>' +
      `<tu><tuv xml:lang="es"><seg>${BOILERPLATE}</seg></tuv><tuv xml:lang="en"><seg>${loaded}</seg></tuv></tu>` +
      '</body></tmx>'
    await call('importMemoryTmx', { file: { name: 'oficina.tmx', base64: Buffer.from(tmx).toString('base64') } })
    expect(await memoryFindings(call, april)).toEqual([[1, loaded]])
    await call('approveDocument', { documentId: march, note: null, override: 'test' })
    const [finding] = await memoryFindings(call, april)
    expect(finding?.[0]).toBe(1)
    // Both approved translations differ from April's; the suggestion is the newest of them.
    expect([loaded, APPROVED]).toContain(finding?.[1])
  })

  it('reads other projects only when the scope is every approved release', async () => {
    const { call, march } = await setup()
    await call('approveDocument', { documentId: march, note: null, override: 'test' })
    const other = await call('createProject', { name: 'Abril' })
    const april = await release(call, other.id, 'Feria', 'Cerró la feria.', OTHER)
    expect(await memoryFindings(call, april)).toEqual([])
    await call('updateSettings', { memoryScope: 'all' })
    expect(await memoryFindings(call, april)).toEqual([[1, APPROVED]])
  })

  it('reads the approved translation of a source a new version brings, after edits of the translation', async () => {
    const { call, march, marchProject } = await setup()
    await call('approveDocument', { documentId: march, note: null, override: 'test' })
    const { document } = await call('importPasted', {
      projectId: marchProject,
      name: 'Feria',
      source: 'Cerró la feria.\n\nLa oficina abre tarde.',
      target: `The fair closed.\n\n${OTHER}`
    })
    expect(await memoryFindings(call, document.id)).toEqual([])
    // An edit of the translation changes no source: nothing to find still.
    await call('editTarget', { documentId: document.id, paragraph: 0, text: 'The fair has closed.' })
    expect(await memoryFindings(call, document.id)).toEqual([])
    const source = `Cerró la feria.\n\n${BOILERPLATE}`
    await call('importNewVersion', {
      documentId: document.id,
      side: 'source',
      file: { name: 'feria.v2.es.txt', base64: Buffer.from(source).toString('base64') }
    })
    expect(await memoryFindings(call, document.id)).toEqual([[1, APPROVED]])
  })

  it('stays silent when the translation agrees with the approved one, and after the approval is withdrawn', async () => {
    const { call, march, marchProject } = await setup()
    const same = await release(call, marchProject, 'Igual', 'Cerró la feria.', APPROVED)
    const differs = await release(call, marchProject, 'Feria', 'Cerró la feria.', OTHER)
    await call('approveDocument', { documentId: march, note: null, override: 'test' })
    expect(await memoryFindings(call, same)).toEqual([])
    expect(await memoryFindings(call, differs)).toEqual([[1, APPROVED]])
    await call('reopenDocument', { documentId: march, note: 'cambio' })
    expect(await memoryFindings(call, differs)).toEqual([])
  })
})
