import { describe, expect, it } from 'vitest'
import { openServices } from '../../../../src/backend/services/open'
import { apiCaller, type ApiCall } from '../../support/api'
import { colourCheck } from '../../support/checks'
import { tempDir } from '../../support/fs'

const decode = (f: { base64: string }): string => Buffer.from(f.base64, 'base64').toString('utf8')

/**
 * A made-up release reviewed by Pablo and approved by Elena, who also corrected it: one "colour"
 * corrected, one ignored with a reason, one left open (major, so Elena gives an override), and a
 * query answered.
 */
async function approvedWithOverride(): Promise<{ call: ApiCall; documentId: number; close: () => void }> {
  const services = openServices(tempDir(), { checks: [colourCheck] })
  const call = apiCaller(services.handlers)
  await call('updateSettings', {
    reviewerName: 'Pablo Ortega',
    reviewerRole: 'reviewer',
    checks: { 'test-colour': { severity: 'major' } }
  })
  const project = await call('createProject', { name: 'Turismo' })
  const { document } = await call('importPasted', {
    projectId: project.id,
    name: 'Festival',
    source:
      'El color del cartel.\n\nEl color del escenario.\n\nEl color de la web.\n\nLa Junta Regional de Aguas abrió la presa.',
    target:
      'The colour of the poster.\n\nThe colour of the stage.\n\nThe colour of the website.\n\nThe Regional Water Board opened the dam.'
  })
  const documentId = document.id
  let doc = await call('getDocument', { documentId })
  await call('ignoreFinding', { documentId, key: doc.findings[0]!.key, reason: 'Quoted slogan', scope: 'document' })
  await call('createQuery', { documentId, segment: 3, question: '¿Nombre oficial?', findingKey: null })
  doc = await call('getDocument', { documentId })
  await call('updateQuery', { queryId: doc.queries[0]!.id, status: 'answered', answer: 'Sí.' })
  await call('updateSettings', { reviewerName: 'Elena Vidal', reviewerRole: 'communications' })
  await call('editTarget', {
    documentId,
    paragraph: 3,
    text: 'The Provincial Irrigation Council opened the dam.',
    category: 'accuracy/mistranslation',
    severity: 'minor'
  })
  doc = await call('getDocument', { documentId })
  await call('acceptFinding', { documentId, key: doc.findings.find((f) => f.state === 'open')!.key })
  await call('approveDocument', { documentId, note: 'Publicar el lunes', override: 'Client asked for UK spelling' })
  return { call, documentId, close: () => services.close() }
}

async function report(call: ApiCall, documentId: number, lang: 'en' | 'es'): Promise<string> {
  await call('updateSettings', { uiLanguage: lang })
  return decode(await call('exportDocument', { documentId, format: 'report-html' }))
}

/** The rows of one of the report's findings tables, as cell texts. */
function rows(html: string, kind: 'open' | 'ignored'): string[][] {
  const table = new RegExp(`<table data-findings="${kind}">([\\s\\S]*?)</table>`).exec(html)?.[1] ?? ''
  const body = /<tbody>([\s\S]*)<\/tbody>/.exec(table)?.[1] ?? ''
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) =>
    [...r[1]!.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((c) =>
      c[1]!
        .replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ')
        .trim()
    )
  )
}

describe('review report', () => {
  it('lists every open finding and every ignored one with its reason and who ignored it', async () => {
    const { call, documentId, close } = await approvedWithOverride()
    const html = await report(call, documentId, 'en')
    expect(rows(html, 'open')).toEqual([['3', 'Major', 'Spelling', 'Colour: Use “color”.', 'colour']])
    expect(rows(html, 'ignored')).toEqual([
      ['1', 'Major', 'Spelling', 'Colour: Use “color”.', 'colour', 'Quoted slogan', 'Pablo Ortega']
    ])
    close()
  })

  it('shows each correction as a phrase diff, with the category in words', async () => {
    const { call, documentId, close } = await approvedWithOverride()
    const html = await report(call, documentId, 'en')
    expect(html).toContain(
      'The <del>Regional Water Board</del> <ins>Provincial Irrigation Council</ins> opened the dam.'
    )
    expect(html).toContain('<td>Mistranslation</td>')
    expect(html).not.toContain('accuracy/mistranslation')
    expect(html).not.toContain('linguistic-conventions/spelling')
    close()
  })

  it('has one sign-off block: the approver, the role in words, the override, and a warning that the approver corrected it', async () => {
    const { call, documentId, close } = await approvedWithOverride()
    const html = await report(call, documentId, 'en')
    expect(html.match(/data-signoff="approver"/g)).toHaveLength(1)
    expect(html).toContain('Elena Vidal')
    expect(html).toContain('<dd>Communications</dd>')
    expect(html).toMatch(/data-signoff="override"[^>]*><strong>[^<]*<\/strong> Client asked for UK spelling/)
    expect(html).toContain('The approver also made 2 of the corrections')
    // Approved over an open finding: the score stands as final, and says why.
    expect(html).toMatch(/\b(PASS|FAIL)\b/)
    expect(html).not.toContain('PROVISIONAL')
    // The answered query is listed with its answer.
    expect(html).toContain('¿Nombre oficial?')
    expect(html).toContain('<td>Answered</td>')
    close()
  })

  it('is written in Spanish when exported from the Spanish UI, finding messages included', async () => {
    const { call, documentId, close } = await approvedWithOverride()
    const html = await report(call, documentId, 'es')
    expect(rows(html, 'open')).toEqual([['3', 'Grave', 'Ortografía', 'Colour: Use «color».', 'colour']])
    expect(html).toContain('<dd>Comunicación</dd>')
    expect(html).toContain('<td>Traducción errónea</td>')
    expect(html).toContain('Quien aprueba también hizo 2 de las correcciones')
    expect(html).toContain('<td>Respondida</td>')
    close()
  })

  it('without a sign-off, the score is provisional while findings are open and says what it could fall to', async () => {
    const services = openServices(tempDir(), { checks: [colourCheck] })
    const call = apiCaller(services.handlers)
    const project = await call('createProject', { name: 'P' })
    const { document } = await call('importPasted', {
      projectId: project.id,
      name: 'D',
      source: 'Un color de diez palabras en total para la cuenta.',
      target: 'A colour of ten words in total for the count.'
    })
    const html = await report(call, document.id, 'en')
    expect(html).toContain('PROVISIONAL')
    expect(html).toContain('1 finding is still open')
    expect(html).toContain('the score would be 90.0')
    expect(html).toContain('Not signed off yet.')
    services.close()
  })
})
