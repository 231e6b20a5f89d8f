import { describe, expect, it } from 'vitest'
import { auditKindOf } from '../../../../src/backend/services/mutation'
import { openServices, type Services } from '../../../../src/backend/services/open'
import type { ApiInput, ApiMethod } from '../../../../src/core/api/contract'
import { apiCaller, errorCodeOf, importColourRelease, type ApiCall } from '../../support/api'
import { colourCheck } from '../../support/checks'
import { tempDir } from '../../support/fs'
import { wordTable } from '../../support/word-table'

interface Ready {
  call: ApiCall
  documentId: number
  /** The first finding's key (the spelling of "colour"). */
  key: string
}

/** A made-up release with two findings that have a suggestion. */
async function ready(services: Services): Promise<Ready> {
  const call = apiCaller(services.handlers)
  const { documentId } = await importColourRelease(call)
  const view = await call('getDocument', { documentId })
  return { call, documentId, key: view.findings[0]!.key }
}

type Example<M extends ApiMethod> = (r: Ready) => Promise<ApiInput<M>>
type Examples = { [M in ApiMethod]?: Example<M> }

const asCommunications = (r: Ready) => r.call('updateSettings', { reviewerRole: 'communications' })

/** One call of each audited method that changes one thing (set-up calls run first, uncounted). */
const file = (name: string, text: string) => ({ name, base64: Buffer.from(text, 'utf8').toString('base64') })
const langs = { sourceLang: 'es', targetLang: 'en' } as const
const TMX =
  '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="es" segtype="paragraph" ' +
  'datatype="plaintext" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/><body><tu>' +
  '<tuv xml:lang="es"><seg>El puente abrió.</seg></tuv><tuv xml:lang="en"><seg>The bridge opened.</seg></tuv>' +
  '</tu></body></tmx>'
const projectOf = async (r: Ready): Promise<number> => (await r.call('listProjects', {}))[0]!.id

const EXAMPLES: Examples = {
  importCombined: async (r) => ({
    projectId: await projectOf(r),
    file: file('nota.txt', 'El puente abrió.\n\nEnglish translation\n\nThe bridge opened.\n'),
    ...langs
  }),
  importPair: async (r) => ({
    projectId: await projectOf(r),
    source: file('nota.es.txt', 'El puente abrió.'),
    target: file('nota.en.txt', 'The bridge opened.'),
    ...langs
  }),
  importDocxPair: async (r) => ({
    projectId: await projectOf(r),
    source: file('nota.es.txt', 'El puente abrió.'),
    target: file('nota.en.txt', 'The bridge opened.'),
    ...langs
  }),
  importBilingual: async (r) => ({ projectId: await projectOf(r), file: file('memoria.tmx', TMX) }),
  importPasted: async (r) => ({
    projectId: await projectOf(r),
    name: 'Pegado',
    source: 'El puente abrió.',
    target: 'The bridge opened.',
    ...langs
  }),
  importNewVersion: async ({ documentId }) => ({
    documentId,
    side: 'target',
    file: file('nota.en.v2.txt', 'The colour of the logo.\n\nAnother new colour.\n\nA third and last paragraph.')
  }),
  editTarget: async ({ documentId }) => ({ documentId, paragraph: 2, text: 'A third, shorter paragraph.' }),
  applyReviewTable: async (r) => {
    const view = await r.call('getDocument', { documentId: r.documentId })
    const [source, target] = [view.source[0]!.text, view.target[0]!.text]
    const bytes = await wordTable(['ID', 'Source', 'Target'], [['1', source, [`${target} Edited.`]]])
    return {
      documentId: r.documentId,
      file: { name: 'nota.review.docx', base64: Buffer.from(bytes).toString('base64') }
    }
  },
  importMemoryTmx: async () => ({ file: file('memoria.tmx', TMX) }),
  acceptFinding: async ({ documentId, key }) => ({ documentId, key }),
  ignoreFinding: async ({ documentId, key }) => ({ documentId, key, reason: 'House style', scope: 'project' }),
  unignoreFinding: async (r) => {
    await r.call('ignoreFinding', { documentId: r.documentId, key: r.key, reason: null, scope: 'document' })
    return { documentId: r.documentId, key: r.key }
  },
  applyFixAll: async (r) => {
    const preview = await r.call('previewFixAll', { documentId: r.documentId, key: r.key })
    return { documentId: r.documentId, key: r.key, changes: preview.slice(0, 1) }
  },
  setSegmentStatus: async ({ documentId }) => ({ documentId, segment: 0, status: 'reviewed' }),
  setSegmentsStatus: async ({ documentId }) => ({ documentId, segments: [0, 2], status: 'reviewed' }),
  createQuery: async ({ documentId, key }) => ({
    documentId,
    segment: 0,
    question: '¿Es el color oficial?',
    findingKey: key
  }),
  updateQuery: async (r) => {
    const q = await r.call('createQuery', {
      documentId: r.documentId,
      segment: 1,
      question: '¿Cuál?',
      findingKey: null
    })
    return { queryId: q.id, status: 'answered', answer: 'El nuevo.' }
  },
  approveDocument: async (r) => {
    await asCommunications(r)
    return { documentId: r.documentId, note: 'Lista para publicar' }
  },
  reopenDocument: async (r) => {
    await asCommunications(r)
    await r.call('approveDocument', { documentId: r.documentId, note: null })
    return { documentId: r.documentId, note: 'Cambio de última hora' }
  },
  updateSettings: async () => ({ reviewerRole: 'communications' }),
  renameDocument: async ({ documentId }) => ({ documentId, name: 'Nota de prensa 12' }),
  editAlignment: async ({ documentId }) => ({ documentId, edit: { kind: 'mergeNext', bead: 0 } }),
  realignDocument: async ({ documentId }) => ({ documentId })
}

function auditRows(services: Services): Array<{ action: string; actor: string }> {
  return services.db.prepare('SELECT action, actor FROM audit_log ORDER BY id').all() as Array<{
    action: string
    actor: string
  }>
}

// The audited methods are read from the handler table itself: a mutation registered with
// `mutation(kind, fn)` is marked with its kind, whatever other wrappers surround it.
const probe = openServices(tempDir(), { checks: [colourCheck] })
const AUDITED = Object.entries(probe.handlers)
  .map(([method, handler]) => [method as ApiMethod, auditKindOf(handler)] as const)
  .filter((e): e is readonly [ApiMethod, string] => e[1] !== null)
probe.close()

describe('audit records, applied at registration', () => {
  it('covers every import and review mutation, and changes of reviewer name or role', () => {
    expect(AUDITED.map(([m]) => m).sort()).toEqual(Object.keys(EXAMPLES).sort())
  })

  it.each(AUDITED)('%s writes exactly one audit row of kind %s, by the current reviewer', async (method, kind) => {
    const services = openServices(tempDir(), { checks: [colourCheck] })
    const r = await ready(services)
    await r.call('updateSettings', { reviewerName: 'Inés Paredes' })
    const example = EXAMPLES[method] as Example<typeof method> | undefined
    if (!example) throw new Error(`no example call for ${method}`)
    const input = await example(r)
    const before = auditRows(services).length
    await r.call(method, input)
    expect(auditRows(services).slice(before)).toEqual([{ action: kind, actor: 'Inés Paredes' }])
    services.close()
  })

  it('a refused mutation writes no audit row and changes nothing', async () => {
    const services = openServices(tempDir(), { checks: [colourCheck] })
    const r = await ready(services)
    const before = auditRows(services).length
    // The default role is not allowed to approve.
    expect(await errorCodeOf(r.call('approveDocument', { documentId: r.documentId, note: null }))).toBe(
      'review.roleRequired'
    )
    expect(auditRows(services).length).toBe(before)
    expect((await r.call('getDocument', { documentId: r.documentId })).signoffs).toEqual([])
    services.close()
  })
})
